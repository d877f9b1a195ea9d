import { describe, expect, it } from 'vitest';
import { weibull } from './weibull.ts';
import { continuousFitFailures } from './test-support.ts';

describe('weibull', () => {
  for (const [shape, scale] of [[0.5, 1], [1.5, 40_000], [8, 3]]) {
    it(`weibull(${shape}, ${scale}) passes Kolmogorov–Smirnov and matches its mean and variance on 10^6 draws`, () => {
      expect(continuousFitFailures(weibull(shape, scale))).toEqual([]);
    });
  }

  it('weibull(1, scale) is exponential with mean scale', () => {
    const d = weibull(1, 10);
    expect(d.mean).toBeCloseTo(10, 12);
    expect(d.variance).toBeCloseTo(100, 10);
    expect(d.cdf(10)).toBeCloseTo(1 - Math.exp(-1), 15);
  });

  it('weibull(shape, scale) rejects non-positive parameters', () => {
    expect(() => weibull(0, 1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: weibull shape must be a positive finite number, got 0]`);
    expect(() => weibull(1, -2)).toThrowErrorMatchingInlineSnapshot(`[RangeError: weibull scale must be a positive finite number, got -2]`);
  });
});
