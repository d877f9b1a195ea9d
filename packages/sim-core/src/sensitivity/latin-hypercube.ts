import { RandomStreams } from '../random/streams.ts';
import { requirePositiveInteger } from '../stats/checks.ts';

// (count − 1 + u)/count can round up to 1 when u is within an ulp of 1; 1 is outside the open unit interval.
const BELOW_ONE = 0.9999999999999999; // 1 − 2^-53

/** Options of `latinHypercube`. */
export interface LatinHypercubeOptions {
  /** Seed (a study's seed); default 0. */
  readonly seed?: number | string;
  /** Name of the random stream; default `design.latin-hypercube`. */
  readonly stream?: string;
}

/**
 * A Latin hypercube of `count` points in `dimensions` dimensions (McKay, Beckman & Conover 1979,
 * Technometrics 21:239-245), one row per point: in every dimension each of the `count` equal cells of (0, 1)
 * holds exactly one point, placed uniformly at random within its cell; the cells are matched across
 * dimensions by independent random permutations (Fisher–Yates).
 *
 * Use it when the number of input sets cannot be a power of two; a scrambled Sobol design (`sobolPoints`)
 * also balances the 2-D projections and is what Saltelli's design uses. Deterministic: all draws come from one named stream, dimension by dimension (a
 * permutation, then the positions within cells), so the first d columns do not depend on `dimensions`.
 * Coordinates lie in the open interval (0, 1).
 *
 * @throws RangeError unless count and dimensions are positive integers.
 * @example
 * latinHypercube(10, 3, { seed: 42 }); // 10 rows; each column has one value in each of [0, 0.1), [0.1, 0.2), …
 */
export function latinHypercube(count: number, dimensions: number, options: LatinHypercubeOptions = {}): number[][] {
  requirePositiveInteger('count', count);
  requirePositiveInteger('dimensions', dimensions);
  const stream = new RandomStreams(options.seed ?? 0).get(options.stream ?? 'design.latin-hypercube');
  const rows = Array.from({ length: count }, () => new Array<number>(dimensions));
  const cells = new Int32Array(count);
  for (let d = 0; d < dimensions; d++) {
    for (let i = 0; i < count; i++) cells[i] = i;
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(stream.random() * (i + 1));
      const cell = cells[i];
      cells[i] = cells[j];
      cells[j] = cell;
    }
    for (let i = 0; i < count; i++) rows[i][d] = Math.min(BELOW_ONE, (cells[i] + stream.randomOpen()) / count);
  }
  return rows;
}
