import { quantileSorted } from 'd3-array';
import { SortedSample } from './sorted-sample.ts';

/**
 * Quantiles of `values` at each probability in `probabilities`, by d3-array's `quantileSorted`: linear
 * interpolation between order statistics at position (n − 1)·p (Hyndman & Fan type 7, as R and NumPy
 * default). NaN values are skipped; an empty input gives NaN. Sorts a copy once; `values` is unchanged.
 *
 * @example
 * quantiles([3, 1, 2, 4], [0.5, 1]); // [2.5, 4]
 */
export function quantiles(values: ArrayLike<number> | SortedSample, probabilities: readonly number[]): number[] {
  for (const p of probabilities) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability must be in [0, 1], got ${p}`);
  }
  const sorted = sortedFinite(values);
  return probabilities.map((p) => (sorted.length === 0 ? NaN : (quantileSorted(sorted as unknown as number[], p) as number)));
}

/** The sorted finite values of a column (sorted once, or as a `SortedSample` already holds them). */
export const sortedFinite = (values: ArrayLike<number> | SortedSample): Float64Array => SortedSample.of(values).values;
