import { describe, expect, it } from 'vitest';
import { sha256 } from '../random/sha256.ts';
import { morrisDesign } from './morris-design.ts';

describe('morrisDesign', () => {
  const design = morrisDesign(12, 5, { seed: 3 });

  it('has k + 1 rows per trajectory; step s moves coordinate order[t][s] alone, by exactly 1/2', () => {
    expect(design.rows).toHaveLength(12 * 6);
    for (let t = 0; t < 12; t++) {
      expect([...design.order[t]].sort()).toEqual([0, 1, 2, 3, 4]);
      for (let s = 0; s < 5; s++) {
        const before = design.rows[t * 6 + s];
        const after = design.rows[t * 6 + s + 1];
        const moved = before.map((x, i) => (x === after[i] ? -1 : i)).filter((i) => i >= 0);
        expect(moved).toEqual([design.order[t][s]]);
        expect(Math.abs(after[moved[0]] - before[moved[0]])).toBe(0.5);
      }
    }
  });

  it('uses the p cell centres (2l + 1)/(2p) as levels, and starts each coordinate at each level equally often', () => {
    // 12 trajectories, 4 levels: each coordinate starts 3 times at each of 1/8, 3/8, 5/8, 7/8.
    for (let i = 0; i < 5; i++) {
      const starts = Array.from({ length: 12 }, (_, t) => design.rows[t * 6][i]).sort();
      expect(starts).toEqual([0.125, 0.125, 0.125, 0.375, 0.375, 0.375, 0.625, 0.625, 0.625, 0.875, 0.875, 0.875]);
    }
    const six = morrisDesign(2, 1, { levels: 6 });
    for (const row of six.rows) expect([1, 3, 5, 7, 9, 11].map((l) => l / 12)).toContain(row[0]);
  });

  it('is fixed for a seed', () => {
    expect(sha256(JSON.stringify(design))).toBe('4c6b282f8ab04e8dcf10eb274dc275d393b5eeb51a036051cb0d235a92554daf');
    expect(morrisDesign(12, 5, { seed: 4 })).not.toEqual(design);
  });

  it('rejects odd or too few levels and counts that are not positive integers', () => {
    expect(() => morrisDesign(10, 3, { levels: 5 })).toThrow('levels must be an even integer ≥ 2, got 5');
    expect(() => morrisDesign(0, 3)).toThrow('trajectories must be a positive integer, got 0');
  });
});
