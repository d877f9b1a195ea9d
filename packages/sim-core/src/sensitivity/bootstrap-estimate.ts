import { quantileSorted } from 'd3-array';
import { log } from '../math/index.ts';
import type { RandomStream } from '../random/stream.ts';

/** An estimate with a bootstrap percentile interval and the bootstrap standard error. */
export interface BootstrapEstimate {
  readonly estimate: number;
  /** Ends of the percentile interval at the analysis' `level`. */
  readonly low: number;
  readonly high: number;
  /** Standard deviation of the bootstrap replicates. */
  readonly standardError: number;
}

/**
 * `estimate` with the percentile interval and standard deviation of its bootstrap `replicates` (NaN
 * replicates — a resample where the quantity is undefined — are left out); null when `estimate` is not finite.
 */
export function bootstrapEstimate(estimate: number, replicates: Float64Array, level: number): BootstrapEstimate | null {
  if (!Number.isFinite(estimate)) return null;
  const finite = replicates.filter((x) => Number.isFinite(x)).sort();
  if (finite.length < 2) return { estimate, low: estimate, high: estimate, standardError: 0 };
  let mean = 0;
  for (const x of finite) mean += x;
  mean /= finite.length;
  let squares = 0;
  for (const x of finite) squares += (x - mean) * (x - mean);
  return {
    estimate,
    low: quantileSorted(finite as unknown as number[], (1 - level) / 2) as number,
    high: quantileSorted(finite as unknown as number[], (1 + level) / 2) as number,
    standardError: Math.sqrt(squares / (finite.length - 1)),
  };
}

/** Multinomial resampling counts: how often each of `counts.length` units is drawn in as many draws. */
export function resampleCounts(stream: RandomStream, counts: Float64Array): void {
  const n = counts.length;
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[Math.floor(stream.random() * n)] += 1;
}

/** Independent exponential(1) weights (Rubin's Bayesian bootstrap): mean 1, variance 1, never all on one unit. */
export function exponentialWeights(stream: RandomStream, weights: Float64Array): void {
  for (let i = 0; i < weights.length; i++) weights[i] = -log(stream.randomOpen());
}
