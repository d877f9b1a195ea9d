import { describe, expect, it } from 'vitest';
import { exponential } from './exponential.ts';
import { continuousFitFailures } from './test-support.ts';

describe('exponential', () => {
  for (const rate of [1, 1 / 8760, 250]) {
    it(`exponential(${rate}) passes Kolmogorov–Smirnov and matches mean 1/rate and variance 1/rate² on 10^6 draws`, () => {
      expect(continuousFitFailures(exponential(rate))).toEqual([]);
    });
  }

  it('exponential(rate).cdf is 1 − e^(−rate·x) and 0 below 0', () => {
    const d = exponential(2);
    expect(d.cdf(-1)).toBe(0);
    expect(d.cdf(0)).toBe(0);
    expect(d.cdf(1)).toBeCloseTo(1 - Math.exp(-2), 15);
    expect(String(d)).toBe('exponential(2)');
  });

  it('exponential(rate) rejects a rate that is not a positive finite number', () => {
    expect(() => exponential(-1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: exponential rate must be a positive finite number, got -1]`);
    expect(() => exponential(0)).toThrow(RangeError);
    expect(() => exponential(Infinity)).toThrow(RangeError);
    expect(() => exponential(NaN)).toThrow(RangeError);
  });
});
