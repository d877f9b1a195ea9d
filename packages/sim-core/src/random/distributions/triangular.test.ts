import { describe, expect, it } from 'vitest';
import { triangular } from './triangular.ts';
import { continuousFitFailures } from './test-support.ts';

describe('triangular', () => {
  for (const [min, mode, max] of [[0, 0.3, 1], [4, 8, 72], [0, 0, 1], [2, 5, 5]]) {
    it(`triangular(${min}, ${mode}, ${max}) passes Kolmogorov–Smirnov and matches its mean and variance on 10^6 draws`, () => {
      expect(continuousFitFailures(triangular(min, mode, max))).toEqual([]);
    });
  }

  it('triangular(min, mode, max).cdf is 0 at min, (mode−min)/(max−min) at the mode and 1 at max', () => {
    const d = triangular(0, 1, 4);
    expect([d.cdf(0), d.cdf(1), d.cdf(4)]).toEqual([0, 0.25, 1]);
  });

  it('triangular(min, mode, max) rejects a mode outside [min, max]', () => {
    expect(() => triangular(0, 5, 4)).toThrowErrorMatchingInlineSnapshot(`[RangeError: triangular parameters must satisfy min ≤ mode ≤ max and min < max, got 0, 5, 4]`);
    expect(() => triangular(1, 1, 1)).toThrow(RangeError);
  });
});
