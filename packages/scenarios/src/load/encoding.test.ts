import { describe, expect, it } from 'vitest';
import { encodingProblem } from './encoding.ts';

describe('encodingProblem(text)', () => {
  it('UTF-16 read as UTF-8: a byte-order mark decodes to two U+FFFD, ASCII to characters and NULs', () => {
    expect(encodingProblem(Buffer.from('\uFEFFa: 1', 'utf16le').toString('utf8'))).toEqual({ offset: 0, encoding: 'UTF-16' });
    expect(encodingProblem(Buffer.from('\uFEFFa: 1', 'utf16le').swap16().toString('utf8'))).toEqual({ offset: 0, encoding: 'UTF-16' });
    expect(encodingProblem(Buffer.from('name: town\n', 'utf16le').toString('utf8'))).toEqual({ offset: 0, encoding: 'UTF-16' });
  });

  it('bytes a UTF-8 decoder replaced: Shift_JIS, at the first of them', () => {
    expect(encodingProblem(Buffer.from([0x61, 0x3a, 0x20, 0x93, 0x8c]).toString('utf8'))).toEqual({ offset: 3, encoding: 'Shift_JIS' });
  });

  it('UTF-8 text, Japanese included, is fine', () => {
    expect(encodingProblem('name: 仮想町\n')).toBeUndefined();
  });
});
