import { invLn2, ln2Hi, ln2Lo } from './fdlibm-constants.ts';

/**
 * The parts of the last `reduceByLn2`: x = k ln2 + (hi - lo). Module scratch instead of a returned
 * object: exp and expm1 are hot and allocate nothing.
 */
export const byLn2 = { hi: 0, lo: 0, k: 0 };

/**
 * fdlibm's argument reduction of exp and expm1 (e_exp.c, s_expm1.c) for 0.5 ln2 < |x| < 709.8:
 * x = k ln2 + r with |r| <= 0.5 ln2, r carried as hi - lo (hi exact: ln2Hi ends in zero bits). `hx` is
 * the high word of |x|. Returns hi - lo and leaves hi, lo and k in `byLn2`.
 *
 * @example
 * const r = reduceByLn2(x, highWord(x) & 0x7fffffff, x < 0); // then byLn2.k
 */
export function reduceByLn2(x: number, hx: number, negative: boolean): number {
  let hi: number;
  let lo: number;
  let k: number;
  if (hx < 0x3ff0a2b2) {
    // |x| < 1.5 ln2: k is ±1.
    if (!negative) {
      hi = x - ln2Hi;
      lo = ln2Lo;
      k = 1;
    } else {
      hi = x + ln2Hi;
      lo = -ln2Lo;
      k = -1;
    }
  } else {
    k = Math.trunc(invLn2 * x + (negative ? -0.5 : 0.5));
    hi = x - k * ln2Hi;
    lo = k * ln2Lo;
  }
  byLn2.hi = hi;
  byLn2.lo = lo;
  byLn2.k = k;
  return hi - lo;
}
