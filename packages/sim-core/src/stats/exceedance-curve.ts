import { normalQuantile } from '../math/index.ts';
import { requireLevel } from './checks.ts';
import { exceedanceGrid } from './exceedance-grid.ts';
import { sortedFinite } from './quantile.ts';
import type { SortedSample } from './sorted-sample.ts';

/** Options of `exceedanceCurve`. */
export interface ExceedanceCurveOptions {
  /** Confidence level of the band, in (0, 1); default 0.95. */
  readonly level?: number;
  /** Grid steps per decade of exceedance probability; default 10. */
  readonly perDecade?: number;
  /** Fewest years that must lie beyond a point for it to be shown; default 10. */
  readonly minExceedances?: number;
}

/** One point of an exceedance curve: the value exceeded in a share p of the years. */
export interface ExceedancePoint {
  readonly exceedanceProbability: number;
  /** 1 / exceedanceProbability. */
  readonly returnPeriodYears: number;
  readonly value: number;
  /** Distribution-free order-statistic band for the value. */
  readonly ciLow: number;
  readonly ciHigh: number;
}

/** Exceedance (loss-exceedance) curve of an annual column, pooled over all years. */
export interface ExceedanceCurve {
  /** Pooled years with a value (NaN rows skipped). */
  readonly yearsSimulated: number;
  /** Share of years with a value > 0; NaN with no years. */
  readonly probabilityPositive: number;
  readonly points: ExceedancePoint[];
}

/**
 * Exceedance curve of an annual column, pooling all years of all replications: at each grid probability
 * p (see `exceedanceGrid`: p = 10^(−j/perDecade) as 6-digit decimals, kept while ⌊n·p⌋ ≥ minExceedances,
 * so the tail is never extrapolated) the value exceeded in a share p of the years.
 *
 * Rules, with the n years sorted ascending x(1) ≤ … ≤ x(n) and k = ⌊n·p⌋:
 * - value = x(n−k), the same order statistic as VaR in `returnPeriodRisk`, so where 1/T is a grid point
 *   (p = 0.1, 0.01, 0.001 on every grid) the value is the T-year VaR; at p = 1 the minimum x(1).
 * - band = [x(l), x(u)], the distribution-free interval for the (1−p) quantile: the number of years below
 *   it is Binomial(n, 1−p), so with z the normal quantile of (1 + level)/2 the ranks are
 *   l = ⌊n(1−p) − z√(np(1−p))⌋ and u = ⌈n(1−p) + z√(np(1−p))⌉ (normal approximation, rounded outward),
 *   clamped to [1, n]. At p = 1 the band collapses to the minimum.
 * The band treats the pooled years as independent; years within a replication that are correlated make it
 * too narrow. Deterministic (sorts a copy).
 *
 * @throws RangeError for a level outside (0, 1) or a perDecade or minExceedances that is not a positive
 *   integer.
 * @example
 * exceedanceCurve(lossYen).points.find((point) => point.returnPeriodYears === 100);
 * // the 100-year loss with its 95% band, if at least 1,000 years were simulated
 */
export function exceedanceCurve(values: ArrayLike<number> | SortedSample, options: ExceedanceCurveOptions = {}): ExceedanceCurve {
  const z = normalQuantile(0.5 + requireLevel(options.level ?? 0.95) / 2);
  const sorted = sortedFinite(values);
  const n = sorted.length;
  const grid = exceedanceGrid(n, options.perDecade ?? 10, options.minExceedances ?? 10);
  const points = grid.map(({ exceedanceProbability: p, exceedances: k }) => {
    const below = n * (1 - p);
    const spread = z * Math.sqrt(n * p * (1 - p));
    return {
      exceedanceProbability: p,
      returnPeriodYears: 1 / p,
      value: k === n ? sorted[0] : sorted[n - k - 1],
      ciLow: sorted[clampRank(Math.floor(below - spread), n) - 1],
      ciHigh: sorted[clampRank(Math.ceil(below + spread), n) - 1],
    };
  });
  return { yearsSimulated: n, probabilityPositive: countPositive(sorted) / n, points };
}

function clampRank(rank: number, n: number): number {
  return Math.min(n, Math.max(1, rank));
}

function countPositive(sorted: Float64Array): number {
  let count = 0;
  for (let i = sorted.length - 1; i >= 0 && sorted[i] > 0; i--) count += 1;
  return count;
}
