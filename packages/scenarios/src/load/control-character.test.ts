import { describe, expect, it } from 'vitest';
import { codePointLabel, firstControlCharacter } from './control-character.ts';

describe('firstControlCharacter(text, { oneLine })', () => {
  it('finds terminal escapes, NUL, BEL, CR, DEL and C1 controls', () => {
    expect(['a\u001b[31m', 'a\u0000', 'a\u0007', 'a\rb', 'a\u007f', 'a\u009b2J'].map((t) => firstControlCharacter(t))).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('finds direction overrides, noncharacters and lone surrogates, but not a surrogate pair', () => {
    expect(['x\u202Eexe.pdf', 'x\u2066', 'x\uFFFF', 'x\uD800', 'x\uDC00y', '町🏯'].map((t) => firstControlCharacter(t))).toEqual([1, 1, 1, 1, 1, -1]);
  });

  it('lets line breaks and tabs through, unless the text is one line', () => {
    expect(firstControlCharacter('line 1\n\tline 2')).toBe(-1);
    expect(firstControlCharacter('line 1\n\tline 2', { oneLine: true })).toBe(6);
    expect(firstControlCharacter('a\tb\u001b', { oneLine: true })).toBe(1);
  });

  it('codePointLabel names the character as U+XXXX', () => {
    expect([codePointLabel('a\u001b', 1), codePointLabel('\u202E', 0)]).toEqual(['U+001B', 'U+202E']);
  });
});
