import { requireGroups } from './checks.ts';

/** Per-replication means of a Monte Carlo column and the number of rows that had a value. */
export interface GroupMeans {
  /** Mean of each group of `groupSize` consecutive rows; NaN for a group whose rows are all NaN. */
  readonly means: Float64Array;
  /** Rows that were not NaN, over all groups. */
  readonly count: number;
}

/**
 * Means of each run of `groupSize` consecutive values (row index = replication · groupSize + year), in
 * index order, so the replication — the independent unit — becomes one number. NaN rows are skipped:
 * a group's mean is over its remaining rows, and a group with no rows left has mean NaN.
 *
 * @throws RangeError unless groupSize is a positive integer dividing values.length.
 * @example
 * groupMeans([1, 3, 2, NaN], 2); // { means: Float64Array [2, 2], count: 3 }
 */
export function groupMeans(values: ArrayLike<number>, groupSize: number): GroupMeans {
  const means = new Float64Array(requireGroups(values.length, groupSize));
  let count = 0;
  for (let group = 0; group < means.length; group++) {
    let sum = 0;
    let rows = 0;
    for (let i = group * groupSize, end = i + groupSize; i < end; i++) {
      const x = values[i];
      if (Number.isNaN(x)) continue;
      sum += x;
      rows += 1;
    }
    means[group] = rows === 0 ? NaN : sum / rows;
    count += rows;
  }
  return { means, count };
}
