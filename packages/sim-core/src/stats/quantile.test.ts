import { describe, expect, it } from 'vitest';
import { quantiles } from './quantile.ts';

describe('quantiles', () => {
  it('quantiles(values, ps) interpolates order statistics at (n − 1)·p (type 7)', () => {
    expect(quantiles([3, 1, 2, 4], [0, 0.5, 0.9, 1])).toEqual([1, 2.5, 3.7, 4]);
  });

  it('skips NaN, leaves its input unchanged, and gives NaN for no values', () => {
    const values = new Float64Array([5, NaN, 1]);
    expect(quantiles(values, [0.5])).toEqual([3]);
    expect(Array.from(values)).toEqual([5, NaN, 1]);
    expect(quantiles([], [0.5])).toEqual([NaN]);
  });

  it('rejects probabilities outside [0, 1]', () => {
    expect(() => quantiles([1], [1.5])).toThrow('quantile probability must be in [0, 1], got 1.5');
  });
});
