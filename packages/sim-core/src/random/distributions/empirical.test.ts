import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../streams.ts';
import { empirical } from './empirical.ts';
import { continuousFitFailures } from './test-support.ts';

describe('empirical', () => {
  it('empirical(samples) passes Kolmogorov–Smirnov against its piecewise-linear CDF and matches its mean and variance on 10^6 draws', () => {
    expect(continuousFitFailures(empirical([72, 3, 5, 8, 12, 30, 9.5]))).toEqual([]);
  });

  it('empirical(samples) of 1,000 points passes Kolmogorov–Smirnov on 10^6 draws', () => {
    const stream = new RandomStreams('empirical-input').get('points');
    const points = Array.from({ length: 1000 }, () => -Math.log(1 - stream.random()) * 24);
    expect(continuousFitFailures(empirical(points))).toEqual([]);
  });

  it('empirical(samples).cdf passes through (x_i, i/(n−1)) and is linear between', () => {
    const d = empirical([4, 0, 2]);
    expect([d.cdf(-1), d.cdf(0), d.cdf(1), d.cdf(2), d.cdf(3), d.cdf(4), d.cdf(5)]).toEqual([0, 0, 0.25, 0.5, 0.75, 1, 1]);
    expect(d.mean).toBe(2);
    expect(d.variance).toBeCloseTo(4 / 3, 14);
  });

  it('empirical(samples) never draws outside [min, max]', () => {
    const d = empirical([1, 2, 3]);
    const stream = new RandomStreams(3).get('e');
    for (let i = 0; i < 10_000; i++) {
      const x = d.sample(stream);
      expect(x >= 1 && x <= 3).toBe(true);
    }
  });

  it('empirical(samples) rejects fewer than 2 samples and non-finite ones', () => {
    expect(() => empirical([1])).toThrowErrorMatchingInlineSnapshot(`[RangeError: empirical samples must hold at least 2 numbers, got 1]`);
    expect(() => empirical([1, Infinity])).toThrowErrorMatchingInlineSnapshot(`[RangeError: empirical samples must be finite numbers, got Infinity at index 1]`);
  });
});
