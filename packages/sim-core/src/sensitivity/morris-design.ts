import { RandomStreams } from '../random/streams.ts';
import { shuffle } from './shuffle.ts';
import { requirePositiveInteger } from '../stats/checks.ts';

/** Options of `morrisDesign`. */
export interface MorrisDesignOptions {
  /** Levels p of each coordinate, even, ≥ 2; default 4. */
  readonly levels?: number;
  /** Seed (a study's seed); default 0. */
  readonly seed?: number | string;
  /** Name of the random stream; default `design.morris`. */
  readonly stream?: string;
}

/** Morris trajectories: the input sets of a screening study, and which coordinate each step moves. */
export interface MorrisDesign {
  readonly trajectories: number;
  readonly dimensions: number;
  readonly levels: number;
  /** (k + 1) points of the unit cube per trajectory, trajectory after trajectory. */
  readonly rows: number[][];
  /** For each trajectory, the coordinate its step s moves (rows s → s + 1): a permutation of 0 … k − 1. */
  readonly order: number[][];
}

/**
 * Morris's one-at-a-time trajectories (Morris 1991, Technometrics 33:161-174) for screening many inputs with
 * `trajectories · (k + 1)` model runs, analysed by `morrisEffects`.
 *
 * Each coordinate takes p levels, the centres (2l + 1)/(2p) of p equal-probability cells — not Morris's 0 …
 * 1 grid, whose ends are infinite for a lognormal input — and a step moves it by p/2 levels, i.e. by 1/2 in
 * probability: Morris's recommended Δ = p/(2(p − 1)) on his grid, with every level equally likely to start
 * a step. A trajectory starts at a random level of every coordinate and moves each once, in random order,
 * up if it starts in the lower half and down otherwise. The starting levels are stratified across
 * trajectories (each coordinate starts at each level equally often, up to rounding) — a cheap step towards
 * Campolongo, Cariboni & Saltelli's (2007, Env. Model. Softw. 22:1509-1518) well-spread trajectories.
 *
 * Why trajectories with a fixed step rather than a radial design with random steps: an elementary effect
 * divides an output difference by the step, and a stochastic model's difference carries Monte Carlo noise;
 * a fixed step of 1/2 keeps that noise bounded, where a random step near 0 would blow it up.
 *
 * Deterministic for a seed: the starting levels (coordinate by coordinate), then each trajectory's order.
 * @throws RangeError unless trajectories and dimensions are positive integers and levels an even integer ≥ 2.
 * @example
 * const design = morrisDesign(20, 60, { seed: 42 }); // 20 × 61 = 1,220 input sets
 */
export function morrisDesign(trajectories: number, dimensions: number, options: MorrisDesignOptions = {}): MorrisDesign {
  requirePositiveInteger('trajectories', trajectories);
  requirePositiveInteger('dimensions', dimensions);
  const levels = options.levels ?? 4;
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) throw new RangeError(`levels must be an even integer ≥ 2, got ${levels}`);
  const stream = new RandomStreams(options.seed ?? 0).get(options.stream ?? 'design.morris');
  const half = levels / 2;
  const level = (l: number) => (2 * l + 1) / (2 * levels);
  // starts[i][t]: the starting level of coordinate i in trajectory t
  const starts = Array.from({ length: dimensions }, () => {
    const balanced = Array.from({ length: Math.ceil(trajectories / levels) * levels }, (_, n) => n % levels);
    shuffle(balanced, stream);
    return balanced.slice(0, trajectories);
  });
  const rows: number[][] = [];
  const order: number[][] = [];
  for (let t = 0; t < trajectories; t++) {
    const steps = Array.from({ length: dimensions }, (_, i) => i);
    shuffle(steps, stream);
    order.push(steps);
    const point = starts.map((s) => level(s[t]));
    rows.push(point.slice());
    for (const i of steps) {
      const start = starts[i][t];
      point[i] = level(start < half ? start + half : start - half);
      rows.push(point.slice());
    }
  }
  return { trajectories, dimensions, levels, rows, order };
}
