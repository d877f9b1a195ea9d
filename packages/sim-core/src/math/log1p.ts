// Port of fdlibm s_log1p.c (FreeBSD msun revision), Sun Microsystems 1993; constants bit-exact.
import { highWord, withHighWord } from './bits.ts';
import { Lg1 as Lp1, Lg2 as Lp2, Lg3 as Lp3, Lg4 as Lp4, Lg5 as Lp5, Lg6 as Lp6, Lg7 as Lp7, ln2Hi, ln2Lo } from './fdlibm-constants.ts';

/**
 * log(1 + x), accurate also when x is tiny; deterministic on every JavaScript engine.
 * Hot: used by random-variate generation (e.g. exponential variates from 1 - u), so it allocates nothing.
 *
 * Accuracy: error below 1 ulp for every input (fdlibm's error analysis; checked on 10^6 inputs).
 * Special cases as the ECMAScript built-in log1p: NaN or x < -1 → NaN, -1 → -Infinity, ±0 → ±0, +Infinity → +Infinity.
 *
 * @example
 * log1p(1e-20); // 1e-20 (log(1 + 1e-20) would give 0)
 */
export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    // 1 + x < sqrt(2)+
    if (ax >= 0x3ff00000) {
      if (x === -1.0) return -Infinity;
      return NaN;
    }
    if (ax < 0x3e200000) {
      // |x| < 2^-29: two Taylor terms suffice; below 2^-54 even x alone is correctly rounded.
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec4 | 0)) {
      // sqrt(2)/2- <= 1 + x < sqrt(2)+: no reduction, f = x exactly.
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      // 1 + x was rounded; c/u restores the lost low part to first order.
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      c += k * ln2Lo;
      return k * ln2Hi + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * ln2Hi - (R - (k * ln2Lo + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * ln2Hi - (hfsq - (s * (hfsq + R) + (k * ln2Lo + c)) - f);
}
