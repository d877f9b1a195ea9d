// Port of fdlibm e_lgamma_r.c (__ieee754_lgamma_r, FreeBSD msun revision) restricted to x > 0, so the
// reflection formula and its sin_pi are not needed; Sun Microsystems 1993; constants bit-exact.
import { highWord, lowWord } from './bits.ts';
import { log } from './log.ts';

const a0 = 7.72156649015328655494e-2; // 3fb3c467 e37db0c8
const a1 = 3.22467033424113591611e-1; // 3fd4a34c c4a60fad
const a2 = 6.73523010531292681824e-2; // 3fb13e00 1a5562a7
const a3 = 2.05808084325167332806e-2; // 3f951322 ac92547b
const a4 = 7.38555086081402883957e-3; // 3f7e404f b68fefe8
const a5 = 2.89051383673415629091e-3; // 3f67add8 ccb7926b
const a6 = 1.19270763183362067845e-3; // 3f538a94 116f3f5d
const a7 = 5.10069792153511336608e-4; // 3f40b6c6 89b99c00
const a8 = 2.20862790713908385557e-4; // 3f2cf2ec ed10e54d
const a9 = 1.08011567247583939954e-4; // 3f1c5088 987dfb07
const a10 = 2.52144565451257326939e-5; // 3efa7074 428cfa52
const a11 = 4.48640949618915160150e-5; // 3f07858e 90a45837
const tc = 1.46163214496836224576; // 3ff762d8 6356be3f: argmin of Gamma
const tf = -1.21486290535849611461e-1; // bfbf19b9 bcc38a42
const tt = -3.63867699703950536541e-18; // bc50c7ca a48a971f: -(tail of tf)
const t0 = 4.83836122723810047042e-1; // 3fdef72b c8ee38a2
const t1 = -1.47587722994593911752e-1; // bfc2e427 8dc6c509
const t2 = 6.46249402391333854778e-2; // 3fb08b42 94d5419b
const t3 = -3.27885410759859649565e-2; // bfa0c9a8 df35b713
const t4 = 1.79706750811820387126e-2; // 3f9266e7 970af9ec
const t5 = -1.03142241298341437450e-2; // bf851f9f ba91ec6a
const t6 = 6.10053870246291332635e-3; // 3f78fce0 e370e344
const t7 = -3.68452016781138256760e-3; // bf6e2eff b3e914d7
const t8 = 2.25964780900612472250e-3; // 3f6282d3 2e15c915
const t9 = -1.40346469989232843813e-3; // bf56fe8e bf2d1af1
const t10 = 8.81081882437654011382e-4; // 3f4cdf0c ef61a8e9
const t11 = -5.38595305356740546715e-4; // bf41a610 9c73e0ec
const t12 = 3.15632070903625950361e-4; // 3f34af6d 6c0ebbf7
const t13 = -3.12754168375120860518e-4; // bf347f24 ecc38c38
const t14 = 3.35529192635519073543e-4; // 3f35fd3e e8c2d3f4
const u0 = -7.72156649015328655494e-2; // bfb3c467 e37db0c8
const u1 = 6.32827064025093366517e-1; // 3fe4401e 8b005dff
const u2 = 1.45492250137234768737; // 3ff7475c d119bd6f
const u3 = 9.77717527963372745603e-1; // 3fef4976 44ea8450
const u4 = 2.28963728064692451092e-1; // 3fcd4eae f6010924
const u5 = 1.33810918536787660377e-2; // 3f8b678b bf2bab09
const v1 = 2.45597793713041134822; // 4003a5d7 c2bd619c
const v2 = 2.12848976379893395361; // 40010725 a42b18f5
const v3 = 7.69285150456672783825e-1; // 3fe89dfb e45050af
const v4 = 1.04222645593369134254e-1; // 3fbaae55 d6537c88
const v5 = 3.21709242282423911810e-3; // 3f6a5abb 57d0cf61
const s0 = -7.72156649015328655494e-2; // bfb3c467 e37db0c8
const s1 = 2.14982415960608852501e-1; // 3fcb848b 36e20878
const s2 = 3.25778796408930981787e-1; // 3fd4d98f 4f139f59
const s3 = 1.46350472652464452805e-1; // 3fc2bb9c bee5f2f7
const s4 = 2.66422703033638609560e-2; // 3f9b481c 7e939961
const s5 = 1.84028451407337715652e-3; // 3f5e26b6 7368f239
const s6 = 3.19475326584100867617e-5; // 3f00bfec dd17e945
const r1 = 1.39200533467621045958; // 3ff645a7 62c4ab74
const r2 = 7.21935547567138069525e-1; // 3fe71a18 93d3dcdc
const r3 = 1.71933865632803078993e-1; // 3fc601ed ccfbdf27
const r4 = 1.86459191715652901344e-2; // 3f9317ea 742ed475
const r5 = 7.77942496381893596434e-4; // 3f497dda ca41a95b
const r6 = 7.32668430744625636189e-6; // 3edebaf7 a5b38140
const w0 = 4.18938533204672725052e-1; // 3fdacfe3 90c97d69
const w1 = 8.33333333333329678849e-2; // 3fb55555 5555553b
const w2 = -2.77777777728775536470e-3; // bf66c16c 16b02e5c
const w3 = 7.93650558643019558500e-4; // 3f4a019f 98cf38b6
const w4 = -5.95187557450339963135e-4; // bf4380cb 8c0fe741
const w5 = 8.36339918996282139126e-4; // 3f4b67ba 4cdad5d1
const w6 = -1.63092934096575273989e-3; // bf5ab89d 0b9e43e4

/**
 * log Gamma(x) for x > 0 (the log of the gamma function; Gamma(n) = (n - 1)!), deterministic on every
 * JavaScript engine. Used for gamma, beta, Poisson and binomial variates and likelihoods.
 *
 * Accuracy: see log-gamma.test.ts for the measured maximum error; it is largest in relative terms next to
 * the zeros at x = 1 and x = 2.
 * Special cases: NaN → NaN, ±0 → +Infinity, +Infinity → +Infinity, logGamma(1) = logGamma(2) = +0.
 * Throws RangeError for x < 0 (including -Infinity): the reflection formula is not ported, by contract.
 *
 * @example
 * logGamma(5); // 3.1780538303479458 (log 24)
 */
export function logGamma(x: number): number {
  const hx = highWord(x);
  const lx = lowWord(x);
  const ix = hx & 0x7fffffff;
  if (x !== x) return NaN;
  if ((ix | lx) === 0) return Infinity;
  if (hx < 0) throw new RangeError(`logGamma(x) needs x > 0, got ${x}`);
  if (ix >= 0x7ff00000) return Infinity;
  if (ix < 0x3b900000) return -log(x); // x < 2^-70

  let r: number;
  if (((ix - 0x3ff00000) | lx) === 0 || ((ix - 0x40000000) | lx) === 0) r = 0;
  else if (ix < 0x40000000) {
    // x < 2: approximations around 1, the minimum tc, and 2
    let y: number;
    let i: number;
    if (ix <= 0x3feccccc) {
      // lgamma(x) = lgamma(x + 1) - log(x)
      r = -log(x);
      if (ix >= 0x3fe76944) {
        y = 1 - x;
        i = 0;
      } else if (ix >= 0x3fcda661) {
        y = x - (tc - 1);
        i = 1;
      } else {
        y = x;
        i = 2;
      }
    } else {
      r = 0;
      if (ix >= 0x3ffbb4c3) {
        y = 2.0 - x;
        i = 0;
      } else if (ix >= 0x3ff3b4c4) {
        y = x - tc;
        i = 1;
      } else {
        y = x - 1;
        i = 2;
      }
    }
    if (i === 0) {
      const z = y * y;
      const p1 = a0 + z * (a2 + z * (a4 + z * (a6 + z * (a8 + z * a10))));
      const p2 = z * (a1 + z * (a3 + z * (a5 + z * (a7 + z * (a9 + z * a11)))));
      const p = y * p1 + p2;
      r += p - 0.5 * y;
    } else if (i === 1) {
      const z = y * y;
      const w = z * y;
      const p1 = t0 + w * (t3 + w * (t6 + w * (t9 + w * t12)));
      const p2 = t1 + w * (t4 + w * (t7 + w * (t10 + w * t13)));
      const p3 = t2 + w * (t5 + w * (t8 + w * (t11 + w * t14)));
      const p = z * p1 - (tt - w * (p2 + y * p3));
      r += tf + p;
    } else {
      const p1 = y * (u0 + y * (u1 + y * (u2 + y * (u3 + y * (u4 + y * u5)))));
      const p2 = 1 + y * (v1 + y * (v2 + y * (v3 + y * (v4 + y * v5))));
      r += -0.5 * y + p1 / p2;
    }
  } else if (ix < 0x40200000) {
    // 2 <= x < 8: reduce to [2, 3) with lgamma(1 + s) = log(s) + lgamma(s)
    const i = Math.trunc(x);
    const y = x - i;
    const p = y * (s0 + y * (s1 + y * (s2 + y * (s3 + y * (s4 + y * (s5 + y * s6))))));
    const q = 1 + y * (r1 + y * (r2 + y * (r3 + y * (r4 + y * (r5 + y * r6)))));
    r = 0.5 * y + p / q;
    let z = 1;
    for (let k = i - 1; k >= 2; k--) z *= y + k;
    if (i >= 3) r += log(z);
  } else if (ix < 0x43900000) {
    // 8 <= x < 2^58: Stirling with a fitted correction polynomial in 1/x
    const t = log(x);
    const z = 1 / x;
    const y = z * z;
    const w = w0 + z * (w1 + y * (w2 + y * (w3 + y * (w4 + y * (w5 + y * w6)))));
    r = (x - 0.5) * (t - 1) + w;
  } else {
    r = x * (log(x) - 1);
  }
  return r;
}
