import { exp, log, log1p, logGamma } from '../../math/index.ts';
import { regularizedBeta } from '../special.ts';
import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';
import { requireNonNegativeInteger, requireProbability } from './parameters.ts';

/** Below this n·min(p, 1 − p), inversion (cost grows with it); from it on, BTRS (constant cost). */
const BTRS_MIN_MEAN = 10;

/**
 * Binomial distribution: successes in `trials` independent trials of success `probability`.
 *
 * With q = min(p, 1 − p) (p > 1/2 is drawn as trials − binomial(trials, 1 − p)):
 * trials·q < 10: inversion by sequential search from 0, one uniform per draw.
 * trials·q ≥ 10: BTRS, transformed rejection with squeeze (Hörmann 1993, "The generation of
 * binomial random variates", J. Statist. Comput. Simul. 46): two uniforms per attempt, acceptance
 * ≥ 80%, so a variable number of uniforms.
 * @throws RangeError unless trials is a non-negative safe integer and probability is in [0, 1].
 * @example
 * const residentsNeedingHelp = binomial(15_000, 0.04);
 */
export function binomial(trials: number, probability: number): Distribution {
  requireNonNegativeInteger('binomial trials', trials);
  requireProbability('binomial probability', probability);
  const flipped = probability > 0.5;
  const q = flipped ? 1 - probability : probability;
  const sampleSmallSide =
    q === 0 || trials === 0 ? () => 0 : trials * q < BTRS_MIN_MEAN ? inversionSampler(trials, q) : btrsSampler(trials, q);
  return {
    mean: trials * probability,
    variance: trials * probability * (1 - probability),
    sample: flipped ? (stream: RandomStream) => trials - sampleSmallSide(stream) : sampleSmallSide,
    cdf(x: number) {
      if (x < 0) return 0;
      const k = Math.floor(x);
      if (k >= trials) return 1;
      if (probability === 0) return 1;
      if (probability === 1) return 0;
      return regularizedBeta(1 - probability, trials - k, k + 1);
    },
    toString: () => `binomial(${trials}, ${probability})`,
  };
}

function inversionSampler(n: number, p: number): (stream: RandomStream) => number {
  const p0 = exp(n * log1p(-p));
  const odds = p / (1 - p);
  return (stream) => {
    const u = stream.random();
    let k = 0;
    let pk = p0;
    let cumulative = p0;
    while (u >= cumulative && k < n) {
      pk *= ((n - k) / (k + 1)) * odds;
      k++;
      cumulative += pk;
    }
    return k;
  };
}

function btrsSampler(n: number, p: number): (stream: RandomStream) => number {
  const spq = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const logOdds = log(p / (1 - p));
  const mode = Math.floor((n + 1) * p);
  const logModeTerms = logGamma(mode + 1) + logGamma(n - mode + 1);
  return (stream) => {
    for (;;) {
      const u = stream.random() - 0.5;
      const v = stream.randomOpen();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + c);
      if (k < 0 || k > n) continue;
      if (us >= 0.07 && v <= vr) return k;
      // Accept iff v·alpha/(a/us² + b) ≤ f(k)/f(mode), in logs.
      if (log((v * alpha) / (a / (us * us) + b)) <= logModeTerms - logGamma(k + 1) - logGamma(n - k + 1) + (k - mode) * logOdds) {
        return k;
      }
    }
  };
}
