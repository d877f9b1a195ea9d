import { pow } from '../math/index.ts';
import { requirePositiveInteger } from './checks.ts';

/** One probability of the exceedance grid, with how many of the n years lie beyond it. */
export interface GridPoint {
  /** p = digits · 10^−scale, the double nearest that decimal. */
  readonly exceedanceProbability: number;
  /** k = ⌊n·p⌋ for the decimal p, computed exactly in integers. */
  readonly exceedances: number;
}

/**
 * The exceedance probabilities p_j = 10^(−j/perDecade), j = 0, 1, 2, …, that n years can resolve: those
 * with ⌊n·p⌋ ≥ minExceedances, so the curve never reaches into a tail with fewer observations.
 *
 * Each p is a decimal with 6 significant digits, chosen so the bytes never depend on an engine: the
 * mantissa of step i in a decade is round(10^(6 − i/perDecade)) by the deterministic `pow` (for
 * perDecade = 10: 1000000, 794328, 630957, 501187, 398107, 316228, 251189, 199526, 158489, 125893), the
 * decade shifts the decimal exponent, and the double is parsed from the decimal text (correctly
 * rounded). ⌊n·p⌋ is taken in BigInt arithmetic on the decimal, so p = 0.1 resolves exactly n/10 years.
 *
 * @example
 * exceedanceGrid(100, 10, 10).map((point) => point.exceedanceProbability);
 * // [1, 0.794328, 0.630957, …, 0.125893, 0.1]
 */
export function exceedanceGrid(years: number, perDecade: number, minExceedances: number): GridPoint[] {
  requirePositiveInteger('perDecade', perDecade);
  requirePositiveInteger('minExceedances', minExceedances);
  const mantissas = Array.from({ length: perDecade }, (_, i) => Math.round(pow(10, 6 - i / perDecade)));
  const points: GridPoint[] = [];
  for (let j = 0; ; j++) {
    const digits = mantissas[j % perDecade];
    const scale = 6 + Math.floor(j / perDecade);
    const exceedances = Number((BigInt(years) * BigInt(digits)) / powerOfTen(scale));
    if (exceedances < minExceedances) return points;
    points.push({ exceedanceProbability: Number(`${digits}e-${scale}`), exceedances });
  }
}

/** 10^scale as an exact BigInt. */
function powerOfTen(scale: number): bigint {
  let value = 1n;
  for (let i = 0; i < scale; i++) value *= 10n;
  return value;
}
