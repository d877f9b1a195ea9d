/**
 * SHA-256 (FIPS 180-4) of bytes or of a string's UTF-8 encoding, as 64 lowercase hex digits.
 *
 * Synchronous and dependency-free, so it runs unchanged in Node, Deno and browsers (no
 * `node:crypto`, no async `crypto.subtle`). It derives the random streams' seeds and hashes
 * scenarios; it is not meant for gigabytes, but processes ~100 MB/s on V8, and a short string (a
 * stream key) in about a microsecond: it allocates nothing but the hex string. Deterministic by construction: only 32-bit integer operations.
 *
 * @example
 * sha256('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256(input: string | Uint8Array): string {
  let bytes: Uint8Array;
  let length: number;
  if (typeof input === 'string') {
    length = encodeUtf8(input);
    bytes = scratch;
  } else if (input instanceof Uint8Array) {
    bytes = input;
    length = input.length;
  } else {
    throw new TypeError(`sha256 input must be a string or a Uint8Array, got ${String(input)}`);
  }
  const h = state;
  h.set(INITIAL_HASH);
  const fullBlocks = length >>> 6;
  for (let block = 0; block < fullBlocks; block++) compress(h, schedule, bytes, block << 6);

  // Final one or two blocks: the remaining bytes, 0x80, zeros, and the bit length (big-endian).
  const rest = length - (fullBlocks << 6);
  const end = rest < 56 ? 64 : 128;
  tail.fill(0, 0, end);
  for (let i = 0; i < rest; i++) tail[i] = bytes[(fullBlocks << 6) + i];
  tail[rest] = 0x80;
  const bitLengthHigh = Math.floor(length / 0x20000000); // length * 8 / 2^32, exact for safe integers
  const bitLengthLow = (length << 3) >>> 0;
  tail[end - 8] = bitLengthHigh >>> 24;
  tail[end - 7] = bitLengthHigh >>> 16;
  tail[end - 6] = bitLengthHigh >>> 8;
  tail[end - 5] = bitLengthHigh;
  tail[end - 4] = bitLengthLow >>> 24;
  tail[end - 3] = bitLengthLow >>> 16;
  tail[end - 2] = bitLengthLow >>> 8;
  tail[end - 1] = bitLengthLow;
  for (let offset = 0; offset < end; offset += 64) compress(h, schedule, tail, offset);

  let hex = '';
  for (let i = 0; i < 8; i++) {
    const word = h[i];
    hex += HEX[(word >>> 24) & 0xff] + HEX[(word >>> 16) & 0xff] + HEX[(word >>> 8) & 0xff] + HEX[word & 0xff];
  }
  return hex;
}

// Working buffers, reused: sha256 is synchronous and never re-entered, and a stream seed is hashed
// tens of times per replication, so allocating them per call was most of its cost.
const state = new Int32Array(8);
const schedule = new Int32Array(64);
const tail = new Uint8Array(128);
let kept = new Uint8Array(256);
let scratch = kept;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * UTF-8 of `text` into `scratch` (grown when needed, up to 64 KiB kept); returns the byte count. Lone
 * surrogates become U+FFFD, as TextEncoder writes them.
 */
function encodeUtf8(text: string): number {
  if (scratch.length < text.length * 3) {
    scratch = new Uint8Array(text.length * 3);
    kept = text.length * 3 <= 65536 ? scratch : kept;
  } else if (scratch !== kept && text.length * 3 <= kept.length) scratch = kept;
  const out = scratch;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[n++] = 0xf0 | (c >>> 18);
        out[n++] = 0x80 | ((c >>> 12) & 0x3f);
        out[n++] = 0x80 | ((c >>> 6) & 0x3f);
        out[n++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >>> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xe0 | (c >>> 12);
      out[n++] = 0x80 | ((c >>> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return n;
}

// First 32 bits of the fractional parts of the square roots of the first 8 primes (FIPS 180-4 §5.3.3).
const INITIAL_HASH = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

// First 32 bits of the fractional parts of the cube roots of the first 64 primes (FIPS 180-4 §4.2.2).
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

// Hot loop: one 64-byte block, state and schedule in preallocated Int32Arrays, `| 0` keeps V8 on
// 32-bit integer arithmetic.
function compress(h: Int32Array, w: Int32Array, bytes: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + (i << 2);
    w[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15];
    const y = w[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
  }
  let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const choice = (e & f) ^ (~e & g);
    const t1 = (k + S1 + choice + K[i] + w[i]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const majority = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + majority) | 0;
    k = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
  h[5] = (h[5] + f) | 0;
  h[6] = (h[6] + g) | 0;
  h[7] = (h[7] + k) | 0;
}
