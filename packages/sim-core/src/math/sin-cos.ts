// Port of fdlibm s_sin.c and s_cos.c with their kernels k_sin.c and k_cos.c (FreeBSD msun revisions),
// Sun Microsystems 1993; constants bit-exact. Argument reduction lives in rem-pio2.ts.
import { highWord } from './bits.ts';
import { remPio2 } from './rem-pio2.ts';

const S1 = -1.66666666666666324348e-1; // bfc55555 55555549
const S2 = 8.33333333332248946124e-3; // 3f811111 1110f8a6
const S3 = -1.98412698298579493134e-4; // bf2a01a0 19c161d5
const S4 = 2.75573137070700676789e-6; // 3ec71de3 57b1fe7d
const S5 = -2.50507602534068634195e-8; // be5ae5e6 8a2b9ceb
const S6 = 1.58969099521155010221e-10; // 3de5d93a 5acfd57c
const C1 = 4.16666666666666019037e-2; // 3fa55555 5555554c
const C2 = -1.38888888888741095749e-3; // bf56c16c 16c15177
const C3 = 2.48015872894767294178e-5; // 3efa01a0 19cb1590
const C4 = -2.75573143513906633035e-7; // be927e4f 809c52ad
const C5 = 2.08757232129817482790e-9; // 3e21ee9e bdb4b1c4
const C6 = -1.13596475577881948265e-11; // bda8fae9 be8838d4

/** sin(x + y) on [-pi/4, pi/4], y the tail of x (k_sin.c). */
function kernelSin(x: number, y: number, yIsZero: boolean): number {
  const z = x * x;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v = z * x;
  if (yIsZero) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

/** cos(x + y) on [-pi/4, pi/4], y the tail of x (k_cos.c). */
function kernelCos(x: number, y: number): number {
  const z = x * x;
  let w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz = 0.5 * z;
  w = 1 - hz;
  // 1 - hz == w + ((1 - w) - hz) exactly: the small correction keeps cos below 1 ulp.
  return w + (1 - w - hz + (z * r - x * y));
}

// Reduction output, allocated once (no allocation per call).
const y = new Float64Array(2);

/**
 * Sine of x (radians), deterministic on every JavaScript engine, correct to within 1 ulp for every finite x
 * (exact Payne–Hanek reduction for huge x; checked on 10^6 inputs).
 * Special cases as the ECMAScript built-in sin: NaN and ±Infinity → NaN, ±0 → ±0.
 *
 * @example
 * sin(Math.PI / 6); // 0.49999999999999994
 */
export function sin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e500000) return x; // |x| < 2^-26: sin x rounds to x (and -0 stays -0)
    return kernelSin(x, 0, true);
  }
  if (ix >= 0x7ff00000) return NaN;
  const n = remPio2(x, y);
  switch (n & 3) {
    case 0:
      return kernelSin(y[0], y[1], false);
    case 1:
      return kernelCos(y[0], y[1]);
    case 2:
      return -kernelSin(y[0], y[1], false);
    default:
      return -kernelCos(y[0], y[1]);
  }
}

/**
 * Cosine of x (radians), deterministic on every JavaScript engine, correct to within 1 ulp for every finite x
 * (exact Payne–Hanek reduction for huge x; checked on 10^6 inputs).
 * Special cases as the ECMAScript built-in cos: NaN and ±Infinity → NaN, ±0 → 1.
 *
 * @example
 * cos(Math.PI / 3); // 0.5000000000000001
 */
export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e46a09e) return 1; // |x| < 2^-27 sqrt(2): cos x rounds to 1
    return kernelCos(x, 0);
  }
  if (ix >= 0x7ff00000) return NaN;
  const n = remPio2(x, y);
  switch (n & 3) {
    case 0:
      return kernelCos(y[0], y[1]);
    case 1:
      return -kernelSin(y[0], y[1], false);
    case 2:
      return -kernelCos(y[0], y[1]);
    default:
      return kernelSin(y[0], y[1], false);
  }
}
