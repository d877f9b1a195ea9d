import { describe, expect, it } from 'vitest';
import { jointProbability } from './joint-probability.ts';

describe('jointProbability', () => {
  it('jointProbability(a, b) is the share of years in which both counts are ≥ 1, with a Wilson interval', () => {
    // Rows 1 and 4 have both (row 2 only A, row 3 only B); row 5 is skipped: 2 of 8 years.
    // Wilson centre (0.25 + z²/16)/(1 + z²/8) = 0.331102, spread 0.259623 at z = 1.959964.
    const a = [0, 1, 3, 0, 2, NaN, 0, 0, 0];
    const b = [0, 2, 0, 1, 1, 1, 0, 0, 0];
    const j = jointProbability(a, b);
    expect(j.probability).toBe(0.25);
    expect(j.ciLow).toBeCloseTo(0.071479, 6);
    expect(j.ciHigh).toBeCloseTo(0.590725, 6);
  });

  it('is 0 with a lower bound of exactly 0 when the actions never coincide', () => {
    expect(jointProbability([1, 0, 1, 0], [0, 1, 0, 1])).toMatchObject({ probability: 0, ciLow: 0 });
  });

  it('rejects columns of different lengths, naming both', () => {
    expect(() => jointProbability([1, 2], [1])).toThrow('countsA and countsB must have equal lengths, got 2 and 1');
    expect(() => jointProbability([1], [-3])).toThrow('countsB must be non-negative integers, got -3 in row 0');
  });
});
