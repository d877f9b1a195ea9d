import { blockMoments } from './block-moments.ts';
import { meanInterval } from './confidence.ts';
import { quantiles } from './quantile.ts';
import type { ReplicationTable } from './replication-table.ts';

/** Summary of one metric over the replications (the replication is the independent unit). */
export interface MetricSummary {
  /** Replications with a value (NaN rows are skipped). */
  readonly count: number;
  readonly mean: number;
  /** Sample standard deviation across replications. */
  readonly standardDeviation: number;
  /** Standard error of the mean: standardDeviation / √count. */
  readonly standardError: number;
  /** Confidence interval of the mean (Student t, count − 1 degrees of freedom). */
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly min: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

/**
 * Summarizes every metric of a replication table. Moments are reduced over fixed blocks of `blockSize`
 * replications in a fixed tree (see `blockMoments`) and quantiles come from the sorted column, so the
 * result depends on the table alone: byte-identical however its rows were split into chunks or workers.
 *
 * @example
 * summarize(table).downtimeHours.ciHigh;
 */
export function summarize(
  table: ReplicationTable,
  options: { level?: number; blockSize?: number } = {},
): Record<string, MetricSummary> {
  const summary: Record<string, MetricSummary> = {};
  for (const metric of table.metrics) {
    const column = table.columns[metric];
    const moments = blockMoments(column, options.blockSize);
    const standardDeviation = moments.count < 2 ? NaN : Math.sqrt(moments.m2 / (moments.count - 1));
    const interval = meanInterval(
      { mean: moments.mean, standardDeviation, count: moments.count },
      { level: options.level ?? 0.95 },
    );
    const [p50, p90, p99] = quantiles(column, [0.5, 0.9, 0.99]);
    summary[metric] = {
      count: moments.count,
      mean: moments.mean,
      standardDeviation,
      standardError: standardDeviation / Math.sqrt(moments.count),
      ciLow: interval.low,
      ciHigh: interval.high,
      min: moments.min,
      p50,
      p90,
      p99,
      max: moments.max,
    };
  }
  return summary;
}
