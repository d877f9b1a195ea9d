// Constants that several fdlibm ports in this folder share, bit-exact (hex words in the comments), kept
// once so that each port uses the very same doubles.

/** ln 2 split for Cody–Waite reduction: ln2Hi ends in 32 zero bits, so k * ln2Hi is exact for |k| < 2^20. */
export const ln2Hi = 6.93147180369123816490e-1; // 3fe62e42 fee00000
export const ln2Lo = 1.90821492927058770002e-10; // 3dea39ef 35793c76
/** 1 / ln 2. */
export const invLn2 = 1.44269504088896338700; // 3ff71547 652b82fe
/** 2^54: scales a subnormal argument into the normal range. */
export const two54 = 1.8014398509481984e16; // 43500000 00000000
/** 2^1023: the last scaling step of an exponential near overflow. */
export const two1023 = 8.98846567431157953865e307; // 2^1023
/** Largest x whose e^x is finite. */
export const oThreshold = 7.09782712893383973096e2; // 40862e42 fefa39ef

/**
 * Remez coefficients of log(1 + f) = f - f²/2 + s(f²/2 + R(s²)), s = f / (2 + f), on |s| <= 0.1716:
 * fdlibm's Lg1…Lg7 (e_log.c, k_log.h) and Lp1…Lp7 (s_log1p.c) are the same seven numbers.
 */
export const Lg1 = 6.666666666666735130e-1; // 3fe55555 55555593
export const Lg2 = 3.999999999940941908e-1; // 3fd99999 9997fa04
export const Lg3 = 2.857142874366239149e-1; // 3fd24924 94229359
export const Lg4 = 2.222219843214978396e-1; // 3fcc71c5 1d8e78af
export const Lg5 = 1.818357216161805012e-1; // 3fc74664 96cb03de
export const Lg6 = 1.531383769920937332e-1; // 3fc39a09 d078c69f
export const Lg7 = 1.479819860511658591e-1; // 3fc2f112 df3e5244
