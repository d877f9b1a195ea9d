import { log } from '@machi/sim-core';

const N = 624;
const M = 397;

/**
 * Python's `random` module as far as SimPy's documentation examples use it, so that their TypeScript
 * ports draw the very numbers the Python draws and print the same lines: the Mersenne Twister
 * (MT19937, Matsumoto and Nishimura 1998) seeded as CPython 3's `random.seed(int)` seeds it
 * (`init_by_array` of the integer's 32-bit words), and `random()`, `getrandbits`, `randint`, `uniform`,
 * `expovariate` and `normalvariate` written as CPython 3.11's `Modules/_randommodule.c` and
 * `Lib/random.py` write them. For comparing ports with SimPy only: Machi models draw from named
 * streams (`RandomStreams`), never from one global generator.
 *
 * @example
 * const random = new PythonRandom();
 * random.seed(42);
 * random.random(); // 0.6394267984578837, as in Python
 */
export class PythonRandom {
  private readonly state = new Uint32Array(N);
  private index = N + 1;

  /** `random.seed(a)` for a non-negative safe integer `a`. */
  seed(a: number): void {
    if (!Number.isSafeInteger(a) || a < 0) throw new RangeError(`seed must be a non-negative safe integer, got ${a}`);
    const key: number[] = [];
    for (let rest = a; key.length === 0 || rest > 0; rest = Math.floor(rest / 2 ** 32)) key.push(rest % 2 ** 32);
    this.initByArray(key);
  }

  /** `random.random()`: 53 random bits from two 32-bit words (`genrand_res53`), in [0, 1). */
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /** `random.getrandbits(k)` for 1 ≤ k ≤ 32. */
  getrandbits(k: number): number {
    return this.next32() >>> (32 - k);
  }

  /** `random.randint(a, b)`: `a + _randbelow(b - a + 1)`, by rejection on `getrandbits`. */
  randint(a: number, b: number): number {
    const n = b - a + 1;
    const k = 32 - Math.clz32(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return a + r;
  }

  /** `random.uniform(a, b)`. */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** `random.expovariate(lambd)`: `-log(1 - random()) / lambd`. */
  expovariate(lambd: number): number {
    return -log(1 - this.random()) / lambd;
  }

  /** `random.normalvariate(mu, sigma)`: Kinderman and Monahan's ratio of uniforms, as CPython. */
  normalvariate(mu: number, sigma: number): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      if ((z * z) / 4 <= -log(u2)) break;
    }
    return mu + z * sigma;
  }

  private initGenrand(s: number): void {
    const mt = this.state;
    mt[0] = s;
    for (let i = 1; i < N; i++) mt[i] = Math.imul(1812433253, mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    this.index = N;
  }

  private initByArray(key: readonly number[]): void {
    const mt = this.state;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** `genrand_uint32`: the next tempered 32-bit word, regenerating the 624 words when used up. */
  private next32(): number {
    const mt = this.state;
    if (this.index >= N) {
      // Unseeded, Python draws its seed from the operating system; a reproducible port cannot.
      if (this.index > N) throw new Error('PythonRandom: call seed(n) before drawing, as the SimPy examples do with random.seed(RANDOM_SEED)');
      for (let kk = 0; kk < N; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % N] & 0x7fffffff);
        mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
}

/** `4 * exp(-0.5) / sqrt(2.0)` as CPython computes it (`random.NV_MAGICCONST`). */
const NV_MAGICCONST = 1.7155277699214135;
