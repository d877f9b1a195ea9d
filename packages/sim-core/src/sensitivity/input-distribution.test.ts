import { describe, expect, it } from 'vitest';
import { lognormalFrom90Interval } from '../random/distributions/lognormal.ts';
import { inputDistribution } from './input-distribution.ts';
import { inputSupport } from './input-support.ts';
import type { InputShape, UncertainInput } from './uncertain-input.ts';

const input = (shape: InputShape, coverage: number, value = 4, low = 2, high = 10): UncertainInput => ({ name: 'x', value, low, high, coverage, shape });

describe('inputDistribution', () => {
  it('low and high are the (1 − c)/2 and (1 + c)/2 quantiles of every shape and coverage (the stated meaning)', () => {
    for (const shape of ['uniform', 'log-uniform', 'triangular', 'lognormal'] as const) {
      for (const coverage of shape === 'lognormal' ? [0.5, 0.8, 0.9, 0.98] : [0.5, 0.9, 1]) {
        const d = inputDistribution(input(shape, coverage));
        expect(d.cdf(2), `${shape} ${coverage}`).toBeCloseTo((1 - coverage) / 2, 12);
        expect(d.cdf(10), `${shape} ${coverage}`).toBeCloseTo((1 + coverage) / 2, 12);
        expect(d.quantile((1 - coverage) / 2)).toBeCloseTo(2, 11);
        expect(d.quantile((1 + coverage) / 2)).toBeCloseTo(10, 11);
      }
    }
  });

  it('quantile and cdf are inverse across (0, 1)', () => {
    for (const shape of ['uniform', 'log-uniform', 'triangular', 'lognormal'] as const) {
      const d = inputDistribution(input(shape, 0.9));
      for (const u of [1e-9, 0.01, 0.2, 0.5, 0.77, 0.999, 1 - 1e-9]) expect(d.cdf(d.quantile(u)), `${shape} ${u}`).toBeCloseTo(u, 12);
    }
  });

  it('a min–max uniform is linear, a log-uniform geometric: medians 6 and √20', () => {
    expect(inputDistribution(input('uniform', 1)).quantile(0.5)).toBe(6);
    expect(inputDistribution(input('log-uniform', 1)).quantile(0.5)).toBeCloseTo(Math.sqrt(20), 14);
    expect(inputDistribution(input('log-uniform', 1)).quantile(0.25)).toBeCloseTo(2 * 5 ** 0.25, 14);
  });

  it('a 90% uniform interval stretches by 1/18 of its width on each side; its support is inputSupport', () => {
    // (1 − 0.9)/(2·0.9) = 1/18 of the width 8: the support is [2 − 4/9, 10 + 4/9].
    const d = inputDistribution(input('uniform', 0.9));
    expect(d.min).toBeCloseTo(2 - 4 / 9, 14);
    expect(d.max).toBeCloseTo(10 + 4 / 9, 14);
    expect(inputSupport(input('uniform', 0.9))).toEqual({ min: d.min, max: d.max });
    expect(d.quantile(0)).toBe(d.min);
    expect(d.quantile(1)).toBe(d.max);
  });

  it('a triangular keeps value as its mode: the density peaks there', () => {
    const d = inputDistribution(input('triangular', 0.9, 3));
    const density = (x: number) => (d.cdf(x + 1e-6) - d.cdf(x - 1e-6)) / 2e-6;
    expect(density(3)).toBeGreaterThan(density(2.9));
    expect(density(3)).toBeGreaterThan(density(3.1));
  });

  it('a lognormal 90% interval is the distribution sim-core draws from for lognormalFrom90Interval(low, high)', () => {
    const ours = inputDistribution(input('lognormal', 0.9));
    const theirs = lognormalFrom90Interval(2, 10);
    for (const x of [0.5, 2, 4.47, 10, 30]) expect(ours.cdf(x)).toBeCloseTo(theirs.cdf(x), 14);
    expect(ours.quantile(0.5)).toBeCloseTo(Math.sqrt(20), 13);
  });

  it('throws the first problem of an unusable input', () => {
    expect(() => inputDistribution(input('lognormal', 1))).toThrow('x: a lognormal has no minimum or maximum');
    expect(() => inputDistribution(input('uniform', 0.9, 11))).toThrow('x: value 11 lies outside [2, 10]');
  });
});
