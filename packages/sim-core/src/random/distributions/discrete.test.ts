import { describe, expect, it } from 'vitest';
import { discrete } from './discrete.ts';
import { discreteFitFailures } from './test-support.ts';

describe('discrete', () => {
  it('discrete(values, weights) passes chi-square and matches its mean and variance on 10^6 draws', () => {
    expect(discreteFitFailures(discrete([0, 1, 2], [0.7, 0.2, 0.1]))).toEqual([]);
  });

  it('discrete(values, weights) with unsorted, repeated values and zero weights passes chi-square on 10^6 draws', () => {
    const values = [];
    const weights = [];
    for (let i = 0; i < 200; i++) {
      values.push((i * 37) % 50);
      weights.push(i % 7 === 0 ? 0 : 1 + ((i * 13) % 11));
    }
    expect(discreteFitFailures(discrete(values, weights))).toEqual([]);
  });

  it('discrete(values, weights).cdf is P(X ≤ x), weights need not sum to 1', () => {
    const d = discrete([10, -1, 3], [1, 2, 1]);
    expect([d.cdf(-2), d.cdf(-1), d.cdf(0), d.cdf(3), d.cdf(9.9), d.cdf(10)]).toEqual([0, 0.5, 0.5, 0.75, 0.75, 1]);
    expect(d.mean).toBeCloseTo((10 - 2 + 3) / 4, 15);
    expect(String(d)).toBe('discrete([10, -1, 3], [1, 2, 1])');
  });

  it('discrete(values, weights) rejects empty, mismatched, negative or all-zero weights', () => {
    expect(() => discrete([], [])).toThrowErrorMatchingInlineSnapshot(`[RangeError: discrete values and weights must be non-empty and of equal length, got 0 values and 0 weights]`);
    expect(() => discrete([1, 2], [1])).toThrow(RangeError);
    expect(() => discrete([1, 2], [1, -1])).toThrowErrorMatchingInlineSnapshot(`[RangeError: discrete weights must be non-negative finite numbers, got -1 at index 1]`);
    expect(() => discrete([1, 2], [0, 0])).toThrowErrorMatchingInlineSnapshot(`[RangeError: discrete weights must have a positive finite sum, got 0]`);
    expect(() => discrete([NaN], [1])).toThrow(RangeError);
  });
});
