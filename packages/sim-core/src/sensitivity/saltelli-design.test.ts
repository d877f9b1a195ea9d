import { describe, expect, it } from 'vitest';
import { saltelliDesign } from './saltelli-design.ts';
import { sobolPoints } from './sobol-sequence.ts';

describe('saltelliDesign', () => {
  it('lays out N·(k + 2) rows in SALib\'s order: A_j, then A_j with coordinate i from B_j, then B_j', () => {
    const design = saltelliDesign(4, 3, { seed: 8 });
    const base = sobolPoints(4, 6, { seed: 8, stream: 'design.saltelli' });
    expect(design.rows).toHaveLength(4 * 5);
    base.forEach((point, j) => {
      const a = point.slice(0, 3);
      const b = point.slice(3);
      expect(design.rows.slice(j * 5, j * 5 + 5)).toEqual([a, [b[0], a[1], a[2]], [a[0], b[1], a[2]], [a[0], a[1], b[2]], b]);
    });
  });

  it('A and B are each a net of N points: one point per cell of 1/N in every coordinate', () => {
    const n = 256;
    const k = 5;
    const design = saltelliDesign(n, k, { seed: 2 });
    for (const offset of [0, k + 1]) {
      for (let i = 0; i < k; i++) {
        const cells = new Set(Array.from({ length: n }, (_, j) => Math.floor(design.rows[j * (k + 2) + offset][i] * n)));
        expect(cells.size).toBe(n);
      }
    }
  });

  it('rejects a base count that is not a power of two and too many dimensions', () => {
    expect(() => saltelliDesign(1000, 3)).toThrow('baseCount must be a power of two (the Sobol net\'s balance), got 1000');
    expect(() => saltelliDesign(8, 513)).toThrow('Saltelli\'s design needs 2·dimensions ≤ 1024 Sobol dimensions, got dimensions = 513');
  });
});
