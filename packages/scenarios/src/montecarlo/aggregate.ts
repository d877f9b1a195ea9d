import {
  actionFrequency,
  clusteredMean,
  convergenceTable,
  exceedanceCurve,
  jointProbability,
  pairedComparison,
  quantiles,
  returnPeriodRisk,
  SortedSample,
  type ConvergenceRow,
  type ExceedanceCurve,
  type ExceedancePoint,
  type ReturnPeriodRisk,
} from '@machi/sim-core';
import { ACTIONS } from '../policy/index.ts';
import type { VariantBlock } from './block.ts';
import { columnName, EXCEEDANCE_METRICS, HEADLINE_METRICS, metricColumn } from '../vocabulary/metrics.ts';
import { largestColumn } from './columns.ts';
import { parseDriverKey } from './block.ts';
import { tableColumn, type VariantTable } from './table.ts';

/**
 * A number that may not exist: an interval from a single replication, the relative width of a zero mean.
 * Results hold `null` there, never NaN or Infinity, so that they go to JSON and back unchanged.
 */
export type Estimate = number | null;

/** Expected annual value of one metric (the replication as the unit) and its distribution over years. */
export interface MetricResult {
  readonly mean: number;
  readonly stderr: Estimate;
  readonly ciLow: Estimate;
  readonly ciHigh: Estimate;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  /** VaR and TVaR at 2 … 1000-year return periods; unavailable beyond a tenth of the years simulated. */
  readonly returnPeriods: ReturnPeriodRisk[];
}

export interface ActionResult {
  readonly annualProbability: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly expectedPerYear: number;
  /** 1 / annualProbability; null when the action never happened. */
  readonly returnPeriodYears: number | null;
  readonly yearsWithAction: number;
  /**
   * Incidents that triggered the action, by incident kind and by cause. An incident of several kinds
   * counts under each, so the kind counts may add up to more than `incidents`.
   */
  readonly drivers: { readonly incidents: number; readonly byKind: Record<string, number>; readonly byCause: Record<string, number> };
}

export interface ExceedanceResult {
  /** Share of years with a positive annual total. */
  readonly probabilityPositive: number;
  /** Annual total exceeded with each probability (pooled years), with an order-statistic band. */
  readonly aep: ExceedancePoint[];
  /** Largest single incident of the year exceeded with each probability. */
  readonly oep: ExceedancePoint[];
}

export interface VariantResult {
  readonly id: string;
  readonly metrics: Record<string, MetricResult>;
  readonly actions: Record<string, ActionResult>;
  /** Annual probability that both actions of a pair happen in the same year. */
  readonly jointActions: { a: string; b: string; probability: number; ciLow: number; ciHigh: number }[];
  readonly exceedance: Record<string, ExceedanceResult>;
  /** Running estimate of each headline metric at 1, 2, 4, … batches. */
  readonly convergence: Record<string, { readonly [K in keyof ConvergenceRow]: K extends 'replications' | 'mean' ? number : Estimate }[]>;
}

export interface Comparison {
  readonly a: string;
  readonly b: string;
  readonly metric: string;
  /** Mean over years of A − B, with an interval from the replication-paired differences. */
  readonly meanDifference: number;
  readonly stderr: Estimate;
  readonly ciLow: Estimate;
  readonly ciHigh: Estimate;
  /** Shares of the paired years in which A was lower than, equal to or higher than B. */
  readonly pALess: number;
  readonly pEqual: number;
  readonly pAGreater: number;
}

/** Metric columns reported as metrics (actions and largest-incident columns are reported apart). */
export const reportedMetrics = (table: VariantTable): string[] =>
  table.names.filter((n) => {
    const kind = metricColumn(n).kind;
    return kind !== 'action' && kind !== 'largest';
  });

/**
 * Everything reported about one variant, from its table and the blocks that filled it. Pure and
 * order-fixed: the same table gives the same bytes.
 */
export function aggregateVariant(table: VariantTable, drivers: readonly VariantBlock['drivers'][], batchReplications: number): VariantResult {
  const groupSize = table.years;
  // Each column is sorted once, for its quantiles, return periods and exceedance curve, and dropped
  // before the next: a 100,000-replication column sorted is 8 MB, and there are dozens.
  const metrics: Record<string, MetricResult> = {};
  const aep: Record<string, ExceedanceCurve> = {};
  const exceedanceMetrics: readonly string[] = EXCEEDANCE_METRICS;
  for (const metric of reportedMetrics(table)) {
    const column = tableColumn(table, metric);
    const sorted = SortedSample.of(column);
    metrics[metric] = metricResult(column, sorted, groupSize);
    if (exceedanceMetrics.includes(metric)) aep[metric] = exceedanceCurve(sorted);
  }

  const driverTotals = sumDrivers(drivers);
  const actions: Record<string, ActionResult> = {};
  for (const action of ACTIONS) {
    const f = actionFrequency(tableColumn(table, columnName({ kind: 'action', action })));
    actions[action] = {
      annualProbability: f.annualProbability,
      ciLow: f.ciLow,
      ciHigh: f.ciHigh,
      expectedPerYear: f.expectedPerYear,
      returnPeriodYears: f.returnPeriodYears,
      yearsWithAction: f.yearsWithAction,
      drivers: driverTotals[action] ?? { incidents: 0, byKind: {}, byCause: {} },
    };
  }
  const jointActions = ACTIONS.flatMap((a, i) =>
    ACTIONS.slice(i + 1).map((b) => ({ a, b, ...jointProbability(tableColumn(table, columnName({ kind: 'action', action: a })), tableColumn(table, columnName({ kind: 'action', action: b }))) })),
  );

  const exceedance: Record<string, ExceedanceResult> = {};
  for (const metric of EXCEEDANCE_METRICS) {
    const oep = exceedanceCurve(tableColumn(table, largestColumn(metric)));
    exceedance[metric] = { probabilityPositive: aep[metric]!.probabilityPositive, aep: aep[metric]!.points, oep: oep.points };
  }

  const convergence: VariantResult['convergence'] = {};
  for (const { metric } of HEADLINE_METRICS) {
    convergence[metric] = convergenceTable(tableColumn(table, metric), { groupSize, batchGroups: batchReplications }).map((row) => ({
      replications: row.replications,
      mean: row.mean,
      standardError: estimate(row.standardError),
      ciLow: estimate(row.ciLow),
      ciHigh: estimate(row.ciHigh),
      relativeHalfWidth: estimate(row.relativeHalfWidth),
    }));
  }
  return { id: table.variant, metrics, actions, jointActions, exceedance, convergence };
}

function metricResult(column: ArrayLike<number>, sorted: SortedSample, groupSize: number): MetricResult {
  const m = clusteredMean(column, { groupSize });
  const [p50, p90, p99, max] = quantiles(sorted, [0.5, 0.9, 0.99, 1]);
  return {
    mean: m.mean,
    stderr: estimate(m.standardError),
    ciLow: estimate(m.ciLow),
    ciHigh: estimate(m.ciHigh),
    p50: p50!,
    p90: p90!,
    p99: p99!,
    max: max!,
    returnPeriods: returnPeriodRisk(sorted),
  };
}

/** Driver counts of one variant summed over its blocks, with keys in sorted order (stable bytes). */
function sumDrivers(blocks: readonly VariantBlock['drivers'][]): Record<string, ActionResult['drivers']> {
  const totals: Record<string, Record<string, number>> = {};
  for (const drivers of blocks) {
    for (const [action, counts] of Object.entries(drivers)) {
      const into = (totals[action] ??= {});
      for (const [key, n] of Object.entries(counts)) into[key] = (into[key] ?? 0) + n;
    }
  }
  const out: Record<string, ActionResult['drivers']> = {};
  for (const [action, counts] of Object.entries(totals)) {
    const byKind: Record<string, number> = {};
    const byCause: Record<string, number> = {};
    let incidents = 0;
    for (const [key, n] of Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const driver = parseDriverKey(key);
      if (driver.kind !== undefined) byKind[driver.kind] = n;
      else {
        byCause[driver.cause] = n;
        incidents += n;
      }
    }
    out[action] = { incidents, byKind, byCause };
  }
  return out;
}

/** Paired comparisons of every pair of variants (in their order) on every reported metric. */
export function compareVariants(tables: readonly VariantTable[]): Comparison[] {
  const out: Comparison[] = [];
  for (let i = 0; i < tables.length; i++) {
    for (let j = i + 1; j < tables.length; j++) {
      const a = tables[i]!;
      const b = tables[j]!;
      for (const metric of reportedMetrics(a)) {
        const c = pairedComparison(tableColumn(a, metric), tableColumn(b, metric), { groupSize: a.years });
        out.push({
          a: a.variant,
          b: b.variant,
          metric,
          meanDifference: c.meanDifference,
          stderr: estimate(c.standardError),
          ciLow: estimate(c.ciLow),
          ciHigh: estimate(c.ciHigh),
          pALess: c.pALess,
          pEqual: c.pEqual,
          pAGreater: c.pAGreater,
        });
      }
    }
  }
  return out;
}

/** A finite number as it is; NaN and ±Infinity (nothing to estimate from) as null. */
export const estimate = (x: number): Estimate => (Number.isFinite(x) ? x : null);
