import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssues } from './format-issues.ts';
import { formatPath } from './format-path.ts';
import { makeIssue, type ScenarioIssue } from './issue.ts';
import { quote } from './quote.ts';
import { sortIssues } from './sort-issues.ts';

const at = (file: string, line: number, column: number, path: (string | number)[]): ScenarioIssue =>
  makeIssue(file, { line, column }, path, 'missingField', { key: String(path.at(-1) ?? '') });

describe('formatIssue', () => {
  it('formatIssue(issue, lang) prints file:line:col, the path and the message, two spaces apart', () => {
    const issue = makeIssue('town.yaml', { line: 12, column: 22 }, ['systems', 2, 'backups', 0, 'intervalHours'], 'invalidType', {
      expected: 'number', received: { kind: 'string', value: 'abc' },
    });
    expect([formatIssue(issue, 'ja'), formatIssue(issue, 'en')]).toEqual([
      'town.yaml:12:22  systems[2].backups[0].intervalHours  数値が必要です（文字列 "abc" が指定されました）',
      'town.yaml:12:22  systems[2].backups[0].intervalHours  Expected a number, but got the string "abc"',
    ]);
  });

  it('formatIssues sorts by file, line, column, then path, and keeps equal issues in order', () => {
    const issues = [at('b.yaml', 1, 1, ['z']), at('a.yaml', 9, 1, ['y']), at('a.yaml', 2, 5, ['b']), at('a.yaml', 2, 5, ['a']), at('a.yaml', 2, 3, ['c'])];
    expect(sortIssues(issues).map((i) => `${i.file}:${i.line}:${i.column} ${formatPath(i.path)}`)).toEqual([
      'a.yaml:2:3 c', 'a.yaml:2:5 a', 'a.yaml:2:5 b', 'a.yaml:9:1 y', 'b.yaml:1:1 z',
    ]);
    expect(formatIssues(issues, 'en').split('\n')).toHaveLength(5);
    expect(issues[0].file).toBe('b.yaml');
  });

  it('formatIssues of no issues is the empty string', () => {
    expect(formatIssues([], 'ja')).toBe('');
  });
});

describe('formatPath', () => {
  it('formatPath writes indices in brackets, identifiers after dots, other keys quoted, and (root)', () => {
    expect([
      formatPath([]),
      formatPath(['systems', 2, 'backups', 0, 'intervalHours']),
      formatPath([0, 'a-b', '庁舎', 'two words', '<<']),
    ]).toEqual(['(root)', 'systems[2].backups[0].intervalHours', '[0].a-b.庁舎["two words"]["<<"]']);
  });
});

describe('quote', () => {
  it('quote keeps 40 characters at most, counting an emoji as one, and escapes like JSON', () => {
    expect(quote('a'.repeat(40))).toBe(`"${'a'.repeat(40)}"`);
    expect(quote('a'.repeat(41))).toBe(`"${'a'.repeat(39)}…"`);
    expect(quote('🌊'.repeat(41))).toBe(`"${'🌊'.repeat(39)}…"`);
    expect(quote('line\n"q"')).toBe('"line\\n\\"q\\""');
  });
});
