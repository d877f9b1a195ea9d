import { describe, expect, it } from 'vitest';
import { saltelliDesign } from './saltelli-design.ts';
import { sobolPoints } from './sobol-sequence.ts';

describe('saltelliDesign', () => {
  it('lays out N·(k + 2) rows in SALib\'s order: A_j, then A_j with coordinate i from B_j, then B_j', () => {
    const design = saltelliDesign(4, 3, { seed: 8 });
    const base = sobolPoints(4, 6, { seed: 8, stream: 'design.saltelli' });
    expect(design.rows).toHaveLength(4 * 5);
    const paired: number[] = [];
    base.forEach((point, j) => {
      const a = point.slice(0, 3);
      const rows = design.rows.slice(j * 5, j * 5 + 5);
      const b = rows[4];
      expect(rows).toEqual([a, [b[0], a[1], a[2]], [a[0], b[1], a[2]], [a[0], a[1], b[2]], b]);
      paired.push(base.findIndex((p) => p.slice(3).every((x, i) => x === b[i])));
    });
    // B's rows are the Sobol points' other halves, each once, in a shuffled order
    expect([...paired].sort()).toEqual([0, 1, 2, 3]);
  });

  it('pairs A and B at random: their columns are as uncorrelated as independent pairs, where the Sobol pairing is not', () => {
    // Joe & Kuo's dimensions 2 and 8 (the second coordinate when k = 6) form a poorly spread 2-D projection at
    // N = 64: paired within one Sobol point, A's and B's column have correlations of sd 0.26 over scrambles.
    // A random pairing gives sd 1/√(N − 1) = 0.126 (and mean 0); over 40 seeds the sample sd of those
    // correlations lies within 0.126 · [0.72, 1.29] with 99% probability (χ² with 39 degrees of freedom).
    const n = 64;
    const k = 6;
    const correlations = Array.from({ length: 40 }, (_, s) => {
      const design = saltelliDesign(n, k, { seed: s + 1 });
      const a = Array.from({ length: n }, (_, j) => design.rows[j * (k + 2)][1]);
      const b = Array.from({ length: n }, (_, j) => design.rows[j * (k + 2) + k + 1][1]);
      return correlation(a, b);
    });
    const mean = correlations.reduce((x, y) => x + y) / correlations.length;
    const sd = Math.sqrt(correlations.reduce((x, c) => x + (c - mean) ** 2, 0) / (correlations.length - 1));
    expect(sd).toBeGreaterThan(0.126 * 0.72);
    expect(sd).toBeLessThan(0.126 * 1.29);
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

function correlation(x: number[], y: number[]): number {
  const mx = x.reduce((a, b) => a + b) / x.length;
  const my = y.reduce((a, b) => a + b) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i] - my);
    sxx += (xi - mx) ** 2;
    syy += (y[i] - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}
