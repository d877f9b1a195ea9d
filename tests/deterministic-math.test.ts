import { describe, expect, it } from 'vitest';
import { codeOnly, librarySources } from './source-files.ts';

// Engine-provided transcendental functions differ between V8 versions in the last bit on several percent
// of inputs (DESIGN.md, determinism contract); library code uses packages/sim-core/src/math instead.
// Math.sqrt, abs, floor, ceil, round, trunc, min, max, sign, fround, imul, clz32 are exactly specified.
const FORBIDDEN = /\bMath\s*\.\s*(log|log1p|log2|log10|exp|expm1|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot|random)\b/g;
// `**` is allowed only with a non-negative integer literal exponent (repeated multiplication, exact enough and
// identical everywhere); anything else calls pow.
const NON_INTEGER_POWER = /\*\*(?!\s*\d+(?![.\deE]))/g;

export function violations(text: string): string[] {
  const code = codeOnly(text);
  const found: string[] = [];
  for (const m of code.matchAll(FORBIDDEN)) found.push(m[0].replace(/\s+/g, ''));
  for (const m of code.matchAll(NON_INTEGER_POWER)) found.push(code.slice(m.index, m.index + 8).trim());
  return found;
}

describe('deterministic math', () => {
  it('library sources call no engine transcendental Math function, Math.random, nor a non-integer **', () => {
    const offenders = librarySources().flatMap(({ path, text }) => violations(text).map((v) => `${path}: ${v}`));
    expect(offenders).toEqual([]);
  });

  it('the checker catches what it must and ignores comments, strings and integer powers', () => {
    expect(violations('const y = Math.log(x);')).toEqual(['Math.log']);
    expect(violations('const y = Math . exp (x) + Math.random();')).toEqual(['Math.exp', 'Math.random']);
    expect(violations('const y = x ** 0.5;')).toEqual(['** 0.5;']);
    expect(violations('const y = x ** k;')).toEqual(['** k;']);
    expect(violations('const y = x ** 2 + Math.sqrt(x) + Math.floor(x);')).toEqual([]);
    expect(violations('// Math.log is banned\nconst s = "Math.pow"; /* x ** y */')).toEqual([]);
  });
});
