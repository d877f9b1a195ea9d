import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../montecarlo/run-monte-carlo.ts';
import { resolveVariant } from '../schema/resolve-variant.ts';
import { scenarioSchema } from '../schema/scenario.ts';
import { quietTownInput } from '../testing/index.ts';
import { measureStudy, measureStudyPlan } from './measure-study.ts';

/**
 * The quiet town with everyday faults on its one line (two a year, 12 h each) and nothing else going
 * on: the cloud option's downtime is line cuts. Its measures: a second route on that line, and a longer
 * generator at the town hall that nothing in this town needs.
 */
function lineCutTown() {
  const input = quietTownInput();
  input.links![0]!.faultAnnualRatePerRoute = 2;
  input.variants = {
    cloud: {
      systems: { registry: { site: 'cloud', deployment: 'multiAz', backups: [{ site: 'cloud', intervalHours: 24, offline: false }] } },
      measures: [
        { kind: 'line-routes', link: 'line-dc', routes: 2 },
        { kind: 'generator-hours', site: 'townhall', hours: 72, annualCostYen: 300_000 },
      ],
    },
  };
  return scenarioSchema.parse(input);
}

describe('the measures study', () => {
  it('plans each option and each option less one of its measures, in one scenario', () => {
    const plan = measureStudyPlan(lineCutTown(), 'cloud');
    expect(plan.variants).toEqual(['cloud', 'cloud-without-1', 'cloud-without-2']);
    expect(resolveVariant(plan.scenario, 'cloud-without-1').links[0]!.routes).toBe(1);
    expect(resolveVariant(plan.scenario, 'cloud-without-2').links[0]!.routes).toBe(2);
    // The second route at the line's 500,000 yen a route; the generator at its own cost.
    expect(plan.pairs.map((p) => [p.without, p.annualCostYen])).toEqual([['cloud-without-1', 500_000], ['cloud-without-2', 300_000]]);
  });

  it('a second route on a line-cut option reduces its downtime; cost per hour avoided is Δcost / Δhours; what buys nothing gets no ratio', async () => {
    const scenario = lineCutTown();
    const study = await measureStudy(scenario, { runs: 40, seed: 7, horizonYears: 5 });
    const [route, generator] = study.effects;
    expect(route!.measure.kind).toBe('line-routes');
    // Two cuts a year of 12 h on one route: about 24 h a year of the registry down; two routes must both be cut.
    expect(route!.withoutMeasure.downtimeHours).toBeGreaterThan(10);
    expect(route!.downtimeAvoided.low).toBeGreaterThan(0);
    expect(route!.withMeasure.downtimeHours).toBeLessThan(route!.withoutMeasure.downtimeHours / 5);
    expect(route!.downtimeAvoided.mean).toBeCloseTo(route!.withoutMeasure.downtimeHours - route!.withMeasure.downtimeHours, 9);
    expect(route!.costAdded.mean).toBeCloseTo(route!.withMeasure.costYen - route!.withoutMeasure.costYen, 3);
    const ratio = route!.yenPerHourAvoided!;
    expect(ratio.mean).toBeCloseTo(route!.costAdded.mean / route!.downtimeAvoided.mean, 6);
    expect(ratio.low!).toBeLessThan(ratio.mean);
    expect(ratio.high!).toBeGreaterThan(ratio.mean);
    // Nothing here needs the generator: it avoids no downtime, costs its 300,000 a year, and has no price per hour.
    expect(generator!.downtimeAvoided.mean).toBe(0);
    expect(generator!.costAdded.mean).toBeCloseTo(300_000, 3);
    expect(generator!.yenPerHourAvoided).toBeNull();
  });

  it('runs the option over the same histories as a plain run (common random numbers)', async () => {
    const scenario = lineCutTown();
    const study = await measureStudy(scenario, { runs: 20, seed: 3, horizonYears: 3 });
    const plain = await runMonteCarlo(scenario, { runs: 20, seed: 3, horizonYears: 3 });
    expect(study.effects[0]!.withMeasure.downtimeHours).toBeCloseTo(plain.variants[0]!.metrics.downtimeHours!.mean, 9);
  });
});
