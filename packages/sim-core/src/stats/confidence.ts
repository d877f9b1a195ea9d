import { normalQuantile } from '../math/index.ts';
import { studentTQuantile } from './student-t.ts';

/** A two-sided interval around an estimate. */
export interface Interval {
  readonly low: number;
  readonly high: number;
  /** (high − low) / 2; for asymmetric intervals (Wilson) the half of the full width. */
  readonly halfWidth: number;
}

/**
 * Two-sided confidence interval for a mean from n independent observations with sample standard
 * deviation `standardDeviation`: mean ± q·s/√n, where q is Student's t quantile with n − 1 degrees of
 * freedom (the default, right for small n) or the normal quantile (`method: 'normal'`). With n < 2 the
 * interval is unknown: both ends NaN.
 *
 * @example
 * meanInterval({ mean: 9, standardDeviation: 2, count: 40 }); // t(0.975, 39) = 2.0227: 9 ± 0.64
 */
export function meanInterval(
  estimate: { mean: number; standardDeviation: number; count: number },
  options: { level?: number; method?: 't' | 'normal' } = {},
): Interval {
  const level = checkLevel(options.level ?? 0.95);
  const { mean, standardDeviation, count } = estimate;
  if (count < 2) return { low: NaN, high: NaN, halfWidth: NaN };
  const probability = 0.5 + level / 2;
  const q = options.method === 'normal' ? normalQuantile(probability) : studentTQuantile(probability, count - 1);
  const halfWidth = (q * standardDeviation) / Math.sqrt(count);
  return { low: mean - halfWidth, high: mean + halfWidth, halfWidth };
}

/**
 * Wilson score interval for a probability from `successes` out of `trials` — well-behaved at 0 and 1
 * (a year with no press conference in 10,000 still gets an upper bound), unlike the normal
 * approximation. Wilson (1927), JASA 22:209-212.
 *
 * @example
 * wilsonInterval(0, 1000); // low 0, high ≈ 0.0038
 */
export function wilsonInterval(successes: number, trials: number, options: { level?: number } = {}): Interval {
  const level = checkLevel(options.level ?? 0.95);
  if (!Number.isInteger(trials) || trials < 0) {
    throw new RangeError(`trials must be a non-negative integer, got ${trials}`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`successes must be an integer in [0, trials=${trials}], got ${successes}`);
  }
  if (trials === 0) return { low: 0, high: 1, halfWidth: 0.5 };
  const z = normalQuantile(0.5 + level / 2);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const spread = (z * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials))) / (1 + z2n);
  const low = successes === 0 ? 0 : Math.max(0, centre - spread);
  const high = successes === trials ? 1 : Math.min(1, centre + spread);
  return { low, high, halfWidth: (high - low) / 2 };
}

function checkLevel(level: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  return level;
}
