// IEEE 754 binary64 word access shared by the fdlibm ports in this folder.
// Hot: log/exp and friends call these millions of times per run, so the scratch buffer is allocated once
// per module and each access is a plain typed-array read or write (no DataView, no allocation per call).

const float64 = new Float64Array(1);
const uint32 = new Uint32Array(float64.buffer);
// Word order follows the platform's byte order; probing once keeps the ports endianness-independent.
const HI = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** Sign, exponent and top 20 fraction bits of `x` as a signed 32-bit integer (fdlibm's GET_HIGH_WORD). */
export function highWord(x: number): number {
  float64[0] = x;
  return uint32[HI] | 0;
}

/** Bottom 32 fraction bits of `x` as an unsigned integer (fdlibm's GET_LOW_WORD). */
export function lowWord(x: number): number {
  float64[0] = x;
  return uint32[LO];
}

/** The double whose high and low words are `hi` and `lo` (fdlibm's INSERT_WORDS). */
export function fromWords(hi: number, lo: number): number {
  uint32[HI] = hi;
  uint32[LO] = lo;
  return float64[0];
}

/** `x` with its high word replaced by `hi` and its low word kept (fdlibm's SET_HIGH_WORD). */
export function withHighWord(x: number, hi: number): number {
  float64[0] = x;
  uint32[HI] = hi;
  return float64[0];
}

/** `x` with its low word replaced by `lo` (fdlibm's SET_LOW_WORD). */
export function withLowWord(x: number, lo: number): number {
  float64[0] = x;
  uint32[LO] = lo;
  return float64[0];
}
