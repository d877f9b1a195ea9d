import { requireLevel } from '../stats/checks.ts';
import { studentTQuantile } from '../stats/student-t.ts';
import { outputRows, replicatedOutputs, type ModelOutputs } from './model-outputs.ts';

/** One option (a variant) and its outcome on every input set of a study. */
export interface DecisionOption {
  readonly name: string;
  /**
   * One outcome per input set, or several replications per set; replication k of every option must share
   * its random numbers (common random numbers across variants), so differences are paired.
   */
  readonly outputs: ModelOutputs;
}

/** Whether lower (costs, downtime) or higher (a safety score) outcomes are better. */
export type Better = 'lower' | 'higher';

/**
 * The options' outcomes per input set, oriented so that lower is better, and — with replicated outputs —
 * whether two options' difference on a set is within Monte Carlo noise: |mean paired difference| ≤ t·se,
 * t Student's quantile at `level` with r − 1 degrees of freedom.
 */
export class OptionOutcomes {
  readonly names: readonly string[];
  readonly inputSets: number;
  readonly replications: number;
  readonly #values: Float64Array[];
  readonly #means: Float64Array[];
  readonly #t: number;

  constructor(options: readonly DecisionOption[], better: Better, level: number) {
    if (options.length < 2) throw new RangeError(`a decision needs at least two options, got ${options.length}`);
    if (better !== 'lower' && better !== 'higher') throw new RangeError(`better must be 'lower' or 'higher', got ${String(better)}`);
    requireLevel(level);
    const names = options.map((o) => o.name);
    if (new Set(names).size !== names.length) throw new RangeError(`option names must be unique, got ${names.join(', ')}`);
    const parsed = options.map((o) => ({ rows: outputRows(o.outputs), ...replicatedOutputs(o.outputs, outputRows(o.outputs)) }));
    const { rows: inputSets, replications } = parsed[0];
    if (inputSets < 1) throw new RangeError(`${names[0]}: outputs must hold at least one input set`);
    parsed.forEach((p, o) => {
      if (p.rows !== inputSets || p.replications !== replications) {
        throw new RangeError(
          `every option needs ${inputSets} input sets × ${replications} replications; ${names[o]} has ${p.rows} × ${p.replications}`,
        );
      }
    });
    const sign = better === 'lower' ? 1 : -1;
    this.#values = parsed.map((p) => p.values.map((v) => sign * v));
    this.#means = this.#values.map((values) => {
      const means = new Float64Array(inputSets);
      for (let j = 0; j < inputSets; j++) {
        let sum = 0;
        for (let c = 0; c < replications; c++) sum += values[j * replications + c];
        means[j] = sum / replications;
      }
      return means;
    });
    this.names = names;
    this.inputSets = inputSets;
    this.replications = replications;
    this.#t = replications > 1 ? studentTQuantile(0.5 + level / 2, replications - 1) : 0;
  }

  /** Option o's mean outcome on input set j (lower is better). */
  mean(o: number, j: number): number {
    return this.#means[o][j];
  }

  /**
   * Option o's mean outcome on input set j with replication stream c weighted `weights[c]` (a bootstrap's
   * reweighting; weights of 1 give `mean`).
   */
  weightedMean(o: number, j: number, weights: Float64Array): number {
    const r = this.replications;
    const values = this.#values[o];
    let sum = 0;
    let total = 0;
    for (let c = 0; c < r; c++) {
      sum += weights[c] * values[j * r + c];
      total += weights[c];
    }
    return sum / total;
  }

  /**
   * Whether the options do not differ at all: on every input set every option has the same mean outcome
   * (a rare harm that happened in no run, or a metric no option changes). Nothing can then be best.
   */
  noDifference(): boolean {
    for (let j = 0; j < this.inputSets; j++) for (let o = 1; o < this.names.length; o++) if (this.#means[o][j] !== this.#means[0][j]) return false;
    return true;
  }

  /** Share of all outcomes (every option, input set and replication) that are exactly 0. */
  zeroShare(): number {
    let zeros = 0;
    let all = 0;
    for (const values of this.#values) {
      for (const v of values) if (v === 0) zeros += 1;
      all += values.length;
    }
    return zeros / all;
  }

  /** Whether options o and p differ on input set j by no more than Monte Carlo noise (never, unreplicated). */
  withinNoise(o: number, p: number, j: number): boolean {
    const r = this.replications;
    if (r === 1) return false;
    const a = this.#values[o];
    const b = this.#values[p];
    const mean = this.#means[o][j] - this.#means[p][j];
    let squares = 0;
    for (let c = 0; c < r; c++) squares += (a[j * r + c] - b[j * r + c] - mean) ** 2;
    return Math.abs(mean) <= this.#t * Math.sqrt(squares / (r - 1) / r);
  }
}
