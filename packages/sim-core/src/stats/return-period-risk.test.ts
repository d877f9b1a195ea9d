import { describe, expect, it } from 'vitest';
import { log } from '../math/index.ts';
import { exponential, RandomStreams } from '../random/index.ts';
import { RETURN_PERIODS, returnPeriodRisk } from './return-period-risk.ts';

/** 1 … n in a scrambled row order (37 is coprime to the n used here), so sorting matters. */
function scrambled(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => ((i * 37) % n) + 1);
}

describe('returnPeriodRisk', () => {
  it('VaR is x(n − ⌊n/T⌋) and TVaR the mean of the ⌊n/T⌋ worst years', () => {
    // n = 100: T = 2 → k = 50, VaR x(50) = 50, TVaR mean(51 … 100) = 75.5; T = 5 → k = 20: 80, mean(81 … 100);
    // T = 10 → k = 10: 90, mean(91 … 100). T = 20 needs 200 years.
    expect(returnPeriodRisk(scrambled(100), { periods: [2, 5, 10, 20] })).toEqual([
      { returnPeriodYears: 2, available: true, valueAtRisk: 50, tailValueAtRisk: 75.5, yearsSimulated: 100 },
      { returnPeriodYears: 5, available: true, valueAtRisk: 80, tailValueAtRisk: 90.5, yearsSimulated: 100 },
      { returnPeriodYears: 10, available: true, valueAtRisk: 90, tailValueAtRisk: 95.5, yearsSimulated: 100 },
      { returnPeriodYears: 20, available: false, valueAtRisk: null, tailValueAtRisk: null, yearsSimulated: 100 },
    ]);
  });

  it('rounds k = n/T down when T does not divide n', () => {
    // n = 109, T = 10: k = 10, VaR x(99) = 99, TVaR mean(100 … 109) = 104.5.
    const [risk] = returnPeriodRisk(scrambled(109), { periods: [10] });
    expect(risk).toMatchObject({ valueAtRisk: 99, tailValueAtRisk: 104.5 });
  });

  it('is available exactly from n = 10·T years on, and never extrapolates below it', () => {
    expect(returnPeriodRisk(scrambled(200), { periods: [20] })[0]).toMatchObject({
      available: true,
      valueAtRisk: 190,
      tailValueAtRisk: 195.5,
    });
    expect(returnPeriodRisk(scrambled(199), { periods: [20] })[0]).toMatchObject({ available: false, valueAtRisk: null });
    expect(returnPeriodRisk([], { periods: [2] })[0]).toMatchObject({ available: false, yearsSimulated: 0 });
  });

  it('skips NaN years', () => {
    const values = [...scrambled(20), NaN, NaN];
    // n = 20, T = 2: k = 10, VaR x(10) = 10, TVaR mean(11 … 20) = 15.5.
    expect(returnPeriodRisk(values, { periods: [2] })[0]).toMatchObject({ yearsSimulated: 20, valueAtRisk: 10, tailValueAtRisk: 15.5 });
  });

  it('gives TVaR === VaR when the tail is flat, without rounding below it', () => {
    // Ten 0.1s summed and divided by ten is 0.09999999999999999 < 0.1.
    const [risk] = returnPeriodRisk(new Float64Array(20).fill(0.1), { periods: [2] });
    expect(risk.valueAtRisk).toBe(0.1);
    expect(risk.tailValueAtRisk).toBe(0.1);
  });

  it('rises with the return period and matches exponential theory (VaR ln T, TVaR ln T + 1)', () => {
    // Exp(1): the T-year quantile is ln T and, memoryless, the mean beyond it ln T + 1. With n = 100,000
    // the sample quantile at p = 1/T has sd √(p(1−p)/n)/f(ln T) = √(p(1−p)/n)/p (0.10 at T = 1000), and
    // TVaR adds the mean of k = n/T unit-variance excesses (sd √(T/n)). Tolerances are 4 sd.
    const stream = new RandomStreams(7).get('loss');
    const unit = exponential(1);
    const values = Float64Array.from({ length: 100_000 }, () => unit.sample(stream));
    const risks = returnPeriodRisk(values);
    expect(risks.map((r) => r.returnPeriodYears)).toEqual([...RETURN_PERIODS]);
    for (let i = 0; i < risks.length; i++) {
      const { returnPeriodYears: T, valueAtRisk, tailValueAtRisk, available } = risks[i];
      expect(available).toBe(true);
      const sd = Math.sqrt((1 / T) * (1 - 1 / T) / 100_000) * T;
      expect(Math.abs(valueAtRisk! - log(T))).toBeLessThan(4 * sd);
      expect(Math.abs(tailValueAtRisk! - (log(T) + 1))).toBeLessThan(4 * Math.sqrt(sd * sd + T / 100_000));
      expect(tailValueAtRisk!).toBeGreaterThanOrEqual(valueAtRisk!);
      if (i > 0) {
        expect(valueAtRisk!).toBeGreaterThanOrEqual(risks[i - 1].valueAtRisk!);
        expect(tailValueAtRisk!).toBeGreaterThanOrEqual(risks[i - 1].tailValueAtRisk!);
      }
    }
  });

  it('rejects return periods that are not finite numbers > 1', () => {
    expect(() => returnPeriodRisk([1], { periods: [1] })).toThrow('return period must be a finite number of years > 1, got 1');
  });
});
