/**
 * A column's finite values sorted ascending, made once and handed to every order-statistic estimator
 * (`quantiles`, `returnPeriodRisk`, `exceedanceCurve`), which would otherwise each sort their own copy:
 * a Monte Carlo result asks about a million-row column several times.
 *
 * @example
 * const sample = SortedSample.of(column);
 * quantiles(sample, [0.5]); returnPeriodRisk(sample);
 */
export class SortedSample {
  private constructor(readonly values: Float64Array) {}

  /** Sorts a copy of `values` without NaN. */
  static of(values: ArrayLike<number> | SortedSample): SortedSample {
    return values instanceof SortedSample ? values : new SortedSample(sortFinite(values));
  }

  get length(): number {
    return this.values.length;
  }
}

/**
 * Copy without NaN, sorted ascending (typed-array sort: numeric, deterministic). Most Monte Carlo
 * columns are mostly zeros (a year with no incident), so the zeros are counted rather than sorted and
 * only the negative and positive values go through the sort. −0 is kept apart from +0 as the
 * typed-array sort orders them (−0 first).
 */
function sortFinite(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  let negatives = 0;
  let positives = 0;
  let negativeZeros = 0;
  let zeros = 0;
  // Negatives fill from the front, positives from the back; zeros go between once counted.
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < 0) out[negatives++] = v;
    else if (v > 0) out[n - 1 - positives++] = v;
    else if (v === 0) Object.is(v, -0) ? negativeZeros++ : zeros++;
  }
  const finite = negatives + negativeZeros + zeros + positives;
  const result = new Float64Array(finite);
  result.set(out.subarray(0, negatives).sort(), 0);
  result.fill(-0, negatives, negatives + negativeZeros);
  // result is zero-filled already between the negatives and the positives.
  result.set(out.subarray(n - positives, n).sort(), finite - positives);
  return result;
}
