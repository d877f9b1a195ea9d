// @types/seedrandom types only the package's main module; Machi imports one generator module
// directly (see stream.ts), so its shape is declared here.
declare module 'seedrandom/lib/tychei.js' {
  interface TycheiPrng {
    /** 32 random bits as a float in [0, 1). */
    (): number;
    /** 32 random bits as a signed integer. */
    int32(): number;
    /** 53 random bits in (0, 1). */
    double(): number;
    quick(): number;
  }
  const tychei: (seed: string) => TycheiPrng;
  export default tychei;
}
