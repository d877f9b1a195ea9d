// Port of fdlibm e_pow.c (__ieee754_pow, 2004 revision as in FreeBSD msun), Sun Microsystems; constants
// bit-exact. Special cases follow ECMAScript Number::exponentiate where it differs from C99 (see pow doc).
import { fromWords, highWord, lowWord, withHighWord, withLowWord } from './bits.ts';

const dpH1 = 5.84962487220764160156e-1; // 3fe2b803 40000000
const dpL1 = 1.35003920212974897128e-8; // 3e4cfdeb 43cfd006
const two53 = 9007199254740992.0; // 43400000 00000000
// Polynomial for (3/2)(log(x) - 2s - 2/3 s^3)
const L1 = 5.99999999999994648725e-1; // 3fe33333 33333303
const L2 = 4.28571428578550184252e-1; // 3fdb6db6 db6fabff
const L3 = 3.33333329818377432918e-1; // 3fd55555 518f264d
const L4 = 2.72728123808534006489e-1; // 3fd17460 a91d4101
const L5 = 2.30660745775561754067e-1; // 3fcd864a 93c9db65
const L6 = 2.06975017800338417784e-1; // 3fca7e28 4a454eef
const P1 = 1.66666666666666019037e-1; // 3fc55555 5555553e
const P2 = -2.77777777770155933842e-3; // bf66c16c 16bebd93
const P3 = 6.61375632143793436117e-5; // 3f11566a af25de2c
const P4 = -1.65339022054652515390e-6; // bebbbd41 c5d26bf1
const P5 = 4.13813679705723846039e-8; // 3e663769 72bea4d0
const lg2 = 6.93147180559945286227e-1; // 3fe62e42 fefa39ef
const lg2H = 6.93147182464599609375e-1; // 3fe62e43 00000000
const lg2L = -1.90465429995776804525e-9; // be205c61 0ca86c39
const ovt = 8.0085662595372944372e-17; // -(1024 - log2(ovfl + .5ulp))
const cp = 9.61796693925975554329e-1; // 3feec709 dc3a03fd = 2/(3 ln2)
const cpH = 9.61796700954437255859e-1; // 3feec709 e0000000
const cpL = -7.02846165095275826516e-9; // be3e2fe0 145b01f5
const ivln2 = 1.44269504088896338700; // 3ff71547 652b82fe
const ivln2H = 1.44269502162933349609; // 3ff71547 60000000
const ivln2L = 1.92596299112661746887e-8; // 3e54ae0b f85ddf44

const twoM60 = 8.673617379884035e-19; // 2^-60

/** z * 2^n with a single rounding (fdlibm's scalbn), for results in the subnormal range (n >= -1080). */
function scaleDown(z: number, n: number): number {
  return z * fromWords((0x3ff + n + 60) << 20, 0) * twoM60;
}

/**
 * x raised to the power y, deterministic on every JavaScript engine (uses only exactly rounded operations).
 *
 * Accuracy: error below 1 ulp (checked on 10^6 inputs); exact for integer powers of integers whose result is
 * representable. Special cases are exactly those of the ECMAScript built-in pow and exponentiation operator,
 * which differ from C:
 * pow(1, NaN) and pow(±1, ±Infinity) are NaN; pow(x, ±0) is 1 even for NaN x; pow(x < 0, non-integer) is NaN,
 * so pow(-8, 1/3) is NaN; pow(-0, odd negative integer) is -Infinity.
 *
 * @example
 * pow(2, 0.5); // 1.4142135623730951
 */
export function pow(x: number, y: number): number {
  const hx = highWord(x);
  const lx = lowWord(x);
  const hy = highWord(y);
  const ly = lowWord(y);
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;

  if ((iy | ly) === 0) return 1;
  if (y !== y) return NaN;
  if (ix > 0x7ff00000 || (ix === 0x7ff00000 && lx !== 0)) return NaN;
  // Unlike C99, ECMAScript makes 1^y NaN only for infinite y (NaN y was handled above).
  if (hx === 0x3ff00000 && lx === 0 && iy !== 0x7ff00000) return 1;

  // yIsInt: 0 = not an integer, 1 = odd integer, 2 = even integer (only needed for x < 0).
  let yIsInt = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) yIsInt = 2;
    else if (iy >= 0x3ff00000) {
      const k = (iy >> 20) - 0x3ff;
      if (k > 20) {
        const j = ly >>> (52 - k);
        if ((j << (52 - k)) >>> 0 === ly) yIsInt = 2 - (j & 1);
      } else if (ly === 0) {
        const j = iy >> (20 - k);
        if (j << (20 - k) === iy) yIsInt = 2 - (j & 1);
      }
    }
  }

  if (ly === 0) {
    if (iy === 0x7ff00000) {
      if (((ix - 0x3ff00000) | lx) === 0) return NaN; // (±1)^±Infinity is NaN in ECMAScript
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0;
      return hy < 0 ? -y : 0;
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1 / x : x;
    if (hy === 0x40000000) return x * x;
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x);
  }

  let ax = Math.abs(x);
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    // x is ±0, ±Infinity or ±1
    let z = ax;
    if (hy < 0) z = 1 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yIsInt) === 0) z = NaN;
      else if (yIsInt === 1) z = -z;
    }
    return z;
  }

  const n0 = (hx >>> 31) - 1; // 0 for negative x, -1 otherwise
  if ((n0 | yIsInt) === 0) return NaN; // negative ^ non-integer
  const s = (n0 | (yIsInt - 1)) === 0 ? -1 : 1; // negative ^ odd integer

  let t1: number;
  let t2: number;
  if (iy > 0x41e00000) {
    // |y| > 2^31
    if (iy > 0x43f00000) {
      // |y| > 2^64: must overflow or underflow
      if (ix <= 0x3fefffff) return hy < 0 ? Infinity : 0;
      if (ix >= 0x3ff00000) return hy > 0 ? Infinity : 0;
    }
    if (ix < 0x3fefffff) return hy < 0 ? s * Infinity : s * 0;
    if (ix > 0x3ff00000) return hy > 0 ? s * Infinity : s * 0;
    // |1 - x| <= 2^-20: log(x) by x - x^2/2 + x^3/3 - x^4/4 suffices
    const t = ax - 1;
    const w = t * t * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    // Deviation from fdlibm: there u = ivln2H * t is assumed exact, but t can carry 33 significant bits and
    // ivln2H has 24, so u was rounded and y * log2(x) lost up to ~500 ulps (measured) for x near 1 and
    // |y| > 2^31. Splitting t into a 21-bit head and a tail keeps u exact.
    const tHead = withLowWord(t, 0);
    const u = ivln2H * tHead;
    const v = (t - tHead) * ivln2H + t * ivln2L - w * ivln2;
    t1 = withLowWord(u + v, 0);
    t2 = v - (t1 - u);
  } else {
    let n = 0;
    if (ix < 0x00100000) {
      ax *= two53;
      n -= 53;
      ix = highWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    ix = j | 0x3ff00000;
    let k: number;
    if (j <= 0x3988e) k = 0; // |x| < sqrt(3/2)
    else if (j < 0xbb67a) k = 1; // |x| < sqrt(3)
    else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = withHighWord(ax, ix);
    const bp = k === 0 ? 1.0 : 1.5;
    const dpH = k === 0 ? 0 : dpH1;
    const dpL = k === 0 ? 0 : dpL1;

    // ss = sH + sL = (x - 1)/(x + 1) or (x - 1.5)/(x + 1.5), carried in extra precision
    let u = ax - bp;
    let v = 1 / (ax + bp);
    const ss = u * v;
    const sH = withLowWord(ss, 0);
    let tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
    let tL = ax - (tH - bp);
    const sL = v * (u - sH * tH - sH * tL);
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = withLowWord(3.0 + s2 + r, 0);
    tL = r - (tH - 3.0 - s2);
    u = sH * tH;
    v = sL * tH + tL * ss;
    const pH = withLowWord(u + v, 0);
    const pL = v - (pH - u);
    const zH = cpH * pH;
    const zL = cpL * pH + pL * cp + dpL;
    // log2(ax) = n + dpH + zH + zL
    const t = n;
    t1 = withLowWord(zH + zL + dpH + t, 0);
    t2 = zL - (t1 - t - dpH - zH);
  }

  // (y1 + y2) * (t1 + t2) with y1 the top 21 bits of y, so y1 * t1 is exact
  const y1 = withLowWord(y, 0);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = highWord(z);
  const i = lowWord(z);
  if (j >= 0x40900000) {
    // z >= 1024
    if (((j - 0x40900000) | i) !== 0) return s * Infinity;
    if (pL + ovt > z - pH) return s * Infinity;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z <= -1075
    if (((j - (0xc090cc00 | 0)) | i) !== 0) return s * 0;
    if (pL <= z - pH) return s * 0;
  }

  // 2^(pH + pL)
  const ij = j & 0x7fffffff;
  let k = (ij >> 20) - 0x3ff;
  let n = 0;
  if (ij > 0x3fe00000) {
    // |z| > 0.5: n = [z + 0.5]
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const t = fromWords(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  const t = withLowWord(pL + pH, 0);
  const u = t * lg2H;
  const v = (pL - (t - pH)) * lg2 + t * lg2L;
  z = u + v;
  const w = v - (z - u);
  const tt = z * z;
  const tt1 = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  const r = (z * tt1) / (tt1 - 2) - (w + z * w);
  z = 1 - (r - z);
  j = highWord(z);
  j += n << 20;
  if (j >> 20 <= 0) z = scaleDown(z, n);
  else z = withHighWord(z, j);
  return s * z;
}
