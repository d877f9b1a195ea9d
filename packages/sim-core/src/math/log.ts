// Port of fdlibm e_log.c (__ieee754_log), Sun Microsystems 1993; constants bit-exact (hex in comments).
import { Lg1, Lg2, Lg3, Lg4, Lg5, Lg6, Lg7, ln2Hi, ln2Lo } from './fdlibm-constants.ts';
import { logOfSpecial, logParts, reduceLog } from './reduce-log.ts';

/**
 * Natural logarithm, deterministic on every JavaScript engine (uses only exactly rounded operations).
 * Hot: called by random-variate generation, so it allocates nothing.
 *
 * Accuracy: error below 1 ulp for every input (fdlibm's error analysis; checked on 10^6 inputs).
 * Special cases as the ECMAScript built-in log: NaN or x < 0 → NaN, ±0 → -Infinity, +Infinity → +Infinity, 1 → +0.
 *
 * @example
 * log(Math.E); // 1
 */
export function log(x: number): number {
  if (!(x > 0 && x < Infinity)) return logOfSpecial(x);
  const f = reduceLog(x);
  const k = logParts.k;
  const hx = logParts.hx;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20: a short Taylor series is already exact to working precision.
    if (f === 0) {
      if (k === 0) return 0;
      return k * ln2Hi + k * ln2Lo;
    }
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    if (k === 0) return f - R;
    return k * ln2Hi - (R - k * ln2Lo - f);
  }
  const s = f / (2.0 + f);
  const dk = k;
  const z = s * s;
  let i2 = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  const t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  i2 |= j;
  const R = t2 + t1;
  if (i2 > 0) {
    // Larger f: the hfsq form keeps the error below 1 ulp.
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return dk * ln2Hi - (hfsq - (s * (hfsq + R) + dk * ln2Lo) - f);
  }
  if (k === 0) return f - s * (f - R);
  return dk * ln2Hi - (s * (f - R) - dk * ln2Lo - f);
}
