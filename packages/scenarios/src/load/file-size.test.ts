import { describe, expect, it } from 'vitest';
import { lineCount, utf8Length } from './file-size.ts';

describe('utf8Length(text)', () => {
  it('counts the bytes UTF-8 takes: 1 for ASCII, 2 for é, 3 for 町, 4 for a surrogate pair', () => {
    for (const text of ['', 'abc', 'é', '町', '🏯', 'a町🏯é\n']) expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('counts a lone surrogate as the 3 bytes of the U+FFFD it is written as', () => {
    expect(utf8Length('\uD800x')).toBe(Buffer.byteLength('\uD800x', 'utf8'));
  });
});

describe('lineCount(text)', () => {
  it('counts lines, a last one without a line break included', () => {
    expect(['', 'a', 'a\n', 'a\nb', 'a\nb\n', '\n\n'].map(lineCount)).toEqual([0, 1, 1, 2, 2, 2]);
  });
});
