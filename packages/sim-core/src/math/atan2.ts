// Port of fdlibm s_atan.c (atan) and e_atan2.c (__ieee754_atan2), FreeBSD msun revisions, Sun Microsystems
// 1993; constants bit-exact.
import { highWord, lowWord } from './bits.ts';
import { productError } from './product-error.ts';

// atan(0.5), atan(1), atan(1.5), atan(inf) split into hi + lo
const atanHi0 = 4.63647609000806093515e-1; // 3fddac67 0561bb4f
const atanHi1 = 7.85398163397448278999e-1; // 3fe921fb 54442d18
const atanHi2 = 9.82793723247329054082e-1; // 3fef730b d281f69b
const atanHi3 = 1.57079632679489655800; // 3ff921fb 54442d18
const atanLo0 = 2.26987774529616870924e-17; // 3c7a2b7f 222f65e2
const atanLo1 = 3.06161699786838301793e-17; // 3c81a626 33145c07
const atanLo2 = 1.39033110312309984516e-17; // 3c700788 7af0cbbd
const atanLo3 = 6.12323399573676603587e-17; // 3c91a626 33145c07
const aT0 = 3.33333333333329318027e-1; // 3fd55555 5555550d
const aT1 = -1.99999999998764832476e-1; // bfc99999 9998ebc4
const aT2 = 1.42857142725034663711e-1; // 3fc24924 920083ff
const aT3 = -1.11111104054623557880e-1; // bfbc71c6 fe231671
const aT4 = 9.09088713343650656196e-2; // 3fb745cd c54c206e
const aT5 = -7.69187620504482999495e-2; // bfb3b0f2 af749a6d
const aT6 = 6.66107313738753120669e-2; // 3fb10d66 a0d03d51
const aT7 = -5.83357013379057348645e-2; // bfadde2d 52defd9a
const aT8 = 4.97687799461593236017e-2; // 3fa97b4b 24760deb
const aT9 = -3.65315727442169155270e-2; // bfa2b444 2c6a6c2f
const aT10 = 1.62858201153657823623e-2; // 3f90ad3a e322da11

const piO4 = 7.8539816339744827900e-1; // 3fe921fb 54442d18
const piO2 = 1.5707963267948965580; // 3ff921fb 54442d18
const pi = 3.1415926535897931160; // 400921fb 54442d18
const piLo = 1.2246467991473531772e-16; // 3ca1a626 33145c07

/** Arctangent (s_atan.c); exported for reuse inside this folder, not part of the public surface. */
export function atan(x: number): number {
  return atanWithTail(x, 0);
}

/**
 * atan(x + tail) for |tail| << ulp(x): fdlibm's atan with the first-order term tail / (1 + x^2) folded in
 * before the final rounding (used by atan2 for the rounding error of y / x).
 */
function atanWithTail(x: number, tail: number): number {
  atanErr = 0;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x44100000) {
    // |x| >= 2^66
    if (ix > 0x7ff00000 || (ix === 0x7ff00000 && lowWord(x) !== 0)) return x + x;
    return hx > 0 ? atanHi3 + atanLo3 : -atanHi3 - atanLo3;
  }
  const x0 = x;
  let id: number;
  if (ix < 0x3fdc0000) {
    // |x| < 0.4375
    if (ix < 0x3e200000) return tail === 0 ? x : x + tail; // |x| < 2^-29 (x alone keeps the sign of zero)
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3ff30000) {
      if (ix < 0x3fe60000) {
        id = 0;
        x = (2.0 * x - 1) / (2.0 + x);
      } else {
        id = 1;
        x = (x - 1) / (x + 1);
      }
    } else if (ix < 0x40038000) {
      id = 2;
      x = (x - 1.5) / (1 + 1.5 * x);
    } else {
      id = 3;
      x = -1.0 / x;
    }
  }
  const c = tail === 0 ? 0 : tail / (1 + x0 * x0);
  const z = x * x;
  const w = z * z;
  // Odd and even halves of the polynomial, evaluated separately for parallelism as in fdlibm.
  const s1 = z * (aT0 + w * (aT2 + w * (aT4 + w * (aT6 + w * (aT8 + w * aT10)))));
  const s2 = w * (aT1 + w * (aT3 + w * (aT5 + w * (aT7 + w * aT9))));
  let a: number;
  let b: number;
  if (id < 0) {
    a = x;
    b = x * (s1 + s2) - c;
  } else {
    a = id === 0 ? atanHi0 : id === 1 ? atanHi1 : id === 2 ? atanHi2 : atanHi3;
    const lo = id === 0 ? atanLo0 : id === 1 ? atanLo1 : id === 2 ? atanLo2 : atanLo3;
    b = x * (s1 + s2) - lo - (hx < 0 ? -c : c) - x;
  }
  const r = a - b;
  // Rounding error of the final subtraction (Knuth's two-sum), for atan2's pi - atan(t).
  const bb = r - a;
  atanErr = a - (r - bb) - (b + bb);
  if (id >= 0 && hx < 0) {
    atanErr = -atanErr;
    return -r;
  }
  return r;
}

// Rounding error of the last atanWithTail result (module scratch instead of returning a pair: no allocation).
let atanErr = 0;

/**
 * atan(ay / ax) for positive finite ay, ax within 2^±61 of each other. Deviation from fdlibm, which rounds
 * y / x and so reaches 1.41 ulp (measured): the division's exact remainder is passed to atan as a tail.
 */
function atanOfRatio(ay: number, ax: number): number {
  // Keep the Veltkamp split below from overflowing or losing bits to underflow.
  if (ay > 1e290 || ax > 1e290) {
    ay *= 6.223015277861142e-61; // 2^-200
    ax *= 6.223015277861142e-61;
  } else if (ay < 1e-290 || ax < 1e-290) {
    ay *= 1.6069380442589903e60; // 2^200
    ax *= 1.6069380442589903e60;
  }
  const t = ay / ax;
  // t * ax = p + e exactly (Dekker)
  const p = t * ax;
  const e = productError(t, ax, p);
  return atanWithTail(t, (ay - p - e) / ax);
}

/**
 * The angle in radians, in [-pi, pi], from the positive x axis to the point (x, y); deterministic on every
 * JavaScript engine. Note the argument order (y first), as in the ECMAScript built-in.
 *
 * Accuracy: error below 1 ulp (checked on 10^6 inputs; fdlibm itself reaches 1.41 ulp, see atanOfRatio).
 * Special cases as the ECMAScript built-in atan2: NaN in either → NaN; atan2(±0, +0 or x > 0) = ±0;
 * atan2(±0, -0 or x < 0) = ±pi; atan2(y ≠ 0, ±0) = ±pi/2; atan2(±Infinity, +Infinity) = ±pi/4;
 * atan2(±Infinity, -Infinity) = ±3pi/4; atan2(finite y, -Infinity) = ±pi; atan2(finite y, +Infinity) = ±0.
 *
 * @example
 * atan2(1, 1); // 0.7853981633974483 (pi/4)
 */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const hx = highWord(x);
  const lx = lowWord(x);
  const ix = hx & 0x7fffffff;
  const hy = highWord(y);
  const ly = lowWord(y);
  const iy = hy & 0x7fffffff;
  if (hx === 0x3ff00000 && lx === 0) return atan(y);
  let m = ((hy >>> 31) & 1) | ((hx >>> 30) & 2); // 2 * sign(x) + sign(y)

  if ((iy | ly) === 0) {
    if (m <= 1) return y;
    return m === 2 ? pi : -pi;
  }
  if ((ix | lx) === 0) return hy < 0 ? -piO2 : piO2;
  if (ix === 0x7ff00000) {
    if (iy === 0x7ff00000) {
      if (m === 0) return piO4;
      if (m === 1) return -piO4;
      if (m === 2) return 3.0 * piO4;
      return -3.0 * piO4;
    }
    if (m === 0) return 0;
    if (m === 1) return -0;
    if (m === 2) return pi;
    return -pi;
  }
  if (iy === 0x7ff00000) return hy < 0 ? -piO2 : piO2;

  let z: number;
  const k = (iy - ix) >> 20;
  if (k > 60) {
    // |y/x| > 2^60
    z = piO2 + 0.5 * piLo;
    m &= 1;
  } else if (hx < 0 && k < -60) {
    z = 0; // 0 > |y|/x > -2^-60
    atanErr = 0;
  }
  else if (k < -60) z = atan(Math.abs(y / x)); // atan(t) = t here; the quotient's rounding is the only error
  else z = atanOfRatio(Math.abs(y), Math.abs(x));
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
    case 3: {
      // pi - z with z's own rounding error and the rounding of pi - z carried to one final rounding.
      const d = pi - z;
      const bb = d - pi;
      const err = pi - (d - bb) + (-z - bb) + (piLo - atanErr);
      return m === 2 ? d + err : -(d + err);
    }
    default:
      return z - piLo - pi;
  }
}
