import { describe, expect, it } from 'vitest';
import { inputSpace } from './input-space.ts';
import { sobolPoints } from './sobol-sequence.ts';
import type { UncertainInput } from './uncertain-input.ts';

const repairA: UncertainInput = { name: 'repairA', value: 8, low: 2, high: 48, coverage: 0.9, shape: 'lognormal' };
const repairB: UncertainInput = { name: 'repairB', value: 24, low: 12, high: 72, coverage: 1, shape: 'triangular' };
const startProbability: UncertainInput = { name: 'generatorStarts', value: 0.9, low: 0.7, high: 0.99, coverage: 1, shape: 'uniform' };
const lineFaults: UncertainInput = { name: 'lineFaults', value: 0.2, low: 0.05, high: 1, coverage: 1, shape: 'log-uniform' };

/** Spearman's rank correlation of two columns (no ties in a continuous design). */
function spearman(a: number[], b: number[]): number {
  const ranks = (xs: number[]) => {
    const order = xs.map((_, i) => i).sort((p, q) => xs[p] - xs[q]);
    const r = new Array<number>(xs.length);
    order.forEach((i, rank) => (r[i] = rank));
    return r;
  };
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  let d2 = 0;
  for (let i = 0; i < n; i++) d2 += (ra[i] - rb[i]) ** 2;
  return 1 - (6 * d2) / (n * (n * n - 1));
}

describe('inputSpace', () => {
  const space = inputSpace({
    inputs: [repairA, repairB, startProbability, lineFaults],
    factors: [{ name: 'vendorQuality', rankCorrelation: 0.6, members: ['repairA', 'repairB'], opposed: ['generatorStarts'] }],
  });
  const points = sobolPoints(4096, space.coordinates.length, { seed: 5 });
  const values = points.map((u) => space.values(u));
  const column = (i: number) => values.map((v) => v[i]);

  it('has one coordinate per input, then one per shared factor, and the inputs\' values as its nominal point', () => {
    expect(space.coordinates).toEqual(['repairA', 'repairB', 'generatorStarts', 'lineFaults', 'vendorQuality']);
    expect(space.nominal).toEqual([8, 24, 0.9, 0.2]);
  });

  it('gives the stated rank correlation between members, its negative with an opposed input, 0 for the others', () => {
    // A one-factor Gaussian copula with r = 2·sin(π·0.6/6) has Spearman's ρ = 0.6 exactly; from 4,096 points
    // the estimate's sd is about (1 − ρ²)/√n ≈ 0.01, so ±0.04 is 4 sd.
    expect(Math.abs(spearman(column(0), column(1)) - 0.6)).toBeLessThan(0.04);
    expect(Math.abs(spearman(column(0), column(2)) + 0.6)).toBeLessThan(0.04);
    expect(Math.abs(spearman(column(1), column(2)) + 0.6)).toBeLessThan(0.04);
    expect(Math.abs(spearman(column(0), column(3)))).toBeLessThan(0.04);
  });

  it('keeps every input\'s own distribution: 5% of a 90% interval\'s values lie below low, 95% below high', () => {
    // The member's normal score is again standard normal. Binomial sd of a share of 0.05 in 4,096: 0.0034.
    const a = column(0);
    expect(Math.abs(a.filter((x) => x < 2).length / a.length - 0.05)).toBeLessThan(0.012);
    expect(Math.abs(a.filter((x) => x < 48).length / a.length - 0.95)).toBeLessThan(0.012);
    const starts = column(2);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(0.7);
    expect(Math.max(...starts)).toBeLessThanOrEqual(0.99);
  });

  it('an independent input is its quantile at its own coordinate; the factor moves members together', () => {
    expect(space.values([0.5, 0.5, 0.5, 0.5, 0.5])[3]).toBeCloseTo(Math.sqrt(0.05), 14);
    const low = space.values([0.5, 0.5, 0.5, 0.5, 0.02]);
    const high = space.values([0.5, 0.5, 0.5, 0.5, 0.98]);
    expect(high[0]).toBeGreaterThan(low[0]);
    expect(high[1]).toBeGreaterThan(low[1]);
    expect(high[2]).toBeLessThan(low[2]);
    expect(high[3]).toBe(low[3]);
  });

  it('a rank correlation of 1 moves members in lockstep: their ranks are equal', () => {
    const lockstep = inputSpace({ inputs: [repairA, repairB], factors: [{ name: 'f', rankCorrelation: 1, members: ['repairA', 'repairB'] }] });
    const rows = sobolPoints(256, 3, { seed: 1 }).map((u) => lockstep.values(u));
    expect(spearman(rows.map((r) => r[0]), rows.map((r) => r[1]))).toBe(1);
  });

  it('rejects duplicate names, unknown or shared members, lone members, bad correlations and points', () => {
    const inputs = [repairA, repairB];
    expect(() => inputSpace({ inputs: [repairA, repairA] })).toThrow('input and factor names must be unique, got "repairA" twice');
    expect(() => inputSpace({ inputs, factors: [{ name: 'f', rankCorrelation: 0.5, members: ['repairA', 'nope'] }] })).toThrow(
      'factor f names "nope", which is not an input',
    );
    expect(() =>
      inputSpace({
        inputs: [...inputs, lineFaults],
        factors: [
          { name: 'f', rankCorrelation: 0.5, members: ['repairA', 'repairB'] },
          { name: 'g', rankCorrelation: 0.5, members: ['repairA', 'lineFaults'] },
        ],
      }),
    ).toThrow('input repairA is in two factors');
    expect(() => inputSpace({ inputs, factors: [{ name: 'f', rankCorrelation: 0.5, members: ['repairA'] }] })).toThrow('factor f must link at least two inputs, got 1');
    expect(() => inputSpace({ inputs, factors: [{ name: 'f', rankCorrelation: 0, members: ['repairA', 'repairB'] }] })).toThrow(
      'factor f: rankCorrelation must be in (0, 1], got 0',
    );
    expect(() => space.values([0.5, 0.5])).toThrow('a point of this input space has 5 coordinates, got 2');
    expect(() => inputSpace({ inputs: [{ ...repairA, value: 100 }] })).toThrow('repairA: value 100 lies outside [2, 48]');
  });
});
