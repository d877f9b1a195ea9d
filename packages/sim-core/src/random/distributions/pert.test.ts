import { describe, expect, it } from 'vitest';
import { pert } from './pert.ts';
import { continuousFitFailures } from './test-support.ts';

describe('pert', () => {
  for (const [min, mode, max, shape] of [[4, 12, 72, 4], [0, 0.5, 1, 4], [10, 10, 20, 4], [0, 3, 10, 1.5]]) {
    it(`pert(${min}, ${mode}, ${max}, ${shape}) passes Kolmogorov–Smirnov and matches its mean and variance on 10^6 draws`, () => {
      expect(continuousFitFailures(pert(min, mode, max, shape))).toEqual([]);
    });
  }

  it('pert(min, mode, max) has mean (min + 4·mode + max)/6', () => {
    const d = pert(4, 12, 72);
    expect(d.mean).toBeCloseTo((4 + 48 + 72) / 6, 12);
    // Classic PERT: variance (mean − min)(max − mean)/7.
    expect(d.variance).toBeCloseTo(((d.mean - 4) * (72 - d.mean)) / 7, 10);
    expect(String(d)).toBe('pert(4, 12, 72)');
  });

  it('pert(min, mode, max, shape) rejects a mode outside [min, max] and a non-positive shape', () => {
    expect(() => pert(0, 2, 1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: pert parameters must satisfy min ≤ mode ≤ max and min < max, got 0, 2, 1]`);
    expect(() => pert(0, 1, 2, 0)).toThrowErrorMatchingInlineSnapshot(`[RangeError: pert shape must be a positive finite number, got 0]`);
  });
});
