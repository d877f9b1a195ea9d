import { exp, log, logGamma } from '../../math/index.ts';
import { regularizedGammaQ } from '../special.ts';
import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';
import { requirePositive } from './parameters.ts';

/** Below this mean, inversion (cost grows with the mean); from it on, PTRS (constant cost). */
const PTRS_MIN_MEAN = 10;

/**
 * Poisson distribution with the given `mean` (e.g. expected events in a period).
 *
 * mean < 10: inversion by sequential search from 0, one uniform per draw (monotone in u).
 * mean ≥ 10: PTRS, transformed rejection with squeeze (Hörmann 1993, "The transformed rejection
 * method for generating Poisson random variables", Insurance: Mathematics and Economics 12): two
 * uniforms per attempt, acceptance ≥ 89%, so a variable number of uniforms.
 * @throws RangeError unless mean is a positive finite number.
 * @example
 * const quakesThisYear = poisson(0.02).sample(streams.get('hazard.earthquake'));
 */
export function poisson(mean: number): Distribution {
  requirePositive('poisson mean', mean);
  return {
    mean,
    variance: mean,
    sample: mean < PTRS_MIN_MEAN ? inversionSampler(mean) : ptrsSampler(mean),
    cdf: (x: number) => (x < 0 ? 0 : x === Infinity ? 1 : regularizedGammaQ(Math.floor(x) + 1, mean)),
    toString: () => `poisson(${mean})`,
  };
}

function inversionSampler(mean: number): (stream: RandomStream) => number {
  const p0 = exp(-mean);
  return (stream) => {
    const u = stream.random();
    let k = 0;
    let p = p0;
    let cumulative = p0;
    // `p > 0` ends the search if rounding leaves the summed pmf just below a u close to 1.
    while (u >= cumulative && p > 0) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  };
}

function ptrsSampler(mean: number): (stream: RandomStream) => number {
  const logMean = log(mean);
  const b = 0.931 + 2.53 * Math.sqrt(mean);
  const a = -0.059 + 0.02483 * b;
  const logInverseAlpha = log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  return (stream) => {
    for (;;) {
      const u = stream.random() - 0.5;
      const v = stream.randomOpen();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (log(v) + logInverseAlpha - log(a / (us * us) + b) <= -mean + k * logMean - logGamma(k + 1)) return k;
    }
  };
}
