// Port of fdlibm s_expm1.c (FreeBSD msun revision), Sun Microsystems 1993; constants bit-exact.
import { fromWords, highWord, lowWord } from './bits.ts';
import { oThreshold, two1023 } from './fdlibm-constants.ts';
import { byLn2, reduceByLn2 } from './reduce-by-ln2.ts';

// Scaled: Qn here = 2^n * Qn of the Remez fit, because z below is x*x/2.
const Q1 = -3.33333333333331316428e-2; // bfa11111 111110f4
const Q2 = 1.58730158725481460165e-3; // 3f5a01a0 19fe5585
const Q3 = -7.93650757867487942473e-5; // bf14ce19 9eaadbb7
const Q4 = 4.00821782732936239552e-6; // 3ed0cfca 86e65239
const Q5 = -2.01099218183624371326e-7; // be8afdb7 6e09c32d

/**
 * e^x - 1, accurate also when x is near 0; deterministic on every JavaScript engine.
 * Hot: used by random-variate generation, so it allocates nothing.
 *
 * Accuracy: error below 1 ulp for every input (fdlibm's error analysis; checked on 10^6 inputs).
 * Special cases as the ECMAScript built-in expm1: NaN → NaN, ±0 → ±0, +Infinity → +Infinity, -Infinity → -1;
 * overflows to +Infinity above 709.782712893384.
 *
 * @example
 * expm1(1e-20); // 1e-20 (exp(1e-20) - 1 would give 0)
 */
export function expm1(x: number): number {
  let hx = highWord(x);
  const negative = hx < 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x;
        return negative ? -1 : x;
      }
      if (x > oThreshold) return Infinity;
    }
    // e^x < 2^-56 is below half an ulp of 1, so -1 is the correctly rounded answer.
    if (negative) return -1;
  }
  let hi: number;
  let lo: number;
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    x = reduceByLn2(x, hx, negative);
    hi = byLn2.hi;
    lo = byLn2.lo;
    k = byLn2.k;
    // Rounding error of the reduced argument, added back as a first-order correction.
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    // |x| < 2^-54: x itself is correctly rounded (and keeps the sign of zero).
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  const twopk = fromWords((0x3ff00000 + (k << 20)) | 0, 0);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1 + 2.0 * (x - e);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1 - (e - x);
    y = k === 1024 ? y * 2.0 * two1023 : y * twopk;
    return y - 1;
  }
  if (k < 20) {
    t = fromWords((0x3ff00000 - (0x200000 >> k)) | 0, 0); // 1 - 2^-k
    y = t - (e - x);
    return y * twopk;
  }
  t = fromWords((0x3ff - k) << 20, 0); // 2^-k
  y = x - (e + t);
  y += 1;
  return y * twopk;
}
