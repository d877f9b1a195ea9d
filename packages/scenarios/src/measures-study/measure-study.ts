import { meanInterval } from '@machi/sim-core';
import { measureCosts, withoutMeasure } from '../model/measure-cost.ts';
import type { Measure, Scenario } from '../schema/index.ts';
import { variantIds } from '../schema/resolve-variant.ts';
import { runMonteCarlo, type MonteCarloOptions, type MonteCarloResult } from '../montecarlo/run-monte-carlo.ts';
import { tableColumn, type VariantTable } from '../montecarlo/table.ts';

/** The metrics the study compares with and without each measure (per year, mean over the horizon). */
export const MEASURE_STUDY_METRICS = ['downtimeHours', 'dataLostHours', 'residentsWithRecordsLost', 'costYen'] as const;
export type MeasureStudyMetric = (typeof MEASURE_STUDY_METRICS)[number];

/** One pair the study runs: an option as it is, and the same option without one of its measures. */
export interface MeasurePair {
  readonly variant: string;
  readonly index: number;
  readonly measure: Measure;
  /** The name of the variant without the measure in the study's scenario. */
  readonly without: string;
  /** Yen a year the option's running cost falls by without the measure (`measureCosts`). */
  readonly annualCostYen: number;
}

/** The study's plan: a scenario whose variants are each option and each option less one measure, and the pairs. */
export interface MeasureStudyPlan {
  readonly scenario: Scenario;
  readonly variants: readonly string[];
  readonly pairs: readonly MeasurePair[];
}

/** A mean per year over replications with its paired 95% interval (null ends when it cannot be told). */
export interface PairedEstimate {
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
}

/** What one measure buys one option: the metrics with and without it, what it avoids, and at what price. */
export interface MeasureEffect extends Omit<MeasurePair, 'without'> {
  readonly withMeasure: Readonly<Record<MeasureStudyMetric, number>>;
  readonly withoutMeasure: Readonly<Record<MeasureStudyMetric, number>>;
  /** Critical downtime avoided a year (without − with), paired over replications. */
  readonly downtimeAvoided: PairedEstimate;
  /**
   * Hours of updates lost avoided a year (without − with). A copy that saves a system whose every other
   * copy was lost can raise this (its data comes back, older) while it cuts `recordsLostAvoided`.
   */
  readonly dataLostAvoided: PairedEstimate;
  /** Residents whose records were lost with no copy left, avoided a year (without − with). */
  readonly recordsLostAvoided: PairedEstimate;
  /** Total cost added a year (with − without): the measure's running cost less the incident costs it saves. */
  readonly costAdded: PairedEstimate;
  /**
   * Yen of total cost added per hour of critical downtime avoided (costAdded / downtimeAvoided, a ratio
   * of paired means) with its delta-method 95% interval; null when the downtime avoided is not
   * positive beyond its interval (the ratio then has no finite interval).
   */
  readonly yenPerHourAvoided: PairedEstimate | null;
}

export interface MeasureStudyResult {
  readonly scenarioName: string;
  readonly seed: number | string;
  readonly runs: number;
  readonly horizonYears: number;
  readonly effects: readonly MeasureEffect[];
}

/**
 * The plan of a measures study of one option: the option, and the option without each one of its
 * measures, as the variants of one scenario so that a Monte Carlo runs them over the same simulated
 * histories (common random numbers; the streams depend on the seed and the replication only, so
 * separate plans of one seed share histories too). Pure.
 *
 * @throws RangeError when the variant does not exist.
 * @example
 * measureStudyPlan(scenarioSchema.parse(smallTown), 'housing').variants; // ['housing', 'housing-without-1', …]
 */
export function measureStudyPlan(scenario: Scenario, variant: string): MeasureStudyPlan {
  const v = scenario.variants[variant];
  if (!v) throw new RangeError(`unknown variant "${variant}"; known: ${variantIds(scenario).join(', ')}`);
  const pairs: MeasurePair[] = [];
  const studied: Scenario['variants'] = { [variant]: v };
  for (const cost of measureCosts(scenario, variant)) {
    let without = `${variant}-without-${cost.index + 1}`;
    while (without in studied) without += '-';
    studied[without] = withoutMeasure(scenario, variant, cost.index).variants[variant]!;
    pairs.push({ variant, index: cost.index, measure: cost.measure, without, annualCostYen: cost.annualYen });
  }
  return { scenario: { ...scenario, variants: studied }, variants: Object.keys(studied), pairs };
}

/** Mean per replication (over its years) of one column. */
function replicationMeans(table: VariantTable, metric: string): Float64Array {
  const column = tableColumn(table, metric);
  const out = new Float64Array(table.replications);
  for (let r = 0; r < table.replications; r++) {
    let sum = 0;
    for (let y = 0; y < table.years; y++) sum += column[r * table.years + y]!;
    out[r] = sum / table.years;
  }
  return out;
}

const meanOf = (x: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s / x.length;
};
const sdOf = (x: ArrayLike<number>, mean: number) => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i]! - mean) ** 2;
  return x.length < 2 ? NaN : Math.sqrt(s / (x.length - 1));
};
const finite = (x: number) => (Number.isFinite(x) ? x : null);

/** The paired mean of `d` (one value per replication) with its t interval. */
function paired(d: Float64Array): PairedEstimate {
  const mean = meanOf(d);
  const ci = meanInterval({ mean, standardDeviation: sdOf(d, mean), count: d.length });
  return { mean, low: finite(ci.low), high: finite(ci.high) };
}

/**
 * The ratio of paired means `cost / hours` with a delta-method interval: the t interval of the mean of
 * cost − R·hours, divided by the mean of hours. Null when the hours avoided are not positive beyond
 * their interval.
 */
function ratio(cost: Float64Array, hours: Float64Array, hoursInterval: PairedEstimate): PairedEstimate | null {
  if (hoursInterval.low === null || hoursInterval.low <= 0) return null;
  const h = meanOf(hours);
  const r = meanOf(cost) / h;
  const z = cost.map((c, i) => c - r * hours[i]!);
  const ci = meanInterval({ mean: 0, standardDeviation: sdOf(z, 0), count: z.length });
  return { mean: r, low: finite(r + ci.low / h), high: finite(r + ci.high / h) };
}

/**
 * What each measure of the plan buys, from a Monte Carlo result of the plan's scenario (its `tables`,
 * present on a fresh result): per option and measure, the per-year means with and without it, and
 * paired differences over replications (each replication's years averaged, so the interval counts
 * replications, not years).
 *
 * @throws RangeError when the result lacks a variant of the plan or its tables.
 */
export function measureEffects(plan: MeasureStudyPlan, result: MonteCarloResult): MeasureEffect[] {
  const tables = new Map((result.tables ?? []).map((t) => [t.variant, t]));
  const table = (variant: string) => {
    const t = tables.get(variant);
    if (!t) throw new RangeError(`the result has no table of variant "${variant}"`);
    return t;
  };
  const means = (variant: string) => Object.fromEntries(MEASURE_STUDY_METRICS.map((m) => [m, replicationMeans(table(variant), m)])) as Record<MeasureStudyMetric, Float64Array>;
  return plan.pairs.map((pair): MeasureEffect => {
    const on = means(pair.variant);
    const off = means(pair.without);
    const diff = (a: Float64Array, b: Float64Array) => a.map((x, i) => x - b[i]!);
    const hours = diff(off.downtimeHours, on.downtimeHours);
    const cost = diff(on.costYen, off.costYen);
    const downtimeAvoided = paired(hours);
    const summary = (x: Record<MeasureStudyMetric, Float64Array>) => Object.fromEntries(MEASURE_STUDY_METRICS.map((m) => [m, meanOf(x[m])])) as Record<MeasureStudyMetric, number>;
    return {
      variant: pair.variant,
      index: pair.index,
      measure: pair.measure,
      annualCostYen: pair.annualCostYen,
      withMeasure: summary(on),
      withoutMeasure: summary(off),
      downtimeAvoided,
      dataLostAvoided: paired(diff(off.dataLostHours, on.dataLostHours)),
      recordsLostAvoided: paired(diff(off.residentsWithRecordsLost, on.residentsWithRecordsLost)),
      costAdded: paired(cost),
      yenPerHourAvoided: ratio(cost, hours, downtimeAvoided),
    };
  });
}

/**
 * The measures study in one call (in-process, browser-safe; plain data out): what each measure of each
 * option (`variants`, default all) buys — critical downtime, data lost and cost with and without it
 * under common random numbers, and its cost per hour of downtime avoided with a paired interval. One
 * Monte Carlo per option. Same scenario, options and seed ⇒ the same result.
 *
 * @example
 * const study = await measureStudy(scenarioSchema.parse(smallTown), { runs: 200, seed: 1 });
 * study.effects.find((e) => e.variant === 'housing' && e.measure.kind === 'line-routes')?.yenPerHourAvoided;
 */
export async function measureStudy(
  scenario: Scenario,
  options: Pick<MonteCarloOptions, 'runs' | 'seed' | 'horizonYears' | 'signal'> & { readonly variants?: readonly string[] },
): Promise<MeasureStudyResult> {
  const effects: MeasureEffect[] = [];
  let runs = options.runs;
  for (const variant of options.variants ?? variantIds(scenario)) {
    const plan = measureStudyPlan(scenario, variant);
    const result = await runMonteCarlo(plan.scenario, { runs: options.runs, seed: options.seed, horizonYears: options.horizonYears ?? 10, variants: plan.variants, ...(options.signal ? { signal: options.signal } : {}) });
    runs = Math.min(runs, result.stamp.runs);
    effects.push(...measureEffects(plan, result));
  }
  return { scenarioName: scenario.name, seed: options.seed, runs, horizonYears: options.horizonYears ?? 10, effects };
}
