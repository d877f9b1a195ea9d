import { describe, expect, it } from 'vitest';
import { poisson } from './poisson.ts';
import { discreteFitFailures } from './test-support.ts';

describe('poisson', () => {
  // Means below 10 use inversion, 10 and above PTRS; 9.99/10 straddle the switch.
  for (const mean of [0.02, 1, 9.99, 10, 37.5, 5000]) {
    it(`poisson(${mean}) passes chi-square and matches mean and variance λ on 10^6 draws`, () => {
      expect(discreteFitFailures(poisson(mean))).toEqual([]);
    });
  }

  it('poisson(mean).cdf sums the probability mass function', () => {
    const d = poisson(2);
    expect(d.cdf(-0.5)).toBe(0);
    expect(d.cdf(0)).toBeCloseTo(Math.exp(-2), 15);
    expect(d.cdf(2.7)).toBeCloseTo(5 * Math.exp(-2), 15);
    expect(d.cdf(Infinity)).toBe(1);
  });

  it('poisson(mean) rejects a mean that is not a positive finite number', () => {
    expect(() => poisson(0)).toThrowErrorMatchingInlineSnapshot(`[RangeError: poisson mean must be a positive finite number, got 0]`);
  });
});
