import { describe, expect, it } from 'vitest';
import { normal } from './normal.ts';
import { continuousFitFailures } from './test-support.ts';

describe('normal', () => {
  for (const [mean, sd] of [[0, 1], [-40, 15]]) {
    it(`normal(${mean}, ${sd}) passes Kolmogorov–Smirnov and matches its mean and variance on 10^6 draws`, () => {
      expect(continuousFitFailures(normal(mean, sd))).toEqual([]);
    });
  }

  it('normal(mean, sd).cdf is 1/2 at the mean', () => {
    expect(normal(3, 2).cdf(3)).toBeCloseTo(0.5, 15);
    expect(normal(0, 1).cdf(1.959963984540054)).toBeCloseTo(0.975, 14);
  });

  it('normal(mean, sd) rejects a non-positive sd and a non-finite mean', () => {
    expect(() => normal(0, 0)).toThrowErrorMatchingInlineSnapshot(`[RangeError: normal sd must be a positive finite number, got 0]`);
    expect(() => normal(NaN, 1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: normal mean must be a finite number, got NaN]`);
  });
});
