import { exp, expm1, log1p } from '@machi/sim-core';
import type { Distribution, RandomStream } from '@machi/sim-core';
import { requireFinite, requirePositive } from './parameters.ts';

/** Parameters of `truncatedGutenbergRichter`. */
export type GutenbergRichterParameters = {
  /** Gutenberg–Richter b-value (log10 N = a − b·M); around 0.8–1.0 for Japanese regions. */
  bValue: number;
  minMagnitude: number;
  maxMagnitude: number;
};

/** A magnitude distribution that also gives its probability density. */
export type MagnitudeDistribution = Distribution & {
  /** Probability density at magnitude m (0 outside [minMagnitude, maxMagnitude]). */
  density(m: number): number;
  /** The magnitude with P(M ≤ m) = p, for p in [0, 1]. */
  quantile(p: number): number;
};

/**
 * Magnitudes by the doubly truncated Gutenberg–Richter law (Cosentino, Ficarra & Luzio 1977): an
 * exponential with rate β = b·ln 10 on [minMagnitude, maxMagnitude],
 *   F(m) = (1 − e^(−β(m − mMin))) / (1 − e^(−β(mMax − mMin))).
 * Inversion, m = mMin − ln(1 − u·(1 − e^(−β·w)))/β with u = `stream.random()` on [0, 1): one uniform per
 * draw, so draws lie in [minMagnitude, maxMagnitude). Deterministic (sim-core's log1p/expm1).
 * @throws RangeError unless bValue is a positive finite number and minMagnitude < maxMagnitude, finite.
 * @example
 * const m = truncatedGutenbergRichter({ bValue: 0.9, minMagnitude: 5, maxMagnitude: 8 });
 * m.sample(new RandomStreams(42).get('hazard.earthquake')); // e.g. 5.3
 */
export function truncatedGutenbergRichter(parameters: GutenbergRichterParameters): MagnitudeDistribution {
  const { bValue, minMagnitude, maxMagnitude } = parameters;
  requirePositive('truncatedGutenbergRichter bValue', bValue);
  requireFinite('truncatedGutenbergRichter minMagnitude', minMagnitude);
  requireFinite('truncatedGutenbergRichter maxMagnitude', maxMagnitude);
  if (!(minMagnitude < maxMagnitude)) {
    throw new RangeError(`truncatedGutenbergRichter needs minMagnitude < maxMagnitude, got ${minMagnitude}, ${maxMagnitude}`);
  }
  const beta = bValue * Math.LN10;
  const width = maxMagnitude - minMagnitude;
  // 1 − e^(−βw), the untruncated probability of [mMin, mMax]; expm1 keeps it exact for small βw.
  const mass = -expm1(-beta * width);
  const tail = exp(-beta * width) / mass;
  const quantile = (p: number): number => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`truncatedGutenbergRichter quantile needs p in [0, 1], got ${p}`);
    return p === 1 ? maxMagnitude : minMagnitude - log1p(-p * mass) / beta;
  };
  return {
    // Moments of the exponential truncated to [0, w]: 1/β − w·e^(−βw)/(1 − e^(−βw)) and 1/β² − w²·e^(−βw)/(1 − e^(−βw))².
    mean: minMagnitude + 1 / beta - width * tail,
    variance: 1 / (beta * beta) - width * width * tail / mass,
    sample: (stream: RandomStream) => minMagnitude - log1p(-stream.random() * mass) / beta,
    cdf: (m: number) => (m <= minMagnitude ? 0 : m >= maxMagnitude ? 1 : -expm1(-beta * (m - minMagnitude)) / mass),
    density: (m: number) => (m < minMagnitude || m > maxMagnitude ? 0 : (beta * exp(-beta * (m - minMagnitude))) / mass),
    quantile,
    toString: () => `truncatedGutenbergRichter(b ${bValue}, M ${minMagnitude}–${maxMagnitude})`,
  };
}
