import { describe, expect, it } from 'vitest';
import { groupMeans } from './group-means.ts';

describe('groupMeans', () => {
  it('groupMeans(values, groupSize) averages each run of groupSize consecutive rows', () => {
    const { means, count } = groupMeans(new Float64Array([1, 3, 2, 2, 6, 4]), 2);
    expect(Array.from(means)).toEqual([2, 2, 5]);
    expect(count).toBe(6);
  });

  it('skips NaN rows inside a group and gives NaN for a group with no rows left', () => {
    const { means, count } = groupMeans([1, NaN, NaN, NaN, 4, 8], 2);
    expect(Array.from(means)).toEqual([1, NaN, 6]);
    expect(count).toBe(3);
  });

  it('rejects a group size that does not divide the column', () => {
    expect(() => groupMeans([1, 2, 3], 2)).toThrow('values.length (=3) must be a multiple of groupSize (=2)');
    expect(() => groupMeans([1, 2], 0)).toThrow('groupSize must be a positive integer, got 0');
  });
});
