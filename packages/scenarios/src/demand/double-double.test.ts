import { describe, expect, it } from 'vitest';
import { ddAdd, ddDifference, ddSum } from './double-double.ts';

describe('double-double', () => {
  it('ddAdd keeps the bits a double would drop', () => {
    expect(ddAdd(1, 0, 2 ** -60)).toEqual([1, 2 ** -60]);
    expect(ddAdd(1e16, 0, 1)).toEqual([1e16, 1]);
  });

  it('ddSum rounds once: 1e16 + 1 + 1 is 1e16 + 2', () => {
    expect(ddSum([1e16, 1, 1])).toBe(1e16 + 2);
    expect(1e16 + 1 + 1).toBe(1e16); // what plain summation gives
    expect(ddSum(Array.from({ length: 10 }, () => 0.1))).toBe(1);
  });

  it('ddDifference subtracts two double-double prefixes', () => {
    const hi = Float64Array.of(0, 1e16, 1e16 + 2);
    const lo = Float64Array.of(0, 1, 1);
    expect(ddDifference(hi, lo, 1, 2)).toBe(2);
    expect(ddDifference(hi, lo, 0, 2)).toBe(1e16 + 4);
    expect(ddDifference(hi, lo, 1, 1)).toBe(0);
  });
});
