import { sha256 } from './sha256.ts';
import { RandomStream } from './stream.ts';

/**
 * The named random streams of one replication.
 *
 * A stream's generator is seeded ONLY by (master seed, replication index, stream name):
 *
 *   generatorSeed = sha256(`machi-stream/v1\u0000${seed}\u0000${replication}\u0000${name}`)  (hex)
 *
 * so creating or drawing from one stream never changes another's draws, adding a component to a
 * model leaves every existing stream alone, and replication k of two model variants sees the same
 * draws in every stream both use (common random numbers). Changing this key, the hash or the
 * generator changes every draw in Machi: a breaking change, caught by `golden.test.ts`.
 *
 * The seed enters as its decimal text, so the number 42 and the string "42" are the same seed (a
 * seed typed on a command line equals the one written in a scenario). Streams are created lazily on
 * first `get` and cached, so a replication that never touches a stream pays nothing for it.
 *
 * @throws TypeError if the seed is neither a number nor a string.
 * @throws RangeError if the seed is not a safe integer or a non-empty string without U+0000, or the
 *   replication is not a non-negative safe integer.
 * @example
 * const streams = new RandomStreams(42, 7);
 * const quake = streams.get('hazard.earthquake');
 * quake.random(); // the same in replication 7 of every variant, whatever else the model draws
 */
export class RandomStreams {
  readonly seed: number | string;
  readonly replication: number;
  readonly #streams = new Map<string, RandomStream>();
  readonly #keyPrefix: string;

  constructor(seed: number | string, replication = 0) {
    if (typeof seed === 'number') {
      if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer or a non-empty string, got ${seed}`);
    } else if (typeof seed === 'string') {
      if (seed === '' || seed.includes('\u0000')) {
        throw new RangeError(`seed must be a safe integer or a non-empty string without U+0000, got ${JSON.stringify(seed)}`);
      }
    } else {
      throw new TypeError(`seed must be a safe integer or a non-empty string, got ${String(seed)}`);
    }
    if (typeof replication !== 'number' || !Number.isSafeInteger(replication) || replication < 0) {
      throw new RangeError(`replication must be a non-negative safe integer, got ${String(replication)}`);
    }
    this.seed = seed;
    this.replication = replication;
    this.#keyPrefix = `machi-stream/v1\u0000${seed}\u0000${replication}\u0000`;
  }

  /**
   * The stream called `name` (non-empty, without U+0000), created on first use; later calls return
   * the same object, which continues where it left off.
   * @throws TypeError / RangeError if `name` is not a non-empty string without U+0000.
   */
  get(name: string): RandomStream {
    const existing = this.#streams.get(name);
    if (existing !== undefined) return existing;
    if (typeof name !== 'string') throw new TypeError(`stream name must be a non-empty string, got ${String(name)}`);
    if (name === '' || name.includes('\u0000')) {
      throw new RangeError(`stream name must be a non-empty string without U+0000, got ${JSON.stringify(name)}`);
    }
    const stream = new RandomStream(name, generatorSeed(this.#keyPrefix, name));
    this.#streams.set(name, stream);
    return stream;
  }

  /** Names of the streams created so far, in creation order. */
  names(): string[] {
    return [...this.#streams.keys()];
  }

  toString(): string {
    return `RandomStreams(seed ${JSON.stringify(this.seed)}, replication ${this.replication}, ${this.#streams.size} streams)`;
  }
}

// The variants of one replication derive the same stream seeds (common random numbers), one after the
// other: the digests of the latest (seed, replication) are kept, so the second variant onwards hashes
// nothing. A pure function's cache: the digest is the same either way.
let cachedPrefix = '';
const cachedDigests = new Map<string, string>();

function generatorSeed(prefix: string, name: string): string {
  if (prefix !== cachedPrefix) {
    cachedPrefix = prefix;
    cachedDigests.clear();
  }
  let digest = cachedDigests.get(name);
  if (digest === undefined) cachedDigests.set(name, (digest = sha256(prefix + name)));
  return digest;
}
