import { blockMoments } from './block-moments.ts';
import { meanInterval } from './confidence.ts';
import { groupMeans } from './group-means.ts';

/** Options of `clusteredMean`. */
export interface ClusteredMeanOptions {
  /** Rows per replication (years per run): row index = replication · groupSize + year. */
  readonly groupSize: number;
  /** Confidence level of the interval, in (0, 1); default 0.95. */
  readonly level?: number;
  /** Replications per block of the fixed reduction tree (see `blockMoments`); default 1024. */
  readonly blockSize?: number;
}

/** Mean of a Monte Carlo column with a standard error that treats the replication as the unit. */
export interface ClusteredMean {
  /** Rows (years) with a value: values.length minus the NaN rows. */
  readonly count: number;
  /** Replications with at least one value. */
  readonly groups: number;
  /** Mean of the replication means: the mean over all years when no row is missing. */
  readonly mean: number;
  /** sd(replication means) / √groups; NaN with fewer than two replications. */
  readonly standardError: number;
  /** Student t interval with groups − 1 degrees of freedom. */
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly halfWidth: number;
}

/**
 * Mean of a column of `groupSize` years per replication, with a cluster-robust standard error: years
 * inside one replication may be correlated (a quake year is followed by rebuilding years), so only the
 * replication means are independent, and the standard error is sd(replication means)/√groups with a
 * Student t interval on groups − 1 degrees of freedom. Treating every year as independent would
 * understate the error whenever years are positively correlated.
 *
 * NaN rows are skipped: each replication's mean is over its remaining years, and every replication with
 * a value weighs the same in the mean (so with missing rows the mean is the mean of replication means,
 * not of the pooled years). Deterministic: the replication means are reduced by `blockMoments` over
 * fixed blocks of `blockSize` replications.
 *
 * @throws RangeError unless groupSize is a positive integer dividing values.length, or for a bad level
 *   or blockSize.
 * @example
 * clusteredMean([1, 3, 2, 2, 6, 4], { groupSize: 2 });
 * // replication means 2, 2, 5: mean 3, standardError 1, 95% t(2) interval 3 ± 4.30
 */
export function clusteredMean(values: ArrayLike<number>, options: ClusteredMeanOptions): ClusteredMean {
  const { means, count } = groupMeans(values, options.groupSize);
  const moments = blockMoments(means, options.blockSize ?? 1024);
  const groups = moments.count;
  const standardDeviation = groups < 2 ? NaN : Math.sqrt(moments.m2 / (groups - 1));
  const interval = meanInterval(
    { mean: moments.mean, standardDeviation, count: groups },
    { level: options.level ?? 0.95 },
  );
  return {
    count,
    groups,
    mean: moments.mean,
    standardError: standardDeviation / Math.sqrt(groups),
    ciLow: interval.low,
    ciHigh: interval.high,
    halfWidth: interval.halfWidth,
  };
}
