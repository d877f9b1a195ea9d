import { describe, expect, it } from 'vitest';
import { beta } from './beta.ts';
import { continuousFitFailures } from './test-support.ts';

describe('beta', () => {
  for (const [a, b] of [[0.5, 0.5], [2, 8], [0.7, 3], [30, 20]]) {
    it(`beta(${a}, ${b}) passes Kolmogorov–Smirnov and matches its mean and variance on 10^6 draws`, () => {
      expect(continuousFitFailures(beta(a, b))).toEqual([]);
    });
  }

  it('beta(1, 1) is uniform and beta(a, b).cdf(1/2) is 1/2 when a = b', () => {
    expect(beta(1, 1).cdf(0.3)).toBeCloseTo(0.3, 14);
    expect(beta(3.7, 3.7).cdf(0.5)).toBeCloseTo(0.5, 14);
  });

  it('beta(alpha, beta) rejects non-positive shapes', () => {
    expect(() => beta(0, 1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: beta alpha must be a positive finite number, got 0]`);
    expect(() => beta(1, Infinity)).toThrowErrorMatchingInlineSnapshot(`[RangeError: beta beta must be a positive finite number, got Infinity]`);
  });
});
