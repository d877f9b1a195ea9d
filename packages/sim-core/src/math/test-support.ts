// Test helpers for the math folder: a seeded PRNG, ulp distance, and high-precision references.
//
// decimal.js costs 50–100 µs per call, too slow for 10^6 inputs per function, so every input is checked
// against a double-double (~106-bit) reference built here from exactly rounded operations and exact
// BigInt argument reduction. Each reference is itself checked against decimal.js (see *.test.ts,
// "the double-double reference agrees with decimal.js"), so the chain of trust ends at decimal.js.
import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import { productError } from './product-error.ts';

export const D = Decimal.clone({ precision: 60 });

// ---------------------------------------------------------------- PRNG (mulberry32)

/** Seeded 32-bit PRNG; `next()` returns a double in [0, 1) built from 53 random bits. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const u32 = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => ((u32() >>> 5) * 67108864 + (u32() >>> 6)) / 9007199254740992;
  return {
    u32,
    next,
    /** Uniform in [lo, hi). */
    uniform: (lo: number, hi: number): number => lo + (hi - lo) * next(),
    /** Positive double with exponent uniform in [eMin, eMax] and a random 52-bit fraction. */
    wide: (eMin: number, eMax: number): number => {
      const e = eMin + Math.floor(next() * (eMax - eMin + 1));
      return (1 + next()) * pow2(e);
    },
  };
}

/** The generator `prng(seed)` returns. */
export type Rng = ReturnType<typeof prng>;

// ---------------------------------------------------------------- bits and ulps

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

export function bitsOf(x: number): bigint {
  f64[0] = x;
  return u64[0];
}

export function fromBits(b: bigint): number {
  u64[0] = b;
  return f64[0];
}

/** Exactly 2^n for integer n in [-1074, 1023]. */
export function pow2(n: number): number {
  if (n >= -1022) return fromBits(BigInt(n + 1023) << 52n);
  return fromBits(1n << BigInt(n + 1074));
}

/** Multiplies by 2^n exactly when the result is representable (two steps so 2^n itself may be out of range). */
export function scale(x: number, n: number): number {
  for (; n > 1000; n -= 1000) x *= pow2(1000);
  for (; n < -1000; n += 1000) x *= pow2(-1000);
  return x * pow2(n);
}

/** floor(log2 |x|) for finite nonzero x, subnormals included. */
export function exponentOf(x: number): number {
  const b = bitsOf(Math.abs(x));
  const e = Number(b >> 52n);
  if (e > 0) return e - 1023;
  return -1074 + (b.toString(2).length - 1);
}

/** Next double above x (x finite). */
export function nextUp(x: number): number {
  if (x === 0) return pow2(-1074);
  const b = bitsOf(x);
  return fromBits(x > 0 ? b + 1n : b - 1n);
}

export function nextDown(x: number): number {
  return -nextUp(-x);
}

/** A reference value (hi + lo) * 2^e, with |lo| <= ulp(hi)/2; hi is ±Infinity or 0 when far out of range. */
export interface Ref {
  hi: number;
  lo: number;
  e: number;
}

export const ref = (hi: number, lo = 0, e = 0): Ref => ({ hi, lo, e });

/**
 * Distance from `got` to the exact value `r`, in units of the last place of the exact value
 * (subnormal spacing below 2^-1022; overflowing results count +Infinity as 2^1024).
 */
export function ulpError(got: number, r: Ref): number {
  if (Number.isNaN(got) || Number.isNaN(r.hi)) return Number.isNaN(got) && Number.isNaN(r.hi) ? 0 : Infinity;
  if (!Number.isFinite(r.hi)) {
    if (got === r.hi) return 0;
    // Exact value beyond 2^1024: only ±Infinity and ±MAX are within 1 ulp.
    return Math.abs(got) === Number.MAX_VALUE && Math.sign(got) === Math.sign(r.hi) ? 1 : Infinity;
  }
  if (r.hi === 0) {
    if (got === 0) return 0;
    // Exact value far below the subnormal range.
    return Math.abs(got) / pow2(-1074);
  }
  let E = exponentOf(r.hi) + r.e;
  if (r.lo !== 0 && Math.sign(r.lo) !== Math.sign(r.hi) && bitsOf(Math.abs(r.hi)) % (1n << 52n) === 0n) E -= 1;
  const ulpExp = Math.max(E, -1022) - 52;
  if (E >= 1024) {
    if (got === Infinity * Math.sign(r.hi)) return 0;
    const gotS = scale(got, -r.e);
    return Math.abs(gotS - r.hi - r.lo) / pow2(1023 - 52 - r.e);
  }
  if (!Number.isFinite(got)) {
    // Count an overflowed result as 2^1024, one ulp above the largest double.
    const gotS = scale(Math.sign(got) * pow2(1023), 1 - r.e);
    return Math.abs(gotS - r.hi - r.lo) / scale(1, ulpExp - r.e);
  }
  const g = got;
  const gs = scale(g, -r.e);
  const d = gs - r.hi - r.lo;
  return Math.abs(d) / scale(1, ulpExp - r.e);
}

// ---------------------------------------------------------------- double-double arithmetic

export type DD = [number, number];

export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

export function twoProd(a: number, b: number): DD {
  const p = a * b;
  return [p, productError(a, b, p)];
}

export function add(a: DD, b: DD): DD {
  const s = twoSum(a[0], b[0]);
  const t = twoSum(a[1], b[1]);
  let s1 = s[1] + t[0];
  const u = quickTwoSum(s[0], s1);
  s1 = u[1] + t[1];
  return quickTwoSum(u[0], s1);
}

export const neg = (a: DD): DD => [-a[0], -a[1]];
export const sub = (a: DD, b: DD): DD => add(a, neg(b));
export const dd = (x: number): DD => [x, 0];

export function mul(a: DD, b: DD): DD {
  const p = twoProd(a[0], b[0]);
  return quickTwoSum(p[0], p[1] + (a[0] * b[1] + a[1] * b[0]));
}

export function mulD(a: DD, b: number): DD {
  const p = twoProd(a[0], b);
  return quickTwoSum(p[0], p[1] + a[1] * b);
}

export function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = sub(a, mulD(b, q1));
  const q2 = r[0] / b[0];
  r = sub(r, mulD(b, q2));
  const q3 = r[0] / b[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

/** Double-double divided by a double. */
export function divD(a: DD, b: number): DD {
  const q1 = a[0] / b;
  const p = twoProd(q1, b);
  const q2 = (a[0] - p[0] - p[1] + a[1]) / b;
  return quickTwoSum(q1, q2);
}

export const scaleDD = (a: DD, n: number): DD => [scale(a[0], n), scale(a[1], n)];

export function fromDecimal(d: Decimal): DD {
  const hi = Number(d.toString());
  const lo = Number(d.minus(exact(hi)).toString());
  return [hi, lo];
}

const PI_DEC = new D(-1).acos();
export const PI = fromDecimal(PI_DEC);
export const PI_2 = fromDecimal(PI_DEC.div(2));
export const LN2 = fromDecimal(new D(2).ln());
const LN2_3 = Number(new D(2).ln().minus(exact(LN2[0])).minus(exact(LN2[1])).toString());
export const INV_LN10 = fromDecimal(new D(1).div(new D(10).ln()));
export const TWO_OVER_SQRT_PI = fromDecimal(new D(2).div(PI_DEC.sqrt()));
export const INV_SQRT2 = fromDecimal(new D(0.5).sqrt());
export const HALF_LN_2PI = fromDecimal(PI_DEC.times(2).ln().div(2));
export const EULER_GAMMA = fromDecimal(new D('0.57721566490153286060651209008240243104215933593992359880576723'));

// ---------------------------------------------------------------- references

/** expm1(r) for |r| <= 0.5 by Taylor series in double-double. */
function expm1SmallExact(r: DD): DD {
  let term: DD = r;
  let sum: DD = r;
  for (let n = 2; n < 40; n++) {
    term = divD(mul(term, r), n);
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36 * Math.abs(sum[0])) break;
  }
  return sum;
}

/** e^x as a Ref (value = (hi + lo) * 2^e) for a double-double x; no overflow or underflow internally. */
export function refExpDD(x: DD): Ref {
  if (x[0] > 1e6) return ref(Infinity);
  if (x[0] < -1e6) return ref(0);
  const k = Math.round(x[0] / LN2[0]);
  // r = x - k ln2 with ln2 to ~160 bits; k * LN2 parts are exact products split by twoProd.
  let r = sub(x, add(twoProd(k, LN2[0]), add(twoProd(k, LN2[1]), [k * LN2_3, 0])));
  r = scaleDD(r, -8);
  let s = expm1SmallExact(r);
  // (1 + s)^2 - 1 = s (2 + s): squaring in expm1 form keeps full relative precision.
  for (let i = 0; i < 8; i++) s = mul(s, add([2, 0], s));
  const v = add([1, 0], s);
  return ref(v[0], v[1], k);
}

export const refExp = (x: number): Ref => refExpDD([x, 0]);

export function refValue(r: Ref): DD {
  return [scale(r.hi, r.e), scale(r.lo, r.e)];
}

/** expm1 reference in double-double. */
export function refExpm1DD(x: DD): DD {
  if (Math.abs(x[0]) <= 0.5) return expm1SmallExact(x);
  const e = refExpDD(x);
  return add(refValue(e), [-1, 0]);
}

export function refExpm1(x: number): Ref {
  if (x > 709) return refExp(x); // e^x - 1 = e^x to far beyond double-double precision
  const v = refExpm1DD([x, 0]);
  return ref(v[0], v[1]);
}

/** log(m) for m in [0.5, 2] by one Newton step on expm1 from Math.log (quadratic: 53 → >100 bits). */
function logMantissa(m: DD): DD {
  const y0 = Math.log(m[0] + m[1]);
  const em = refExpm1DD([y0, 0]);
  const m1 = add(m, [-1, 0]);
  // y1 = y0 - (expm1(y0) - (m - 1)) / e^y0
  const num = sub(em, m1);
  const corr = num[0] / (1 + em[0]);
  return add([y0, 0], [-corr, 0]);
}

/** Natural log of a positive finite double-double. */
export function refLogDD(x: DD): DD {
  let k = exponentOf(x[0]);
  let m = scaleDD(x, -k);
  if (m[0] + m[1] > Math.SQRT2) {
    m = scaleDD(m, -1);
    k += 1;
  }
  const lm = logMantissa(m);
  return add(lm, add(twoProd(k, LN2[0]), add(twoProd(k, LN2[1]), [k * LN2_3, 0])));
}

export function refLog(x: number): Ref {
  const v = refLogDD([x, 0]);
  return ref(v[0], v[1]);
}

export function refLog1p(x: number): Ref {
  if (x < -0.5 || x > 1) {
    const v = refLogDD(twoSum(1, x));
    return ref(v[0], v[1]);
  }
  const y0 = Math.log1p(x);
  const em = refExpm1DD([y0, 0]);
  const corr = sub(em, [x, 0])[0] / (1 + em[0]);
  const v = add([y0, 0], [-corr, 0]);
  return ref(v[0], v[1]);
}

export function refLog10(x: number): Ref {
  const v = mul(refLogDD([x, 0]), INV_LN10);
  return ref(v[0], v[1]);
}

/** x^y for finite nonzero x, y (x < 0 only with integer y). */
export function refPow(x: number, y: number): Ref {
  const negative = x < 0 && Number.isInteger(y) && Math.abs(y % 2) === 1;
  const l = refLogDD([Math.abs(x), 0]);
  const approx = y * l[0];
  let r: Ref;
  if (approx > 2000) r = ref(Infinity);
  else if (approx < -2000) r = ref(0);
  else r = refExpDD(add(twoProd(y, l[0]), [y * l[1], 0]));
  return negative ? ref(-r.hi, -r.lo, r.e) : r;
}

// 2/pi to 1400 bits for exact reduction of any double modulo pi/2.
const TWO_OVER_PI_BITS = 1400n;
const TWO_OVER_PI_BIG = BigInt(
  new (Decimal.clone({ precision: 500 }))(2)
    .div(new (Decimal.clone({ precision: 500 }))(-1).acos())
    .times(new (Decimal.clone({ precision: 500 }))(2).pow(1400))
    .toFixed(0, Decimal.ROUND_DOWN),
);

/** x = n * pi/2 + r, |r| <= pi/4, r to ~106 bits relative even right next to a multiple of pi/2. */
export function reducePio2(x: number): { n: number; r: DD } {
  if (Math.abs(x) <= Math.PI / 4) return { n: 0, r: [x, 0] };
  const b = bitsOf(Math.abs(x));
  const be = Number(b >> 52n);
  const mant = (b & ((1n << 52n) - 1n)) | (be > 0 ? 1n << 52n : 0n);
  const e = BigInt((be > 0 ? be : 1) - 1075); // |x| = mant * 2^e
  const prod = mant * TWO_OVER_PI_BIG; // |x| * 2/pi = prod * 2^(e - 1400)
  const s = TWO_OVER_PI_BITS - e; // number of fraction bits (always > 300 here)
  let q = prod >> s;
  let frac = prod - (q << s);
  if (frac >= 1n << (s - 1n)) {
    frac -= 1n << s;
    q += 1n;
  }
  const neg = frac < 0n;
  let a = neg ? -frac : frac;
  // Take 110 bits starting at the leading one of the (centred) fraction.
  const len = BigInt(a.toString(2).length);
  const shift = len - 110n;
  a = shift > 0n ? a >> shift : a << -shift;
  const top = Number(a >> 57n);
  const bottom = Number(a & ((1n << 57n) - 1n));
  const ex = Number(shift - s);
  let f: DD = add([scale(top, ex + 57), 0], [scale(bottom, ex), 0]);
  if (neg) f = neg2(f);
  let r = mul(f, PI_2);
  let n = Number(q % 4n);
  if (x < 0) {
    r = neg2(r);
    n = (4 - n) % 4;
  }
  return { n, r };
}
const neg2 = neg;

function sinSmall(r: DD): DD {
  const r2 = mul(r, r);
  let term: DD = r;
  let sum: DD = r;
  for (let n = 3; n < 60; n += 2) {
    term = neg(divD(mul(term, r2), n * (n - 1)));
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36 * Math.abs(sum[0])) break;
  }
  return sum;
}

function cosSmall(r: DD): DD {
  const r2 = mul(r, r);
  let term: DD = [1, 0];
  let sum: DD = [1, 0];
  for (let n = 2; n < 60; n += 2) {
    term = neg(divD(mul(term, r2), n * (n - 1)));
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36) break;
  }
  return sum;
}

export function refSin(x: number): Ref {
  const { n, r } = reducePio2(x);
  const v = n === 0 ? sinSmall(r) : n === 1 ? cosSmall(r) : n === 2 ? neg(sinSmall(r)) : neg(cosSmall(r));
  return ref(v[0], v[1]);
}

export function refCos(x: number): Ref {
  const { n, r } = reducePio2(x);
  const v = n === 0 ? cosSmall(r) : n === 1 ? neg(sinSmall(r)) : n === 2 ? neg(cosSmall(r)) : sinSmall(r);
  return ref(v[0], v[1]);
}

/** atan(t) for 0 <= t <= 1 (double-double t). */
function atanUnit(t: DD): DD {
  if (t[0] < 2 ** -10) {
    const t2 = mul(t, t);
    let p: DD = t;
    let sum: DD = t;
    for (let n = 3; n < 40; n += 2) {
      p = neg(mul(p, t2));
      const term = divD(p, n);
      sum = add(sum, term);
      if (Math.abs(term[0]) < 1e-36 * sum[0]) break;
    }
    return sum;
  }
  const y0 = Math.atan(t[0]);
  const s = sinSmall([y0, 0]);
  const c = cosSmall([y0, 0]);
  // Newton on tan(y) = t: y1 = y0 - (sin y0 - t cos y0) cos y0
  const f = sub(s, mul(t, c));
  return sub([y0, 0], mul(f, c));
}

/** atan2(y, x) for finite nonzero y, x. */
export function refAtan2(y: number, x: number): Ref {
  const ey = exponentOf(y);
  const ex = exponentOf(x);
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  let v: DD;
  let e = 0;
  if (ey - ex < -600) {
    // atan(t) = t (1 - t^2/3 ...) with t^2 < 2^-1100: t is the answer to far beyond double-double.
    if (x > 0) {
      const t = div([scale(ay, -ey), 0], [scale(ax, -ex), 0]);
      v = t;
      e = ey - ex;
    } else v = PI;
  } else if (ey - ex > 600) {
    v = PI_2;
  } else {
    const big = ay > ax;
    // Divide normalised mantissas: the Veltkamp split inside div overflows above 2^996.
    const my = scale(ay, -ey);
    const mx = scale(ax, -ex);
    const t = big ? scaleDD(div([mx, 0], [my, 0]), ex - ey) : scaleDD(div([my, 0], [mx, 0]), ey - ex);
    const a = atanUnit(t);
    v = big ? sub(PI_2, a) : a;
    if (x < 0) v = sub(PI, v);
  }
  if (y < 0) v = neg(v);
  return ref(v[0], v[1], e);
}

/** erf(z) for 0 <= z < 3.5 by the positive series e^{-z^2} sum (2z^2)^n / (2n+1)!!, times 2z/sqrt(pi). */
function erfSeries(z: number): DD {
  const z2 = twoProd(z, z);
  const twoZ2 = mulD(z2, 2);
  let term: DD = [1, 0];
  let sum: DD = [1, 0];
  for (let n = 1; n < 200; n++) {
    term = divD(mul(term, twoZ2), 2 * n + 1);
    sum = add(sum, term);
    if (term[0] < 1e-36 * sum[0]) break;
  }
  const e = refValue(refExpDD(neg(z2)));
  return mulD(mul(mul(sum, e), TWO_OVER_SQRT_PI), z);
}

/** erfc(z) for z >= 3 by Laplace's continued fraction (z double-double), as a Ref. */
function erfcContinuedFraction(z: DD): Ref {
  // erfc(z) = e^{-z^2}/sqrt(pi) * 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + 2/(z + ...)))))
  // Terms needed grow like (40/z)^2 / 2 for 2^-120; 1.5x margin (checked against the series at z in [3, 5]).
  const terms = Math.ceil(0.75 * (40 / z[0]) ** 2) + 10;
  let f: DD = z;
  for (let k = terms; k >= 1; k--) f = add(z, div([k / 2, 0], f));
  const ez = refExpDD(neg(mul(z, z)));
  const v = div(mulD(TWO_OVER_SQRT_PI, 0.5), f);
  const m = mul([ez.hi, ez.lo], v);
  return ref(m[0], m[1], ez.e);
}

export function refErf(x: number): Ref {
  const a = Math.abs(x);
  if (a < 2 ** -500) {
    // erf(x) = 2x/sqrt(pi) (1 - x^2/3 ...): scaled so that the product is not rounded to the subnormal grid.
    const v = mulD(TWO_OVER_SQRT_PI, scale(x, 600));
    return ref(v[0], v[1], -600);
  }
  let v: DD;
  if (a < 3) v = erfSeries(a);
  else if (a > 6.5) v = [1, -0]; // erfc(6.5) < 2^-120
  else v = sub([1, 0], refValue(erfcContinuedFraction([a, 0])));
  if (x < 0) v = neg(v);
  return ref(v[0], v[1]);
}

export function refErfcDD(z: DD): Ref {
  if (z[0] >= 3) return erfcContinuedFraction(z);
  const a = Math.abs(z[0]);
  const s = erfSeries(a);
  // First-order term for the low part of z; its square is below 2^-100 relative here.
  const slope = mulD(TWO_OVER_SQRT_PI, Math.exp(-z[0] * z[0]) * z[1]);
  const v = z[0] >= 0 ? sub(sub([1, 0], s), slope) : sub(add([1, 0], s), slope);
  return ref(v[0], v[1]);
}

export const refErfc = (x: number): Ref => refErfcDD([x, 0]);

/** P(Z <= x) = erfc(-x / sqrt 2) / 2. */
export function refNormalCdf(x: number): Ref {
  const z = mulD(INV_SQRT2, -x);
  const r = refErfcDD(z);
  return ref(r.hi * 0.5, r.lo * 0.5, r.e);
}

const BERNOULLI: [number, number][] = [
  [1, 6], [-1, 30], [1, 42], [-1, 30], [5, 66], [-691, 2730], [7, 6], [-3617, 510], [43867, 798],
  [-174611, 330], [854513, 138], [-236364091, 2730],
];
const STIRLING: DD[] = BERNOULLI.map(([num, den], i) => {
  const k = i + 1;
  return div([num, 0], [den * 2 * k * (2 * k - 1), 0]);
});

/** log Gamma(x) for x > 0 finite, as double-double. */
export function refLogGamma(x: number): Ref {
  // Next to the zeros at 1 and 2 use Taylor series, which keep full relative precision.
  const d1 = x - 1;
  if (Math.abs(d1) < 1e-9) {
    // lgamma(1+e) = -gamma e + zeta(2)/2 e^2 - zeta(3)/3 e^3
    const t = add(mulD(EULER_GAMMA, -d1), [(Math.PI ** 2 / 12) * d1 * d1 - (1.2020569031595942 / 3) * d1 ** 3, 0]);
    return ref(t[0], t[1]);
  }
  const d2 = x - 2;
  if (Math.abs(d2) < 1e-9) {
    // lgamma(2+e) = (1-gamma) e + (zeta(2)-1)/2 e^2 - (zeta(3)-1)/3 e^3
    const t = add(mulD(sub([1, 0], EULER_GAMMA), d2), [((Math.PI ** 2 / 6 - 1) / 2) * d2 * d2 - (0.2020569031595942 / 3) * d2 ** 3, 0]);
    return ref(t[0], t[1]);
  }
  if (x > 1e290) {
    // x (log x - 1), scaled by 2^-600 to keep double-double products finite; the omitted terms
    // (-log(x)/2 + log(2 pi)/2 + ...) are below 2^-900 relative.
    const l = refLogDD([x, 0]);
    const v = mulD(sub(l, [1, 0]), scale(x, -600));
    return ref(v[0], v[1], 600);
  }
  let z: DD = [x, 0];
  let logProduct: DD = [0, 0];
  if (x < 40) {
    let product: DD = [x, 0];
    let n = 1;
    while (x + n < 40) {
      product = mul(product, twoSum(x, n));
      n++;
    }
    z = twoSum(x, n);
    logProduct = refLogDD(product);
  }
  const lz = refLogDD(z);
  let v = sub(mul(sub(z, [0.5, 0]), lz), z);
  v = add(v, HALF_LN_2PI);
  const inv = div([1, 0], z);
  const inv2 = mul(inv, inv);
  let p = inv;
  for (const c of STIRLING) {
    v = add(v, mul(c, p));
    p = mul(p, inv2);
    if (Math.abs(p[0]) < 1e-40) break;
  }
  v = sub(v, logProduct);
  return ref(v[0], v[1]);
}

// ---------------------------------------------------------------- checking

export interface UlpReport {
  count: number;
  maxUlp: number;
  worst: number[];
  differFromMath: number;
  compared: boolean;
}

/**
 * Runs `ours` on every input, measures the ulp error against `reference`, and counts how often the
 * result differs bit-for-bit from `native` (this engine's Math.*), if given.
 */
export function measure(
  inputs: Iterable<number[]>,
  ours: (...a: number[]) => number,
  reference: (...a: number[]) => Ref,
  native?: (...a: number[]) => number,
): UlpReport {
  let count = 0;
  let maxUlp = 0;
  let worst: number[] = [];
  let differFromMath = 0;
  for (const args of inputs) {
    const got = ours(...args);
    const err = ulpError(got, reference(...args));
    if (err > maxUlp || Number.isNaN(err)) {
      maxUlp = Number.isNaN(err) ? Infinity : err;
      worst = args.slice();
    }
    if (native !== undefined && !Object.is(native(...args), got)) differFromMath++;
    count++;
  }
  return { count, maxUlp, worst, differFromMath, compared: native !== undefined };
}

/** The exact value of a double as a decimal (decimal.js's own Number conversion goes through the shortest string). */
export function exact(x: number): Decimal {
  if (!Number.isFinite(x) || x === 0) return new D(x);
  const b = bitsOf(Math.abs(x));
  const be = Number(b >> 52n);
  const mant = (b & ((1n << 52n) - 1n)) | (be > 0 ? 1n << 52n : 0n);
  const v = new D(mant.toString()).times(new D(2).pow((be > 0 ? be : 1) - 1075));
  return x < 0 ? v.neg() : v;
}

/** Relative difference between a double-double reference and a decimal.js value, in units of 2^-100. */
export function agreement(r: Ref, want: Decimal): number {
  if (want.isZero()) return r.hi === 0 ? 0 : Infinity;
  const v = exact(r.hi).plus(exact(r.lo)).times(new D(2).pow(r.e));
  return v.minus(want).div(want).abs().times(new D(2).pow(100)).toNumber();
}

export function report(name: string, r: UlpReport): void {
  const pct = ((100 * r.differFromMath) / r.count).toFixed(3);
  const vsMath = r.compared ? `; differs bit-for-bit from this engine's Math in ${r.differFromMath} cases (${pct}%)` : '';
  console.log(`${name}: ${r.count} inputs, max error ${r.maxUlp.toFixed(3)} ulp at (${r.worst.join(', ')})${vsMath}`);
}

// ---------------------------------------------------------------- the assertions every kernel's tests make

/**
 * Measures `ours` against the double-double `reference` on `inputs`, prints the report (and how often
 * this engine's `Math` function differs bit for bit), and pins the input count and the error bound.
 */
export function expectAccuracy(
  name: string,
  inputs: Iterable<number[]>,
  ours: (...a: number[]) => number,
  reference: (...a: number[]) => Ref,
  options: { native?: (...a: number[]) => number; maxUlp?: number; count?: number } = {},
): void {
  const r = measure(inputs, ours, reference, options.native);
  report(name, r);
  expect(r.count).toBe(options.count ?? 1_000_000);
  expect(r.maxUlp).toBeLessThan(options.maxUlp ?? 1);
}

/** `ours(x)` is exactly `expected` for every `[x, expected]`, by `Object.is` (so -0 and NaN count). */
export function expectSpecialValues(name: string, ours: (x: number) => number, cases: readonly (readonly [number, number])[]): void {
  for (const [x, expected] of cases) expect(Object.is(ours(x), expected), `${name}(${x}) = ${ours(x)}`).toBe(true);
}

/**
 * The double-double `reference` agrees with the decimal.js value `decimal` to 2^-90 (1024 ulps of the double-double)
 * on `count` argument lists drawn by `draw(rng, i)` from `prng(seed)`.
 */
export function expectReferenceAgrees(
  name: string,
  count: number,
  seed: number,
  draw: (rng: Rng, i: number) => number[],
  reference: (...a: number[]) => Ref,
  decimal: (...a: number[]) => Decimal,
): void {
  const rng = prng(seed);
  for (let i = 0; i < count; i++) {
    const args = draw(rng, i);
    expect(agreement(reference(...args), decimal(...args)), `${name}(${args.join(', ')})`).toBeLessThan(1024);
  }
}
