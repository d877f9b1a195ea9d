import { describe, expect, it } from 'vitest';
import { scanJson } from './scan-json.ts';

function problem(text: string) {
  const scan = scanJson(text);
  return scan.ok ? 'ok' : scan.problem;
}

describe('scanJson', () => {
  it('accepts exactly what JSON.parse accepts for the usual values', () => {
    for (const text of ['0', '-0.5e+10', '"\\u00e9\\n"', ' [true, false, null, {}] ', '{"a": {"b": [1, 2.5E3]}}', '\t{\r\n}']) {
      expect([text, problem(text)]).toEqual([text, 'ok']);
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('records where each value and key starts', () => {
    const scan = scanJson('{"a": [1, {"b": 2}]}');
    expect(scan.ok && scan.tree.entries?.get('a')?.keyOffset).toBe(1);
    expect(scan.ok && scan.tree.entries?.get('a')?.value.items?.[1].entries?.get('b')).toEqual({ keyOffset: 11, value: { offset: 16 } });
  });

  it('stops at the first problem with its offset', () => {
    expect([
      problem('{"a": 1,}'),
      problem('[1,\n]'),
      problem('{a: 1}'),
      problem('{"a" 1}'),
      problem('[01]'),
      problem('[1.]'),
      problem('"tab\there"'),
      problem('"\\x"'),
      problem('"open'),
      problem('1 2'),
      problem('// c\n{}'),
    ]).toEqual([
      { offset: 7, code: 'jsonTrailingComma', params: {} },
      { offset: 2, code: 'jsonTrailingComma', params: {} },
      { offset: 1, code: 'jsonUnexpectedChar', params: { found: 'a', expected: 'key' } },
      { offset: 5, code: 'jsonUnexpectedChar', params: { found: '1', expected: 'colon' } },
      { offset: 2, code: 'jsonUnexpectedChar', params: { found: '1', expected: 'commaOrBracket' } },
      { offset: 3, code: 'jsonUnexpectedChar', params: { found: ']', expected: 'digit' } },
      { offset: 4, code: 'jsonInvalidString', params: { reason: 'controlCharacter' } },
      { offset: 1, code: 'jsonInvalidString', params: { reason: 'invalidEscape' } },
      { offset: 5, code: 'jsonUnexpectedEnd', params: { expected: 'quote' } },
      { offset: 2, code: 'jsonUnexpectedChar', params: { found: '2', expected: 'end' } },
      { offset: 0, code: 'jsonUnexpectedChar', params: { found: '/', expected: 'value' } },
    ]);
  });

  it('reports a duplicate key at its second occurrence', () => {
    expect(problem('{"a": 1, "b": {"a": 2}, "a": 3}')).toEqual({ offset: 24, code: 'duplicateKey', params: { key: 'a' } });
  });
});
