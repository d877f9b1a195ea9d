// Port of fdlibm e_rem_pio2.c (__ieee754_rem_pio2, Bruce Evans' medium-range version from FreeBSD msun) and
// k_rem_pio2.c (__kernel_rem_pio2, Payne–Hanek reduction for large arguments), Sun Microsystems 1993;
// constants and the 2/pi table bit-exact. Only the 53-bit (prec = 1) path of the kernel is needed.
import { fromWords, highWord, lowWord } from './bits.ts';

const invpio2 = 6.36619772367581382433e-1; // 3fe45f30 6dc9c883
const pio2_1 = 1.57079632673412561417; // 3ff921fb 54400000
const pio2_1t = 6.07710050650619224932e-11; // 3dd0b461 1a626331
const pio2_2 = 6.07710050630396597660e-11; // 3dd0b461 1a600000
const pio2_2t = 2.02226624879595063154e-21; // 3ba3198a 2e037073
const pio2_3 = 2.02226624871116645580e-21; // 3ba3198a 2e000000
const pio2_3t = 8.47842766036889956997e-32; // 397b839a 252049c1
const two24 = 1.6777216e7;
const twon24 = 5.9604644775390625e-8;
const toInt = 6755399441055744; // 0x1.8p52: adding and subtracting rounds to an integer

// 2/pi in 24-bit chunks: 66 entries cover every double (e0 <= 1000).
// prettier-ignore
const ipio2 = [
  0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62, 0x95993c, 0x439041, 0xfe5163, 0xabdebb, 0xc561b7,
  0x246e3a, 0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129, 0xa73ee8, 0x8235f5, 0x2ebb44, 0x84e99c,
  0x7026b4, 0x5f7e41, 0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8, 0x97ffde, 0x05980f, 0xef2f11,
  0x8b5a0a, 0x6d1f6d, 0x367ecf, 0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d, 0x7527ba, 0xc7ebe5, 0xf17b3d, 0x0739f7,
  0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08, 0x560330, 0x46fc7b, 0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3, 0x91615e,
  0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880, 0x4d7327, 0x310606, 0x1556ca, 0x73a8c9, 0x60e27b, 0xc08c6b,
];

// pi/2 in 24-bit chunks
const PIo2 = [
  1.57079625129699707031, // 3ff921fb 40000000
  7.54978941586159635335e-8, // 3e74442d 00000000
  5.39030252995776476554e-15, // 3cf84698 80000000
  3.28200341580791294123e-22, // 3b78cc51 60000000
  1.27065575308067607349e-29, // 39f01b83 80000000
  1.22933308981111328932e-36, // 387a2520 40000000
  2.73370053816464559624e-44, // 36e38222 80000000
  2.16741683877804819444e-51, // 3569f31d 00000000
];

// Scratch for the large-argument kernel: allocated once, since sin/cos may sit on hot paths.
const tx = new Float64Array(3);
const ty = new Float64Array(2);
const iq = new Int32Array(20);
const f = new Float64Array(20);
const q = new Float64Array(20);
const fq = new Float64Array(20);

/** x * 2^n for the modest n that occur here (result normal, so exact). */
function scalbn(x: number, n: number): number {
  if (n > 1023) return x * fromWords(0x7fe00000, 0) * fromWords((0x3ff + n - 1023) << 20, 0);
  if (n < -1022) return x * fromWords(0x00100000, 0) * fromWords((0x3ff + n + 1022) << 20, 0);
  return x * fromWords((0x3ff + n) << 20, 0);
}

/** Payne–Hanek: x[0..nx) are 24-bit chunks of |input| scaled by 2^-e0; writes y[0] + y[1], returns n mod 8. */
function kernelRemPio2(nx: number, e0: number): number {
  const jk = 4;
  const jp = jk;
  const jx = nx - 1;
  let jv = ((e0 - 3) / 24) | 0;
  if (jv < 0) jv = 0;
  let q0 = e0 - 24 * (jv + 1);
  let j = jv - jx;
  const m = jx + jk;
  for (let i = 0; i <= m; i++, j++) f[i] = j < 0 ? 0 : ipio2[j];
  for (let i = 0; i <= jk; i++) {
    let fw = 0;
    for (let jj = 0; jj <= jx; jj++) fw += tx[jj] * f[jx + i - jj];
    q[i] = fw;
  }
  let jz = jk;
  let n: number;
  let ih: number;
  let z: number;
  for (;;) {
    // Distill q[] into 24-bit integers iq[], most significant last.
    let i = 0;
    z = q[jz];
    for (let jj = jz; jj > 0; i++, jj--) {
      const fw = (twon24 * z) | 0;
      iq[i] = (z - two24 * fw) | 0;
      z = q[jj - 1] + fw;
    }
    z = scalbn(z, q0);
    z -= 8.0 * Math.floor(z * 0.125);
    n = z | 0;
    z -= n;
    ih = 0;
    if (q0 > 0) {
      const t = iq[jz - 1] >> (24 - q0);
      n += t;
      iq[jz - 1] -= t << (24 - q0);
      ih = iq[jz - 1] >> (23 - q0);
    } else if (q0 === 0) ih = iq[jz - 1] >> 23;
    else if (z >= 0.5) ih = 2;

    if (ih > 0) {
      // Fraction >= 0.5: use 1 - fraction and round n up.
      n += 1;
      let carry = 0;
      for (let ii = 0; ii < jz; ii++) {
        const t = iq[ii];
        if (carry === 0) {
          if (t !== 0) {
            carry = 1;
            iq[ii] = 0x1000000 - t;
          }
        } else iq[ii] = 0xffffff - t;
      }
      if (q0 > 0) {
        if (q0 === 1) iq[jz - 1] &= 0x7fffff;
        else if (q0 === 2) iq[jz - 1] &= 0x3fffff;
      }
      if (ih === 2) {
        z = 1 - z;
        if (carry !== 0) z -= scalbn(1, q0);
      }
    }

    if (z === 0) {
      let t = 0;
      for (let ii = jz - 1; ii >= jk; ii--) t |= iq[ii];
      if (t === 0) {
        // Cancellation ate all computed bits: bring in more terms of 2/pi and recompute.
        let k = 1;
        while (iq[jk - k] === 0) k++;
        for (let ii = jz + 1; ii <= jz + k; ii++) {
          f[jx + ii] = ipio2[jv + ii];
          let fw = 0;
          for (let jj = 0; jj <= jx; jj++) fw += tx[jj] * f[jx + ii - jj];
          q[ii] = fw;
        }
        jz += k;
        continue;
      }
    }
    break;
  }

  if (z === 0) {
    jz -= 1;
    q0 -= 24;
    while (iq[jz] === 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    z = scalbn(z, -q0);
    if (z >= two24) {
      const fw = (twon24 * z) | 0;
      iq[jz] = (z - two24 * fw) | 0;
      jz += 1;
      q0 += 24;
      iq[jz] = fw;
    } else iq[jz] = z | 0;
  }

  let fw = scalbn(1, q0);
  for (let i = jz; i >= 0; i--) {
    q[i] = fw * iq[i];
    fw *= twon24;
  }
  for (let i = jz; i >= 0; i--) {
    fw = 0;
    for (let k = 0; k <= jp && k <= jz - i; k++) fw += PIo2[k] * q[i + k];
    fq[jz - i] = fw;
  }
  fw = 0;
  for (let i = jz; i >= 0; i--) fw += fq[i];
  ty[0] = ih === 0 ? fw : -fw;
  fw = fq[0] - fw;
  for (let i = 1; i <= jz; i++) fw += fq[i];
  ty[1] = ih === 0 ? fw : -fw;
  return n & 7;
}

/**
 * Reduces x modulo pi/2 for |x| > pi/4: writes r = y[0] + y[1] with |r| <= ~pi/4 and returns n (only n mod 4
 * is meaningful for huge x) such that x = n * pi/2 + r, exactly for every finite double (Payne–Hanek above
 * 2^20 * pi/2). NaN and ±Infinity give y = [NaN, NaN] and n = 0. `y` is the caller's scratch, so no allocation.
 *
 * @example
 * const y = new Float64Array(2);
 * remPio2(10, y); // 6, with y[0] = 10 - 6 * pi/2 = 0.5752220392306207
 */
export function remPio2(x: number, y: Float64Array): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x400f6a7a && (ix & 0xfffff) !== 0x921fb) {
    // |x| ~<= 5pi/4, not close to pi/2 or pi: one step with 33+53 bits of pi/2 is enough.
    if (ix <= 0x4002d97c) {
      if (hx > 0) {
        const z = x - pio2_1;
        y[0] = z - pio2_1t;
        y[1] = z - y[0] - pio2_1t;
        return 1;
      }
      const z = x + pio2_1;
      y[0] = z + pio2_1t;
      y[1] = z - y[0] + pio2_1t;
      return -1;
    }
    if (hx > 0) {
      const z = x - 2 * pio2_1;
      y[0] = z - 2 * pio2_1t;
      y[1] = z - y[0] - 2 * pio2_1t;
      return 2;
    }
    const z = x + 2 * pio2_1;
    y[0] = z + 2 * pio2_1t;
    y[1] = z - y[0] + 2 * pio2_1t;
    return -2;
  }
  if (ix <= 0x401c463b && ix !== 0x4012d97c && ix !== 0x401921fb && (ix & 0xfffff) !== 0x921fb) {
    // |x| ~<= 9pi/4, away from 3pi/2 and 2pi
    const m = ix <= 0x4015fdbc ? 3 : 4;
    if (hx > 0) {
      const z = x - m * pio2_1;
      y[0] = z - m * pio2_1t;
      y[1] = z - y[0] - m * pio2_1t;
      return m;
    }
    const z = x + m * pio2_1;
    y[0] = z + m * pio2_1t;
    y[1] = z - y[0] + m * pio2_1t;
    return -m;
  }
  if (ix < 0x413921fb) {
    // |x| ~< 2^20 * pi/2: Cody–Waite with up to three 33-bit pieces of pi/2
    const fn = x * invpio2 + toInt - toInt;
    const n = fn | 0;
    let r = x - fn * pio2_1;
    let w = fn * pio2_1t;
    const j = ix >> 20;
    y[0] = r - w;
    let i = j - ((highWord(y[0]) >> 20) & 0x7ff);
    if (i > 16) {
      let t = r;
      w = fn * pio2_2;
      r = t - w;
      w = fn * pio2_2t - (t - r - w);
      y[0] = r - w;
      i = j - ((highWord(y[0]) >> 20) & 0x7ff);
      if (i > 49) {
        t = r;
        w = fn * pio2_3;
        r = t - w;
        w = fn * pio2_3t - (t - r - w);
        y[0] = r - w;
      }
    }
    y[1] = r - y[0] - w;
    return n;
  }
  if (ix >= 0x7ff00000) {
    y[0] = y[1] = x - x;
    return 0;
  }
  // Large: split |x| into three 24-bit chunks scaled by 2^-e0.
  const e0 = (ix >> 20) - 1046;
  let z = fromWords(ix - (e0 << 20), lowWord(x));
  for (let i = 0; i < 2; i++) {
    tx[i] = z | 0;
    z = (z - tx[i]) * two24;
  }
  tx[2] = z;
  let nx = 3;
  while (tx[nx - 1] === 0) nx--;
  const n = kernelRemPio2(nx, e0);
  if (hx < 0) {
    y[0] = -ty[0];
    y[1] = -ty[1];
    return -n;
  }
  y[0] = ty[0];
  y[1] = ty[1];
  return n;
}
