import { describe, expect, it } from 'vitest';
import { lognormal, lognormalFrom90Interval } from './lognormal.ts';
import { continuousFitFailures } from './test-support.ts';

describe('lognormal', () => {
  for (const [mu, sigma] of [[0, 0.25], [Math.log(500), 1.2]]) {
    it(`lognormal(${mu}, ${sigma}) passes Kolmogorov–Smirnov and matches its mean and variance on 10^6 draws`, () => {
      expect(continuousFitFailures(lognormal(mu, sigma))).toEqual([]);
    });
  }

  it('lognormalFrom90Interval(2, 48) passes Kolmogorov–Smirnov and matches its mean and variance on 10^6 draws', () => {
    expect(continuousFitFailures(lognormalFrom90Interval(2, 48))).toEqual([]);
  });

  it('lognormalFrom90Interval(p05, p95) has its 5% and 95% quantiles at p05 and p95', () => {
    const d = lognormalFrom90Interval(2, 48);
    expect(d.cdf(2)).toBeCloseTo(0.05, 12);
    expect(d.cdf(48)).toBeCloseTo(0.95, 12);
    expect(d.cdf(Math.sqrt(2 * 48))).toBeCloseTo(0.5, 12);
    expect(String(d)).toBe('lognormalFrom90Interval(2, 48)');
  });

  it('lognormal(mu, sigma).cdf is 0 at and below 0', () => {
    expect(lognormal(0, 1).cdf(0)).toBe(0);
    expect(lognormal(0, 1).cdf(-1)).toBe(0);
  });

  it('lognormal factories reject bad parameters', () => {
    expect(() => lognormal(0, -1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: lognormal sigma must be a positive finite number, got -1]`);
    expect(() => lognormalFrom90Interval(0, 5)).toThrowErrorMatchingInlineSnapshot(`[RangeError: lognormalFrom90Interval p05 must be a positive finite number, got 0]`);
    expect(() => lognormalFrom90Interval(5, 5)).toThrowErrorMatchingInlineSnapshot(`[RangeError: lognormalFrom90Interval parameters must satisfy p05 < p95, got 5, 5]`);
  });
});
