import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../streams.ts';
import { bernoulli } from './bernoulli.ts';
import { discreteFitFailures } from './test-support.ts';

describe('bernoulli', () => {
  for (const probability of [0.5, 0.003]) {
    it(`bernoulli(${probability}) passes chi-square and matches mean p and variance p(1−p) on 10^6 draws`, () => {
      expect(discreteFitFailures(bernoulli(probability))).toEqual([]);
    });
  }

  it('bernoulli(0) never gives 1 and bernoulli(1) always does', () => {
    const stream = new RandomStreams(1).get('b');
    const never = bernoulli(0);
    const always = bernoulli(1);
    for (let i = 0; i < 10_000; i++) {
      expect(never.sample(stream)).toBe(0);
      expect(always.sample(stream)).toBe(1);
    }
  });

  it('bernoulli(probability) rejects a probability outside [0, 1]', () => {
    expect(() => bernoulli(1.5)).toThrowErrorMatchingInlineSnapshot(`[RangeError: bernoulli probability must be in [0, 1], got 1.5]`);
    expect(() => bernoulli(NaN)).toThrow(RangeError);
  });
});
