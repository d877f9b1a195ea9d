import { sortedFinite } from './quantile.ts';
import type { SortedSample } from './sorted-sample.ts';

/** The return periods reported by default, in years. */
export const RETURN_PERIODS = [2, 5, 10, 20, 50, 100, 200, 500, 1000] as const;

/** Options of `returnPeriodRisk`. */
export interface ReturnPeriodRiskOptions {
  /** Return periods in years, each > 1; default `RETURN_PERIODS`. */
  readonly periods?: readonly number[];
}

/** Loss at one return period, or `available: false` when too few years were simulated to say. */
export interface ReturnPeriodRisk {
  readonly returnPeriodYears: number;
  /** Whether yearsSimulated ≥ 10 · returnPeriodYears (at least 10 years beyond VaR). */
  readonly available: boolean;
  /** x(n−k) with k = ⌊n/T⌋; null when not available. */
  readonly valueAtRisk: number | null;
  /** Mean of the k worst years; null when not available. */
  readonly tailValueAtRisk: number | null;
  /** Pooled years with a value (NaN rows skipped). */
  readonly yearsSimulated: number;
}

/**
 * Value at risk (VaR) and tail value at risk (TVaR) of an annual loss column at each return period T,
 * pooling all years of all replications (the order of rows does not matter).
 *
 * The rule, with the n pooled years sorted ascending x(1) ≤ … ≤ x(n) and k = ⌊n/T⌋ (exact for integer
 * T) the number of years expected to be at least as bad as a T-year event:
 * - VaR = x(n−k), the largest value not among the k worst years (an order statistic, never
 *   interpolated): the loss exceeded in at most a share 1/T of the years;
 * - TVaR = (x(n−k+1) + … + x(n)) / k, the mean of the k worst years; TVaR ≥ VaR always.
 *
 * A period is available only when n ≥ 10·T, so at least ten years lie beyond VaR; otherwise both values
 * are null — the tail is never extrapolated. NaN rows are skipped. Deterministic (sorts a copy).
 *
 * @throws RangeError if a period is not a finite number > 1.
 * @example
 * returnPeriodRisk(lossYen, { periods: [100] });
 * // n = 10,000 years: k = 100, VaR = x(9900), TVaR = mean of x(9901) … x(10000)
 */
export function returnPeriodRisk(
  values: ArrayLike<number> | SortedSample,
  options: ReturnPeriodRiskOptions = {},
): ReturnPeriodRisk[] {
  const periods = options.periods ?? RETURN_PERIODS;
  for (const period of periods) {
    if (!(period > 1 && Number.isFinite(period))) {
      throw new RangeError(`return period must be a finite number of years > 1, got ${period}`);
    }
  }
  const sorted = sortedFinite(values);
  const yearsSimulated = sorted.length;
  return periods.map((returnPeriodYears) => {
    if (yearsSimulated < 10 * returnPeriodYears) {
      return { returnPeriodYears, available: false, valueAtRisk: null, tailValueAtRisk: null, yearsSimulated };
    }
    const risk = tailRisk(sorted, Math.floor(yearsSimulated / returnPeriodYears));
    return { returnPeriodYears, available: true, ...risk, yearsSimulated };
  });
}

/**
 * Value at risk and tail value at risk of `sorted` (ascending, no NaN) for its `k` worst (largest)
 * values, 1 ≤ k < sorted.length: VaR is x(n−k), the largest value not among the k worst, and TVaR the
 * mean of the k worst, x(n−k+1) … x(n).
 *
 * TVaR is summed as VaR + mean(x − VaR): the excesses are ≥ 0 in floating point too, so TVaR ≥ VaR holds
 * exactly, and a tail of values equal to VaR gives TVaR === VaR (ten 0.1s summed and divided by 10 give
 * 0.09999999999999999).
 */
function tailRisk(sorted: Float64Array, k: number): { valueAtRisk: number; tailValueAtRisk: number } {
  const n = sorted.length;
  const valueAtRisk = sorted[n - k - 1];
  let excess = 0;
  for (let i = n - k; i < n; i++) excess += sorted[i] === valueAtRisk ? 0 : sorted[i] - valueAtRisk;
  return { valueAtRisk, tailValueAtRisk: valueAtRisk + excess / k };
}
