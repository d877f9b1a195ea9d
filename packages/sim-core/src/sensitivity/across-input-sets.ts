import { quantileSorted } from 'd3-array';
import { RandomStreams } from '../random/streams.ts';
import { requirePositiveInteger } from '../stats/checks.ts';
import {
  bootstrapEstimate,
  bootstrapSettings,
  exponentialWeights,
  resampleCounts,
  type BootstrapEstimate,
  type BootstrapOptions,
  type BootstrapSettings,
} from './bootstrap-estimate.ts';
import { outputRows, replicatedOutputs, type ModelOutputs } from './model-outputs.ts';

/** Options of `acrossInputSets`. */
export interface AcrossInputSetsOptions extends BootstrapOptions {
  /** Quantiles across input sets to report; default 0.05, 0.5, 0.95. */
  readonly probabilities?: readonly number[];
  // The bootstrap's stream defaults to `analysis.across-input-sets`.
}

/** A metric over the input uncertainty: its mean, spread and quantiles across input sets, plain data. */
export interface AcrossInputSets {
  readonly inputSets: number;
  readonly replications: number;
  /** Mean over input sets of the per-set means, with its interval (input sets and replications resampled). */
  readonly mean: BootstrapEstimate;
  /** Quantiles of the per-set means across input sets, each with its interval. */
  readonly quantiles: readonly { readonly probability: number; readonly value: BootstrapEstimate }[];
  /** Standard deviation of the per-set means across input sets, Monte Carlo noise included. */
  readonly spread: number;
  /** With 2+ replications: the same with the noise taken out (pairs of different replications); else null. */
  readonly spreadWithoutNoise: number | null;
  /** With 2+ replications: the share of the per-set means' variance that is noise, 1 − (without/with)²; else null. */
  readonly noiseShare: number | null;
  readonly bootstrap: BootstrapSettings;
}

/**
 * How a metric varies over what nobody knows precisely: the mean over input sets (the expected value under
 * the inputs' beliefs) and the 5%, 50% and 95% points across input sets, each with an interval for its
 * Monte Carlo error — from the finite number of input sets and of replications per set together: the
 * bootstrap resamples input sets (multinomial) and reweights replications (exponential weights; Owen & Eckles
 * 2012), as `sobolIndices` does. The mean is unbiased whatever the noise; quantiles of noisy per-set means
 * spread wider than those of the noise-free metric, and `noiseShare` says by how much the variance does (the
 * noise-free spread is estimated, like Sobol's V, from products of different replications). Input sets are
 * weighted equally (a design's rows). Deterministic for a seed.
 *
 * @throws RangeError for non-finite outputs, probabilities outside [0, 1], bad resamples or level.
 * @example
 * acrossInputSets({ values: annualLossYen, replications: 8 });
 * // { mean: { estimate: 4.1e6, low: 3.8e6, high: 4.4e6, … }, quantiles: [{ probability: 0.05, value: … }, …], noiseShare: 0.12, … }
 */
export function acrossInputSets(outputs: ModelOutputs, options: AcrossInputSetsOptions = {}): AcrossInputSets {
  const probabilities = options.probabilities ?? [0.05, 0.5, 0.95];
  for (const p of probabilities) if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability must be in [0, 1], got ${p}`);
  const bootstrap = bootstrapSettings(options, 'analysis.across-input-sets');
  const { resamples, level } = bootstrap;
  const n = outputRows(outputs);
  requirePositiveInteger('input sets', n);
  const { values, replications: r } = replicatedOutputs(outputs, n);

  const ones = new Float64Array(r).fill(1);
  const means = setMeans(values, n, r, ones);
  const point = summary(means, null, probabilities);
  const stream = new RandomStreams(bootstrap.seed).get(bootstrap.stream);
  const counts = new Float64Array(n);
  const weights = new Float64Array(r);
  const meanReplicates = new Float64Array(resamples);
  const quantileReplicates = probabilities.map(() => new Float64Array(resamples));
  for (let b = 0; b < resamples; b++) {
    resampleCounts(stream, counts);
    if (r > 1) exponentialWeights(stream, weights);
    const replicate = summary(r > 1 ? setMeans(values, n, r, weights) : means, counts, probabilities);
    meanReplicates[b] = replicate.mean;
    replicate.quantiles.forEach((q, i) => (quantileReplicates[i][b] = q));
  }
  const spread = Math.sqrt(sampleVariance(means));
  const withoutNoise = r > 1 ? noiseFreeVariance(values, n, r) : null;
  return {
    inputSets: n,
    replications: r,
    mean: bootstrapEstimate(point.mean, meanReplicates, level) as BootstrapEstimate,
    quantiles: probabilities.map((probability, i) => ({
      probability,
      value: bootstrapEstimate(point.quantiles[i], quantileReplicates[i], level) as BootstrapEstimate,
    })),
    spread,
    spreadWithoutNoise: withoutNoise === null ? null : Math.sqrt(Math.max(0, withoutNoise)),
    noiseShare: withoutNoise === null ? null : spread > 0 ? Math.min(1, Math.max(0, 1 - withoutNoise / (spread * spread))) : 0,
    bootstrap,
  };
}

function setMeans(values: Float64Array, n: number, r: number, weights: Float64Array): Float64Array {
  let total = 0;
  for (let c = 0; c < r; c++) total += weights[c];
  const means = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let c = 0; c < r; c++) sum += weights[c] * values[j * r + c];
    means[j] = sum / total;
  }
  return means;
}

/** Mean and quantiles of the per-set means, each set counted `counts[j]` times (once when null). */
function summary(means: Float64Array, counts: Float64Array | null, probabilities: readonly number[]): { mean: number; quantiles: number[] } {
  const expanded: number[] = [];
  for (let j = 0; j < means.length; j++) for (let c = counts === null ? 1 : counts[j]; c > 0; c--) expanded.push(means[j]);
  expanded.sort((a, b) => a - b);
  let sum = 0;
  for (const x of expanded) sum += x;
  return { mean: sum / expanded.length, quantiles: probabilities.map((p) => quantileSorted(expanded, p) as number) };
}

function sampleVariance(xs: Float64Array): number {
  if (xs.length < 2) return 0;
  let mean = 0;
  for (const x of xs) mean += x / xs.length;
  let squares = 0;
  for (const x of xs) squares += (x - mean) * (x - mean);
  return squares / (xs.length - 1);
}

/**
 * The variance across input sets of the noise-free metric: the mean over pairs of different replications
 * k ≠ l of their covariance across input sets (unbiased for independent replications, common random
 * numbers across sets or not).
 */
function noiseFreeVariance(values: Float64Array, n: number, r: number): number {
  if (n < 2) return 0;
  const columnMeans = new Float64Array(r);
  for (let j = 0; j < n; j++) for (let c = 0; c < r; c++) columnMeans[c] += values[j * r + c] / n;
  let cross = 0;
  for (let j = 0; j < n; j++) {
    let sum = 0;
    let squares = 0;
    for (let c = 0; c < r; c++) {
      const centred = values[j * r + c] - columnMeans[c];
      sum += centred;
      squares += centred * centred;
    }
    cross += sum * sum - squares;
  }
  return cross / (r * (r - 1)) / (n - 1);
}
