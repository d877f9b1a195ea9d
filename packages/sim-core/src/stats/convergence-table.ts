import { requireGroups, requirePositiveInteger } from './checks.ts';
import { clusteredMean } from './clustered-mean.ts';

/** Options of `convergenceTable`. */
export interface ConvergenceTableOptions {
  /** Rows per replication (years per run), as in `clusteredMean`. */
  readonly groupSize: number;
  /** Replications in the first row; later rows double it. */
  readonly batchGroups: number;
  /** Confidence level of the intervals, in (0, 1); default 0.95. */
  readonly level?: number;
}

/** The estimate of the mean from the first `replications` replications. */
export interface ConvergenceRow {
  readonly replications: number;
  readonly mean: number;
  readonly standardError: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** halfWidth / |mean|: Infinity (or NaN) when the mean is 0. */
  readonly relativeHalfWidth: number;
}

/**
 * How the estimate of a mean settles as replications are added: `clusteredMean` of the first
 * batchGroups × 1, 2, 4, 8, … replications while that fits, and a last row at all replications unless
 * the doubling already ended there. Each row reads a prefix of the column, so it is exactly what a run
 * stopped at that many replications would report — deterministic, and independent of the later rows.
 *
 * @throws RangeError unless groupSize divides values.length and batchGroups is a positive integer.
 * @example
 * convergenceTable(lossYen, { groupSize: 50, batchGroups: 100 }).map((row) => row.replications);
 * // 1,000 replications: [100, 200, 400, 800, 1000]
 */
export function convergenceTable(values: ArrayLike<number>, options: ConvergenceTableOptions): ConvergenceRow[] {
  const { groupSize, level } = options;
  const total = requireGroups(values.length, groupSize);
  const sizes: number[] = [];
  for (let size = requirePositiveInteger('batchGroups', options.batchGroups); size <= total; size *= 2) sizes.push(size);
  if (total > 0 && sizes.at(-1) !== total) sizes.push(total);
  return sizes.map((replications) => {
    const estimate = clusteredMean(head(values, replications * groupSize), { groupSize, level });
    return {
      replications,
      mean: estimate.mean,
      standardError: estimate.standardError,
      ciLow: estimate.ciLow,
      ciHigh: estimate.ciHigh,
      relativeHalfWidth: estimate.halfWidth / Math.abs(estimate.mean),
    };
  });
}

/** The first `length` rows; a typed array's subarray is a view, so a long column is not copied per row. */
function head(values: ArrayLike<number>, length: number): ArrayLike<number> {
  if (ArrayBuffer.isView(values)) return (values as unknown as Float64Array).subarray(0, length);
  return Array.prototype.slice.call(values, 0, length) as number[];
}
