import { exp, logGamma } from '../math/index.ts';
import { RandomStreams } from '../random/streams.ts';
import {
  bootstrapEstimate,
  bootstrapSettings,
  resampleCounts,
  type BootstrapEstimate,
  type BootstrapOptions,
  type BootstrapSettings,
} from './bootstrap-estimate.ts';
import type { MorrisDesign } from './morris-design.ts';
import { pairedStandardError, replicatedOutputs, rowMean, type ModelOutputs } from './model-outputs.ts';

/** Options of `morrisEffects`. */
export interface MorrisEffectsOptions extends BootstrapOptions {
  /** Names of the coordinates; default x1 … xk. */
  readonly names?: readonly string[];
  // The bootstrap resamples trajectories; its stream defaults to `analysis.morris-effects`.
}

/** Morris statistics of one coordinate, in output units per unit of probability. */
export interface MorrisEffect {
  readonly name: string;
  /** μ*, the mean absolute elementary effect (Campolongo et al. 2007), with its bootstrap interval. */
  readonly muStar: BootstrapEstimate;
  /** μ, the mean elementary effect: near 0 with a large μ* when the effect changes sign. */
  readonly mu: number;
  /** σ, the standard deviation of the elementary effects (interactions, non-linearity); null with one trajectory. */
  readonly sigma: number | null;
  /**
   * With replicated outputs: the μ* a coordinate without any effect would show from Monte Carlo noise alone,
   * mean over trajectories of √(2/π)·se/Δ (E|N(0, se²)| / Δ), se the standard error of the paired difference
   * (its sample estimate divided by c4(r), which makes it unbiased for normal noise).
   */
  readonly noiseFloor: number | null;
}

/** The result of a Morris screening, plain data (JSON round-trips). */
export interface MorrisEffects {
  readonly method: 'morris-1991-trajectories';
  readonly trajectories: number;
  readonly dimensions: number;
  readonly levels: number;
  readonly replications: number;
  readonly effects: readonly MorrisEffect[];
  readonly bootstrap: BootstrapSettings;
}

/**
 * Elementary effects EE = (f(after step) − f(before)) / Δ of every coordinate along every trajectory of a
 * `morrisDesign`, with Δ = ±1/2 in probability, summarised as μ* (with a bootstrap percentile interval over
 * trajectories, as SALib), μ and σ. μ* ranks inputs much as total Sobol indices do (Campolongo et al. 2007)
 * at a fraction of the runs: screen with Morris, then spend Saltelli's design on the inputs that matter.
 *
 * Replicated outputs use the per-set means; the paired per-replication differences (valid under common
 * random numbers) give each effect's standard error, hence `noiseFloor`: a μ* near it is not
 * distinguishable from noise. Deterministic for a seed.
 *
 * @throws RangeError for outputs of the wrong length or non-finite values, bad names, resamples or level.
 * @example
 * const design = morrisDesign(20, 8, { seed: 1 });
 * const result = morrisEffects(design, design.rows.map((u) => sobolG(u)));
 * result.effects.map((e) => e.muStar.estimate); // 2.00, 1.34, 0.45, 0.22, 0.02, … (2/(1 + a_i): 2, 1, 0.36, 0.2, 0.02)
 */
export function morrisEffects(design: MorrisDesign, outputs: ModelOutputs, options: MorrisEffectsOptions = {}): MorrisEffects {
  const { trajectories, dimensions: k, rows, order } = design;
  const names = options.names ?? Array.from({ length: k }, (_, i) => `x${i + 1}`);
  if (names.length !== k) throw new RangeError(`names must hold ${k} names, got ${names.length}`);
  const bootstrap = bootstrapSettings(options, 'analysis.morris-effects');
  const { resamples, level } = bootstrap;
  const { values, replications: r } = replicatedOutputs(outputs, trajectories * (k + 1));
  const mean = (row: number) => rowMean(values, row, r);
  // effects[i][t], and the noise floor's terms
  const effects = Array.from({ length: k }, () => new Float64Array(trajectories));
  const floors = new Float64Array(k);
  const floorScale = r > 1 ? Math.sqrt(2 / Math.PI) / c4(r) / trajectories : 0;
  for (let t = 0; t < trajectories; t++) {
    for (let s = 0; s < k; s++) {
      const i = order[t][s];
      const before = t * (k + 1) + s;
      const step = rows[before + 1][i] - rows[before][i];
      effects[i][t] = (mean(before + 1) - mean(before)) / step;
      if (r > 1) floors[i] += (floorScale * pairedStandardError(values, before, before + 1, r)) / Math.abs(step);
    }
  }
  const stream = new RandomStreams(bootstrap.seed).get(bootstrap.stream);
  const counts = new Float64Array(trajectories);
  const replicates = Array.from({ length: k }, () => new Float64Array(resamples));
  for (let b = 0; b < resamples; b++) {
    resampleCounts(stream, counts);
    for (let i = 0; i < k; i++) {
      let sum = 0;
      for (let t = 0; t < trajectories; t++) sum += counts[t] * Math.abs(effects[i][t]);
      replicates[i][b] = sum / trajectories;
    }
  }
  return {
    method: 'morris-1991-trajectories',
    trajectories,
    dimensions: k,
    levels: design.levels,
    replications: r,
    effects: names.map((name, i) => {
      const ee = effects[i];
      let mu = 0;
      let muStar = 0;
      for (const e of ee) {
        mu += e / trajectories;
        muStar += Math.abs(e) / trajectories;
      }
      let squares = 0;
      for (const e of ee) squares += (e - mu) * (e - mu);
      return {
        name,
        muStar: bootstrapEstimate(muStar, replicates[i], level) as BootstrapEstimate,
        mu,
        sigma: trajectories > 1 ? Math.sqrt(squares / (trajectories - 1)) : null,
        noiseFloor: r > 1 ? floors[i] : null,
      };
    }),
    bootstrap,
  };
}

/** E[s]/σ for the sample standard deviation s of n normal values: √(2/(n − 1))·Γ(n/2)/Γ((n − 1)/2). */
function c4(n: number): number {
  return Math.sqrt(2 / (n - 1)) * exp(logGamma(n / 2) - logGamma((n - 1) / 2));
}
