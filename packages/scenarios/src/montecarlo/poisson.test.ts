import { regularizedGammaQ } from '@machi/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { quietTown, quietTownInput } from '../testing/index.ts';
import { simulate } from '../model/index.ts';
import type { VariantResult } from './aggregate.ts';
import { runMonteCarlo, type MonteCarloResult } from './run-monte-carlo.ts';

// The quiet town with one random process left: mis-sent letters at λ a year, 10 persons each, so every
// incident costs the same L and a year's total is L·N with N ~ Poisson(λ). The curves have closed forms:
//   AEP: P(L·N > x) = P(N > ⌊x/L⌋),   OEP: P(largest > x) = 1 − e^{−λ} for 0 ≤ x < L, else 0.
const RATE = 0.7;
const input = quietTownInput();
input.threats.leaks[0]!.annualRate = RATE;
const town = quietTown({ threats: input.threats, variants: { onprem: {} } });

/** P(N > n) for N ~ Poisson(λ): the regularized lower gamma P(n + 1, λ). */
const tail = (n: number) => 1 - regularizedGammaQ(n + 1, RATE);

describe('runMonteCarlo on one Poisson hazard with a fixed loss', () => {
  const one = simulate(town, { variant: 'onprem', seed: 5, replication: 0, horizonYears: 50 });
  const loss = one.outcomes[0]!.costYen;
  let result: MonteCarloResult;
  let variant: VariantResult;
  beforeAll(async () => {
    result = await runMonteCarlo(town, { runs: 3000, seed: 11, horizonYears: 10 });
    variant = result.variants[0]!;
  });

  it('every incident costs the same', () => {
    expect(one.outcomes.length).toBeGreaterThan(10);
    expect(new Set(one.outcomes.map((o) => o.costYen))).toEqual(new Set([loss]));
    expect(loss).toBeGreaterThan(0);
  });

  it('reproduces the expected annual loss λ·L and incident rate λ within the reported intervals', () => {
    const cost = variant.metrics.incidentCostYen!;
    expect(cost.ciLow).toBeLessThanOrEqual(RATE * loss);
    expect(cost.ciHigh).toBeGreaterThanOrEqual(RATE * loss);
    const incidents = variant.metrics.incidents!;
    expect(incidents.ciLow).toBeLessThanOrEqual(RATE);
    expect(incidents.ciHigh).toBeGreaterThanOrEqual(RATE);
    // The interval is the Monte Carlo one: ±1.96·√(λ/years)·L, give or take the t quantile.
    expect((cost.ciHigh! - cost.ciLow!) / 2 / loss).toBeCloseTo(1.96 * Math.sqrt(RATE / 30_000), 2);
  });

  it('reproduces the analytic AEP curve: each point\'s band holds the true quantile', () => {
    const { aep, probabilityPositive } = variant.exceedance.incidentCostYen!;
    expect(aep.length).toBeGreaterThan(20);
    let inside = 0;
    for (const point of aep) {
      // The true value at exceedance probability p: the smallest L·n with P(N > n) ≤ p.
      let n = 0;
      while (tail(n) > point.exceedanceProbability) n++;
      if (point.ciLow <= n * loss && n * loss <= point.ciHigh) inside++;
    }
    // Bands are pointwise 95%: allow a miss in ten, far below what a wrong curve would give.
    expect(inside / aep.length).toBeGreaterThanOrEqual(0.9);
    expect(Math.abs(probabilityPositive - tail(0))).toBeLessThan(3 * Math.sqrt((tail(0) * (1 - tail(0))) / 30_000));
  });

  it('reproduces the analytic OEP curve: L up to 1 − e^{−λ}, 0 beyond', () => {
    const { oep } = variant.exceedance.incidentCostYen!;
    const positive = tail(0); // 1 − e^{−λ} ≈ 0.503
    for (const point of oep) {
      const truth = point.exceedanceProbability < positive ? loss : 0;
      const clear = Math.abs(point.exceedanceProbability - positive) > 0.02;
      if (clear) expect(point.value).toBe(truth);
      expect(point.ciLow <= truth && truth <= point.ciHigh).toBe(true);
    }
  });

  it('counts incidents as Poisson: the share of years with n incidents matches the pmf', () => {
    const column = result.tables[0]!.columns.incidents!;
    const pmf = (n: number) => tail(n - 1) - tail(n);
    for (let n = 0; n <= 3; n++) {
      const share = column.filter((v) => v === n).length / column.length;
      const expected = n === 0 ? 1 - tail(0) : pmf(n);
      expect(Math.abs(share - expected)).toBeLessThan(3.5 * Math.sqrt((expected * (1 - expected)) / column.length));
    }
  });

  it('gives VaR at return periods as the order statistic of L·N', () => {
    for (const risk of variant.metrics.incidentCostYen!.returnPeriods) {
      if (!risk.available) {
        expect(risk.returnPeriodYears * 10).toBeGreaterThan(30_000);
        continue;
      }
      expect(risk.valueAtRisk! % loss).toBe(0);
      let n = 0;
      while (tail(n) > 1 / risk.returnPeriodYears) n++;
      // The empirical quantile sits on the true one or a neighbouring count.
      expect(Math.abs(risk.valueAtRisk! / loss - n)).toBeLessThanOrEqual(1);
    }
  });
});

