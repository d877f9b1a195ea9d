import { describe, expect, it } from 'vitest';
import { SortedSample } from './sorted-sample.ts';

describe('SortedSample', () => {
  it('sorts like the typed-array sort, without NaN, counting the zeros apart', () => {
    const values = new Float64Array([3, 0, -1, NaN, 0, 2.5, -0, -7, 0, 1e-300, -1e-300]);
    const expected = Float64Array.from(values.filter((v) => !Number.isNaN(v))).sort();
    const sorted = SortedSample.of(values).values;
    expect(sorted).toEqual(expected);
    expect(Object.is(sorted[3], -0)).toBe(true);
    expect(Object.is(sorted[4], 0)).toBe(true);
  });

  it('handles columns of only zeros, only positives and nothing', () => {
    expect(SortedSample.of(new Float32Array(4)).values).toEqual(new Float64Array(4));
    expect(SortedSample.of([5, 1, 3]).values).toEqual(new Float64Array([1, 3, 5]));
    expect(SortedSample.of([]).length).toBe(0);
  });

  it('is sorted once: of(sample) returns the sample itself', () => {
    const sample = SortedSample.of([2, 1]);
    expect(SortedSample.of(sample)).toBe(sample);
  });
});
