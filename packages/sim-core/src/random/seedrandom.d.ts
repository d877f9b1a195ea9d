// Types for the individual seedrandom generator modules (`seedrandom/lib/*.js`), which
// @types/seedrandom does not declare. Importing a generator module directly keeps the main
// seedrandom module, which probes for node's crypto, out of the bundle.
declare module 'seedrandom/lib/alea.js' {
  import type { PRNG } from './seedrandom-prng.ts';
  const alea: (seed: string) => PRNG;
  export default alea;
}
