import { quantileSorted } from 'd3-array';
import { log } from '../math/index.ts';
import type { RandomStream } from '../random/stream.ts';
import { requireLevel, requirePositiveInteger } from '../stats/checks.ts';

/** How an analysis bootstraps its intervals. */
export interface BootstrapOptions {
  /** Bootstrap resamples; default 1000. */
  readonly resamples?: number;
  /** Confidence level of the intervals, in (0, 1); default 0.95. */
  readonly level?: number;
  /** Seed of the bootstrap (a study's seed); default 0. */
  readonly seed?: number | string;
  /** Name of the bootstrap's random stream; each analysis has its own default. */
  readonly stream?: string;
}

/** The bootstrap settings an analysis used, as its result records them. */
export interface BootstrapSettings {
  readonly resamples: number;
  readonly level: number;
  readonly seed: number | string;
  readonly stream: string;
}

/** `options` checked, with defaults filled in. @throws RangeError for bad resamples or level. */
export function bootstrapSettings(options: BootstrapOptions, defaultStream: string): BootstrapSettings {
  return {
    resamples: requirePositiveInteger('resamples', options.resamples ?? 1000),
    level: requireLevel(options.level ?? 0.95),
    seed: options.seed ?? 0,
    stream: options.stream ?? defaultStream,
  };
}

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
