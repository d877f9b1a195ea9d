import { RandomStreams } from '../random/streams.ts';
import type { RandomStream } from '../random/stream.ts';
import { JOE_KUO_DIRECTIONS } from './joe-kuo-directions.ts';
import { requirePositiveInteger } from '../stats/checks.ts';
import { requireNonNegativeInteger } from '../random/distributions/parameters.ts';

/** Dimensions available: Joe & Kuo's first 1,024 (512 uncertain coordinates under Saltelli's doubling). */
export const SOBOL_MAX_DIMENSIONS = 1024;

const BITS = 32;
const TWO_POW_32 = 4294967296;

/** Options of `sobolPoints` and `sobolIntegers`. */
export interface SobolOptions {
  /**
   * Scramble the sequence (default true): Matoušek's random linear matrix scramble followed by a random
   * digital shift, drawn from the named stream `stream` of `seed`. `false` gives Joe & Kuo's published
   * sequence.
   */
  readonly scramble?: boolean;
  /** Seed of the scramble (a study's seed); default 0. Ignored when `scramble` is false. */
  readonly seed?: number | string;
  /** Name of the random stream the scramble is drawn from; default `design.sobol`. */
  readonly stream?: string;
  /** Index of the first point, so that any slice of a design can be generated alone; default 0. */
  readonly start?: number;
}

/**
 * Points `start` … `start + count − 1` of a `dimensions`-dimensional Sobol sequence (Joe & Kuo's direction
 * numbers new-joe-kuo-6.21201, Gray-code order as in their generator, 32 bits), one row per point.
 *
 * Each coordinate is the centre of the 2^-32-wide cell its 32 bits name, `(k + 0.5)·2^-32`, so it lies in
 * the open interval (0, 1) and quantile functions stay finite; unscrambled, that is the published point plus
 * 2^-33 (`sobolIntegers` gives the published k exactly).
 *
 * Why this scramble. The linear matrix scramble (LMS; Matoušek 1998, J. Complexity 14:527-556) multiplies
 * every dimension's generator matrix by a random non-singular lower-triangular bit matrix, and the digital
 * shift XORs a random 32-bit word into every point. Together they keep the digital-net structure — the
 * first 2^m points stay a (t, m, s)-net, so every 1-D projection of them is stratified into 2^m equal cells —
 * while making each point uniform on the cube, so averages are unbiased and independent scrambles give error
 * bars. Owen (2003, ACM TOMACS 13(4):363-378) showed this scramble has the same variance formula as his
 * nested uniform scramble, at no cost per point (the matrices are scrambled once). It is also SciPy's
 * `qmc.Sobol` default, which makes a study easy to cross-check. The first point is kept (Owen 2020,
 * arXiv:2008.08051: dropping it spoils the balance of the net).
 *
 * Deterministic: 32-bit integer arithmetic only; the scramble bits come from one named stream in a fixed
 * order (dimension by dimension), so the first d columns do not depend on how many dimensions are asked for.
 * Powers of two for `count` keep the net's balance; other counts are allowed.
 *
 * @throws RangeError if count or dimensions are not positive integers, dimensions > 1,024, or the points
 *   would go beyond index 2^32 − 1.
 * @example
 * sobolPoints(4, 2, { scramble: false }); // [[2^-33, 2^-33], [0.5 + 2^-33, 0.5 + 2^-33], [0.75…, 0.25…], [0.25…, 0.75…]]
 * sobolPoints(1024, 120, { seed: 42 });   // a scrambled design for Saltelli's A and B matrices (60 inputs)
 */
export function sobolPoints(count: number, dimensions: number, options: SobolOptions = {}): number[][] {
  const integers = sobolIntegers(count, dimensions, options);
  const rows: number[][] = [];
  for (let i = 0; i < count; i++) {
    const row = new Array<number>(dimensions);
    for (let d = 0; d < dimensions; d++) row[d] = (integers[i * dimensions + d] + 0.5) / TWO_POW_32;
    rows.push(row);
  }
  return rows;
}

/**
 * The 32-bit integers k behind `sobolPoints` (point coordinate = k·2^-32 in Joe & Kuo's convention),
 * row-major: `count × dimensions`. Unscrambled, these are exactly the published sequence.
 *
 * @example
 * sobolIntegers(2, 1, { scramble: false }); // Uint32Array [0, 2147483648]
 */
export function sobolIntegers(count: number, dimensions: number, options: SobolOptions = {}): Uint32Array {
  requirePositiveInteger('count', count);
  requirePositiveInteger('dimensions', dimensions);
  if (dimensions > SOBOL_MAX_DIMENSIONS) {
    throw new RangeError(`dimensions must be at most ${SOBOL_MAX_DIMENSIONS}, got ${dimensions}`);
  }
  const start = requireNonNegativeInteger('start', options.start ?? 0);
  if (start + count > TWO_POW_32) throw new RangeError(`a 32-bit Sobol sequence has 2^32 points; start + count = ${start + count}`);
  const scramble = options.scramble ?? true;
  const stream = scramble ? new RandomStreams(options.seed ?? 0).get(options.stream ?? 'design.sobol') : undefined;
  const out = new Uint32Array(count * dimensions);
  for (let d = 0; d < dimensions; d++) {
    let directions = directionIntegers(d);
    let shift = 0;
    if (stream !== undefined) {
      directions = linearScramble(directions, stream);
      shift = randomWord(stream);
    }
    // Point n is the XOR of the direction integers picked by the bits of gray(n) = n ^ (n >> 1); later points
    // follow Antonov & Saleev's recurrence x(n+1) = x(n) ^ v[lowest zero bit of n].
    let x = pointAt(start, directions);
    for (let i = 0; ; i++) {
      out[i * dimensions + d] = (x ^ shift) >>> 0;
      if (i === count - 1) break;
      x = (x ^ directions[lowestZeroBit(start + i)]) >>> 0;
    }
  }
  return out;
}

function pointAt(n: number, directions: Uint32Array): number {
  // n < 2^32, so the 32-bit operators see all of it
  const gray = (n ^ (n >>> 1)) >>> 0;
  let x = 0;
  for (let bit = 0; bit < BITS; bit++) if (((gray >>> bit) & 1) === 1) x ^= directions[bit];
  return x >>> 0;
}

function lowestZeroBit(n: number): number {
  let bit = 0;
  while (((n >>> bit) & 1) === 1) bit++;
  return bit;
}

const parsed: { s: number; a: number; m: number[] }[] = [];

function parsedLine(d: number): { s: number; a: number; m: number[] } {
  if (parsed.length === 0) {
    for (const line of JOE_KUO_DIRECTIONS.trim().split('\n')) {
      const [, s, a, ...m] = line.split(' ').map(Number);
      parsed.push({ s, a, m });
    }
  }
  return parsed[d - 1];
}

/**
 * The 32 direction integers v_1 … v_32 of dimension index d (0-based: d = 0 is Joe & Kuo's dimension 1),
 * by Joe & Kuo's recurrence: v_i = m_i·2^(32−i) for i ≤ s, then
 * v_i = v_(i−s) ^ (v_(i−s) >> s) ^ XOR_k a_k·v_(i−k).
 */
export function directionIntegers(d: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (d === 0) {
    for (let i = 0; i < BITS; i++) v[i] = ((1 << (BITS - 1 - i)) >>> 0);
    return v;
  }
  const { s, a, m } = parsedLine(d);
  for (let i = 0; i < BITS; i++) {
    if (i < s) {
      v[i] = m[i] * ((1 << (BITS - 1 - i)) >>> 0);
    } else {
      let value = v[i - s] ^ (v[i - s] >>> s);
      for (let k = 1; k < s; k++) if (((a >>> (s - 1 - k)) & 1) === 1) value ^= v[i - k];
      v[i] = value >>> 0;
    }
  }
  return v;
}

/**
 * Matoušek's linear matrix scramble of one dimension's direction integers: output bit b (counted from the
 * most significant) is the parity of input bits 0 … b selected by row b of a random lower-triangular bit
 * matrix with a unit diagonal (non-singular, so the scrambled matrix generates a net too).
 */
function linearScramble(directions: Uint32Array, stream: RandomStream): Uint32Array {
  const rows = new Uint32Array(BITS);
  for (let b = 0; b < BITS; b++) {
    const diagonal = ((1 << (BITS - 1 - b)) >>> 0);
    // the b bits above the diagonal, drawn at random; row 0 has none (no draw)
    const above = b === 0 ? 0 : (randomWord(stream) & ~(diagonal * 2 - 1)) >>> 0;
    rows[b] = (above | diagonal) >>> 0;
  }
  const out = new Uint32Array(BITS);
  for (let j = 0; j < BITS; j++) {
    let scrambled = 0;
    for (let b = 0; b < BITS; b++) if (parity(rows[b] & directions[j]) === 1) scrambled |= ((1 << (BITS - 1 - b)) >>> 0);
    out[j] = scrambled >>> 0;
  }
  return out;
}

function parity(x: number): number {
  x ^= x >>> 16;
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return x & 1;
}

/** 32 random bits: the top 32 of a 53-bit uniform. */
function randomWord(stream: RandomStream): number {
  return Math.floor(stream.random() * TWO_POW_32) >>> 0;
}
