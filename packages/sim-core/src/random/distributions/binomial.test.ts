import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../streams.ts';
import { binomial } from './binomial.ts';
import { discreteFitFailures } from './test-support.ts';

describe('binomial', () => {
  // n·min(p, 1−p) below 10 uses inversion, 10 and above BTRS; p > 1/2 goes through n − X.
  for (const [trials, probability] of [[10, 0.3], [1000, 0.002], [20, 0.5], [15_000, 0.04], [200, 0.93], [1_000_000, 0.5]]) {
    it(`binomial(${trials}, ${probability}) passes chi-square and matches mean np and variance np(1−p) on 10^6 draws`, () => {
      expect(discreteFitFailures(binomial(trials, probability))).toEqual([]);
    });
  }

  it('binomial(n, p) is always 0 for p = 0 or n = 0 and always n for p = 1', () => {
    const stream = new RandomStreams(1).get('b');
    expect([binomial(10, 0).sample(stream), binomial(0, 0.5).sample(stream), binomial(10, 1).sample(stream)]).toEqual([0, 0, 10]);
    expect([binomial(10, 0).cdf(0), binomial(10, 1).cdf(9), binomial(10, 1).cdf(10)]).toEqual([1, 0, 1]);
  });

  it('binomial(n, p).cdf sums the probability mass function', () => {
    expect(binomial(3, 0.5).cdf(1)).toBeCloseTo(0.5, 15);
    expect(binomial(4, 0.25).cdf(0)).toBeCloseTo(0.75 ** 4, 14);
  });

  it('binomial(trials, probability) rejects non-integer trials and probabilities outside [0, 1]', () => {
    expect(() => binomial(2.5, 0.5)).toThrowErrorMatchingInlineSnapshot(`[RangeError: binomial trials must be a non-negative safe integer, got 2.5]`);
    expect(() => binomial(10, -0.1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: binomial probability must be in [0, 1], got -0.1]`);
  });
});
