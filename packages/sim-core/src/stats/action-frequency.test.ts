import { describe, expect, it } from 'vitest';
import { actionFrequency } from './action-frequency.ts';

describe('actionFrequency', () => {
  it('actionFrequency(counts) is the share of years with a count ≥ 1, with a Wilson interval', () => {
    // 3 of 10 years: Wilson centre (0.3 + z²/20)/(1 + z²/10) = 0.355506, spread 0.247715 at z = 1.959964.
    const f = actionFrequency(new Float64Array([0, 1, 2, 0, 0, 3, 0, 0, 0, 0]));
    expect(f).toMatchObject({ years: 10, yearsWithAction: 3, annualProbability: 0.3, expectedPerYear: 0.6 });
    expect(f.returnPeriodYears).toBe(10 / 3);
    expect(f.ciLow).toBeCloseTo(0.107791, 6);
    expect(f.ciHigh).toBeCloseTo(0.603222, 6);
  });

  it('gives a never-seen action no return period but a positive upper bound', () => {
    // 0 of 10: Wilson upper bound z²/(n + z²) = 3.841459/13.841459 = 0.277533.
    const f = actionFrequency(new Int32Array(10));
    expect(f).toMatchObject({ yearsWithAction: 0, annualProbability: 0, ciLow: 0, expectedPerYear: 0, returnPeriodYears: null });
    expect(f.ciHigh).toBeCloseTo(0.277533, 6);
  });

  it('skips NaN years', () => {
    expect(actionFrequency([NaN, 1, 0, 0, NaN])).toMatchObject({ years: 3, yearsWithAction: 1, returnPeriodYears: 3 });
  });

  it('rejects counts that are negative or fractional, naming the row', () => {
    expect(() => actionFrequency([0, 2, -1])).toThrow('counts must be non-negative integers, got -1 in row 2');
    expect(() => actionFrequency([0.5])).toThrow('counts must be non-negative integers, got 0.5 in row 0');
  });
});
