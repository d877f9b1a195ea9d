import { createHash } from 'node:crypto';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { sha256 } from './sha256.ts';

const nodeSha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

describe('sha256', () => {
  // FIPS 180-2, Appendix B.
  it('sha256("abc") is the FIPS 180-2 one-block vector', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('sha256 of the 448-bit message is the FIPS 180-2 two-block vector', () => {
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('sha256 of one million "a" is the FIPS 180-2 long-message vector', () => {
    expect(sha256('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('sha256("") is the hash of the empty message', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256(new Uint8Array(0))).toBe(sha256(''));
  });

  it('sha256(bytes) agrees with node:crypto on random inputs of every length around the block boundaries', () => {
    const rng = seedrandom('sha256-bytes');
    for (let length = 0; length < 300; length++) {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = Math.floor(rng() * 256);
      expect(sha256(bytes), `length ${length}`).toBe(nodeSha256(bytes));
    }
    for (let trial = 0; trial < 20; trial++) {
      const bytes = new Uint8Array(Math.floor(rng() * 100_000));
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rng() * 256);
      expect(sha256(bytes)).toBe(nodeSha256(bytes));
    }
  });

  it('sha256(string) hashes the UTF-8 encoding, as node:crypto does', () => {
    const rng = seedrandom('sha256-strings');
    const alphabet = ['a', 'Z', '0', '\u0000', 'é', '町', '地震', '😀', '\u{10FFFF}', ' '];
    for (let trial = 0; trial < 200; trial++) {
      let text = '';
      const length = Math.floor(rng() * 120);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(rng() * alphabet.length)];
      expect(sha256(text)).toBe(nodeSha256(text));
    }
    expect(sha256('machi/町')).toBe(nodeSha256(Buffer.from('machi/町', 'utf8')));
  });

  it('sha256 rejects input that is neither a string nor bytes', () => {
    expect(() => sha256(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('sha256 of strings', () => {
  it('encodes UTF-8 as TextEncoder does: BMP, astral, lone surrogates, long and short in turn', () => {
    const texts = ['仮想町', 'a\u0000b', '😀 emoji', 'lone \ud800 high', 'lone \udc00 low', 'end \ud83d', 'é'.repeat(40_000), 'x', '漢'.repeat(30)];
    for (const text of texts) expect(sha256(text), JSON.stringify(text.slice(0, 20))).toBe(nodeSha256(new TextEncoder().encode(text)));
  });
});
