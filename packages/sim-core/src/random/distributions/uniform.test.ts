import { describe, expect, it } from 'vitest';
import { uniform } from './uniform.ts';
import { continuousFitFailures } from './test-support.ts';

describe('uniform', () => {
  for (const [min, max] of [[0, 1], [-3, 1e6]]) {
    it(`uniform(${min}, ${max}) passes Kolmogorov–Smirnov and matches mean (min+max)/2 and variance (max−min)²/12 on 10^6 draws`, () => {
      expect(continuousFitFailures(uniform(min, max))).toEqual([]);
    });
  }

  it('uniform(min, max).cdf is linear on [min, max]', () => {
    const d = uniform(2, 6);
    expect([d.cdf(1), d.cdf(2), d.cdf(3), d.cdf(6), d.cdf(7)]).toEqual([0, 0, 0.25, 1, 1]);
  });

  it('uniform(min, max) rejects min ≥ max and non-finite bounds', () => {
    expect(() => uniform(1, 1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: uniform parameters must satisfy min < max, got 1, 1]`);
    expect(() => uniform(0, Infinity)).toThrow(RangeError);
  });
});
