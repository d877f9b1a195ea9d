import { describe, expect, it } from 'vitest';
import { resolveVariant } from '../schema/index.ts';
import { quietTown, quietTownInput } from '../testing/index.ts';
import { runningCostParts, runningCostYen } from './running-cost.ts';
import { simulate } from './simulate.ts';

const withCosts = (costs: object) => {
  const input = quietTownInput();
  Object.assign(input.costs, costs);
  return quietTown(input);
};
const yearly = (scenario: ReturnType<typeof quietTown>, variant: string, replication = 0, horizonYears = 3) =>
  simulate(scenario, { variant, seed: 1, replication, horizonYears }).years.map((y) => y.runningCostYen);

describe('running cost', () => {
  it('takes the running cost apart into fixed costs and the systems by hosting kind, summing to runningCostYen', () => {
    const scenario = resolveVariant(quietTown(), 'cloud');
    // Systems: registry in the cloud (1,500,000), three on-prem (3 × 1,000,000).
    expect(runningCostParts(scenario).systemsYenByKind).toEqual([
      ['onprem', 3_000_000],
      ['public-cloud', 1_500_000],
    ]);
    const parts = runningCostParts(scenario);
    expect(runningCostYen(scenario)).toBe(parts.fixedYen + 4_500_000);
  });

  it('a hosting-cost factor scales only its kind, drawn once per replication: the same in every year and every variant', () => {
    const factor = withCosts({ hostingCostFactor: { 'public-cloud': { uniform: [1, 3] } } });
    const base = runningCostYen(resolveVariant(factor, 'cloud'));
    const [first, ...rest] = yearly(factor, 'cloud');
    expect(rest).toEqual([first, first]);
    // The registry's 1,500,000 yen times a factor in [1, 3].
    expect(first! - base).toBeGreaterThanOrEqual(0);
    expect(first! - base).toBeLessThanOrEqual(3_000_000);
    // On-prem variant has no public-cloud system: its cost is as written.
    expect(yearly(factor, 'onprem')).toEqual(yearly(quietTown(), 'onprem'));
    // The same draw in both cloud variants (common random numbers): the same registry cost over the base.
    const single = yearly(factor, 'cloud-single')[0]! - runningCostYen(resolveVariant(factor, 'cloud-single'));
    expect(single).toBe(first! - base);
  });

  it('a factor known as a range spreads over replications with the mean the distribution says', () => {
    const factor = withCosts({ hostingCostFactor: { 'public-cloud': { uniform: [1, 3] } } });
    const base = runningCostYen(resolveVariant(factor, 'cloud'));
    const n = 400;
    let sum = 0;
    for (let r = 0; r < n; r++) sum += (yearly(factor, 'cloud', r, 1)[0]! - base) / 1_500_000 + 1;
    // Uniform(1, 3): mean 2, sd 2/√12 ≈ 0.577; 99% interval of the mean of 400: ±2.58 × 0.577/20 ≈ ±0.075.
    expect(Math.abs(sum / n - 2)).toBeLessThan(0.075);
  });

  it('a scheduled migration cost lands in the year it is paid, by the kind the variant hosts each system on', () => {
    const migration = {
      scheduled: [{ id: 'standardisation', at: '2028-06-01', systems: ['registry', 'welfare'], yenPerSystem: { onprem: { fixed: 5_000_000 }, housing: { fixed: 4_000_000 }, 'community-cloud': { fixed: 3_000_000 }, 'public-cloud': { fixed: 2_000_000 } } }],
    };
    const scenario = withCosts(migration);
    const cloudBase = runningCostYen(resolveVariant(scenario, 'cloud'));
    // 2028-06-01 is in the second simulated year (from 2027-04-01). Cloud: registry 2,000,000 + welfare (on-prem) 5,000,000.
    expect(yearly(scenario, 'cloud')).toEqual([cloudBase, cloudBase + 7_000_000, cloudBase]);
    const onpremBase = runningCostYen(resolveVariant(scenario, 'onprem'));
    expect(yearly(scenario, 'onprem')).toEqual([onpremBase, onpremBase + 10_000_000, onpremBase]);
    // Beyond a one-year horizon: not counted.
    expect(yearly(scenario, 'onprem', 0, 1)).toEqual([onpremBase]);
    // The total cost carries it too.
    const r = simulate(scenario, { variant: 'onprem', seed: 1, horizonYears: 2 });
    expect(r.years[1]!.costYen).toBe(r.years[1]!.runningCostYen + r.years[1]!.incidentCostYen);
  });

  it('refuses a scheduled cost for an unknown system, before the start date, or without a value for a kind in use', () => {
    const input = quietTownInput();
    input.costs.scheduled = [{ id: 'm', at: '2026-06-01', systems: ['registry', 'payroll'], yenPerSystem: { onprem: { fixed: 1 } } }];
    expect(() => quietTown(input)).toThrow(/payroll[\s\S]*dateBeforeStart|dateBeforeStart[\s\S]*payroll/);
    expect(() => quietTown(input)).toThrow(/yenPerSystem/);
  });
});
