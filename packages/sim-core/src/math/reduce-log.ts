import { highWord, withHighWord } from './bits.ts';
import { two54 } from './fdlibm-constants.ts';

/**
 * The parts of the last `reduceLog`: x = 2^k (1 + f), and the top 20 fraction bits `hx` of x that
 * fdlibm's log uses to pick its formula. Module scratch: log is hot and allocates nothing.
 */
export const logParts = { k: 0, hx: 0 };

/**
 * fdlibm's argument reduction of log and log10 (e_log.c) for finite x > 0, subnormals included:
 * x = 2^k (1 + f) with 1 + f in [sqrt(2)/2, sqrt(2)). Returns f and leaves k and hx in `logParts`.
 *
 * @example
 * const f = reduceLog(10); // 0.25: 10 = 2^3 · 1.25, logParts.k === 3
 */
export function reduceLog(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // Subnormal: scale into the normal range so the exponent field is meaningful.
    k -= 54;
    x *= two54;
    hx = highWord(x);
  }
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  // Pick the binade so that the reduced 1+f lies in [sqrt(2)/2, sqrt(2)).
  const i = (hx + 0x95f64) & 0x100000;
  x = withHighWord(x, hx | (i ^ 0x3ff00000));
  logParts.k = k + (i >> 20);
  logParts.hx = hx;
  return x - 1.0;
}

/** log or log10 of what `reduceLog` does not take (not a finite x > 0): ±0 → -Infinity, +Infinity → +Infinity, else NaN. */
export function logOfSpecial(x: number): number {
  return x === 0 ? -Infinity : x === Infinity ? x : NaN;
}
