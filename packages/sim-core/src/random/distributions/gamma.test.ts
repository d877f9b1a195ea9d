import { describe, expect, it } from 'vitest';
import { gamma } from './gamma.ts';
import { continuousFitFailures } from './test-support.ts';

describe('gamma', () => {
  // Shape < 1 takes the u^(1/k) boost branch of Marsaglia–Tsang, shape ≥ 1 the plain one.
  for (const [shape, scale] of [[0.3, 2], [0.9, 1], [1, 5], [3.5, 12], [60, 0.1]]) {
    it(`gamma(${shape}, ${scale}) passes Kolmogorov–Smirnov and matches mean kθ and variance kθ² on 10^6 draws`, () => {
      expect(continuousFitFailures(gamma(shape, scale))).toEqual([]);
    });
  }

  it('gamma(1, scale).cdf is the exponential CDF', () => {
    expect(gamma(1, 2).cdf(3)).toBeCloseTo(1 - Math.exp(-1.5), 14);
    expect(gamma(1, 2).cdf(0)).toBe(0);
  });

  it('gamma(shape, scale) rejects non-positive parameters', () => {
    expect(() => gamma(-1, 1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: gamma shape must be a positive finite number, got -1]`);
    expect(() => gamma(1, 0)).toThrowErrorMatchingInlineSnapshot(`[RangeError: gamma scale must be a positive finite number, got 0]`);
  });
});
