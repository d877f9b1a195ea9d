import { regularizedGammaP } from '@machi/sim-core';

/** An interval of a Poisson mean (events in the observed window). */
export interface PoissonInterval {
  readonly low: number;
  readonly high: number;
}

/**
 * The exact (Garwood) two-sided interval of a Poisson mean from `events` observed events: `low` is the
 * mean under which `events` or more would be seen with probability (1 − level)/2, `high` the mean
 * under which `events` or fewer would be seen with that probability (`low` is 0 for no event). These
 * are the chi-square bounds ½χ²(α/2; 2n) and ½χ²(1 − α/2; 2n + 2), found here by bisection on the
 * gamma CDF so that the answer is the same on every engine.
 *
 * @throws RangeError for a negative or fractional count, or a level outside (0, 1).
 * @example
 * exactPoissonInterval(1); // { low: 0.0253, high: 5.5716 } (rounded)
 */
export function exactPoissonInterval(events: number, level = 0.95): PoissonInterval {
  if (!(Number.isSafeInteger(events) && events >= 0)) throw new RangeError(`events must be a non-negative integer, got ${events}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1, got ${level}`);
  const tail = (1 - level) / 2;
  // P(X ≥ n | μ) = P(n, μ) and P(X ≤ n | μ) = 1 − P(n + 1, μ): both increase with μ.
  const low = events === 0 ? 0 : gammaQuantile(events, tail);
  const high = gammaQuantile(events + 1, 1 - tail);
  return { low, high };
}

/** The x at which the regularized gamma P(shape, x) reaches p, by bisection to full precision. */
function gammaQuantile(shape: number, p: number): number {
  let lo = 0;
  let hi = shape + 10;
  while (regularizedGammaP(shape, hi) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (regularizedGammaP(shape, mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
