import { describe, expect, it } from 'vitest';
import { sha256 } from '../random/sha256.ts';
import { latinHypercube } from './latin-hypercube.ts';

describe('latinHypercube', () => {
  it('latinHypercube(n, d) puts exactly one point in each of the n equal cells of every dimension', () => {
    for (const n of [1, 7, 100, 1000]) {
      const rows = latinHypercube(n, 5, { seed: n });
      expect(rows).toHaveLength(n);
      for (let d = 0; d < 5; d++) {
        const cells = rows.map((row) => Math.floor(row[d] * n)).sort((a, b) => a - b);
        expect(cells).toEqual(Array.from({ length: n }, (_, i) => i));
      }
    }
  });

  it('every coordinate lies in the open interval (0, 1)', () => {
    const values = latinHypercube(2000, 3, { seed: 9 }).flat();
    expect(Math.min(...values)).toBeGreaterThan(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('matches cells across dimensions at random: the rank correlation of two columns is near 0', () => {
    // Spearman's rho of two independent random permutations of n = 2000 ranks has sd 1/sqrt(n − 1) ≈ 0.022;
    // |rho| < 0.09 is about 4 sd.
    const n = 2000;
    const rows = latinHypercube(n, 2, { seed: 4 });
    const ranks = (d: number) => rows.map((row) => Math.floor(row[d] * n));
    const a = ranks(0);
    const b = ranks(1);
    let sumSquares = 0;
    for (let i = 0; i < n; i++) sumSquares += (a[i] - b[i]) ** 2;
    const rho = 1 - (6 * sumSquares) / (n * (n * n - 1));
    expect(Math.abs(rho)).toBeLessThan(0.09);
  });

  it('is fixed for a seed, and its first columns do not depend on how many are asked for', () => {
    const rows = latinHypercube(64, 4, { seed: 'study' });
    expect(sha256(JSON.stringify(rows))).toBe('b473d5deddac8257965748d4b5e5881652399cdacfe32229a45f7324d0b3f932');
    expect(latinHypercube(64, 2, { seed: 'study' })).toEqual(rows.map((row) => row.slice(0, 2)));
    expect(latinHypercube(64, 4, { seed: 'other' })).not.toEqual(rows);
  });

  it('rejects counts and dimensions that are not positive integers', () => {
    expect(() => latinHypercube(0, 2)).toThrow('count must be a positive integer, got 0');
    expect(() => latinHypercube(5, 1.5)).toThrow('dimensions must be a positive integer, got 1.5');
  });
});
