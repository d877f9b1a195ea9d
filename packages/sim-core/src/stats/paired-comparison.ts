import { requireEqualLengths } from './checks.ts';
import { clusteredMean } from './clustered-mean.ts';

/** Options of `pairedComparison`. */
export interface PairedComparisonOptions {
  /** Rows per replication (years per run), as in `clusteredMean`. */
  readonly groupSize: number;
  /** Confidence level of the interval, in (0, 1); default 0.95. */
  readonly level?: number;
  /** Replications per block of the fixed reduction tree; default 1024. */
  readonly blockSize?: number;
}

/** Difference between two variants run on common random numbers, row by row. */
export interface PairedComparison {
  /** Mean of a − b (of the replication means of a − b when rows are missing). */
  readonly meanDifference: number;
  /** Clustered by replication, as in `clusteredMean`. */
  readonly standardError: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Shares of the pooled years with a < b, a === b and a > b; they sum to 1. */
  readonly pALess: number;
  readonly pEqual: number;
  readonly pAGreater: number;
  /** Years where both a and b have a value. */
  readonly years: number;
  /** Replications with at least one such year. */
  readonly groups: number;
}

/**
 * Compares variant a with variant b on the same rows (replication k, year y of both saw the same random
 * draws): the mean of the row differences a − b with a standard error clustered by replication (see
 * `clusteredMean`), and how often a year came out lower, equal or higher. Pairing removes the noise the
 * variants share, so the interval is far narrower than one from two independent means; and because
 * most years of a resilience scenario are uneventful, pEqual says how many years the choice did not
 * matter at all.
 *
 * A row where either value is NaN is skipped. Equal infinities count as equal with difference 0.
 * Deterministic.
 *
 * @throws RangeError if a and b differ in length (naming both), or for options as in `clusteredMean`.
 * @example
 * pairedComparison(withBackupYen, withoutBackupYen, { groupSize: 50 });
 * // meanDifference < 0 with ciHigh < 0: the backup lowers the mean annual loss
 */
export function pairedComparison(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: PairedComparisonOptions,
): PairedComparison {
  requireEqualLengths('a and b', a, b);
  const differences = new Float64Array(a.length);
  let less = 0;
  let equal = 0;
  let greater = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x < y) less += 1;
    else if (x > y) greater += 1;
    else if (x === y) equal += 1;
    // x === y is tested first so that equal infinities differ by 0, not Infinity − Infinity = NaN.
    differences[i] = x === y ? 0 : x - y;
  }
  const mean = clusteredMean(differences, options);
  const years = less + equal + greater;
  return {
    meanDifference: mean.mean,
    standardError: mean.standardError,
    ciLow: mean.ciLow,
    ciHigh: mean.ciHigh,
    pALess: less / years,
    pEqual: equal / years,
    pAGreater: greater / years,
    years,
    groups: mean.groups,
  };
}
