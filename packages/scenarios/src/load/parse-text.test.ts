import { describe, expect, it } from 'vitest';
import { formatIssues } from './format-issues.ts';
import { MAX_DEPTH } from './data-checks.ts';
import { MAX_FILE_BYTES, MAX_FILE_LINES, utf8Length } from './file-size.ts';
import { parseText } from './parse-text.ts';

function parsed(text: string, file = 'town.yaml') {
  const result = parseText(text, file);
  if (!result.ok) throw new Error(`expected to parse, got ${JSON.stringify(result.issues)}`);
  return result;
}

/** Issue codes with their line:column, the shape most of these tests pin. */
function problems(text: string, file = 'town.yaml'): string[] {
  const result = parseText(text, file);
  return result.ok ? [] : result.issues.map((i) => `${i.line}:${i.column} ${i.code} ${JSON.stringify(i.params)}`);
}

/** A "billion laughs" file: nine levels of nine aliases each, 9^9 strings if expanded. */
function laughs(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level < 9; level++) {
    const [prev, name] = [String.fromCharCode(96 + level), String.fromCharCode(97 + level)];
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

describe('parseText (YAML)', () => {
  it('reads the YAML 1.2 core schema: dates, yes and 1_000 stay strings, 0x1F is 31, ~ is null', () => {
    expect(parsed('d: 2027-04-01\ny: yes\nu: 1_000\nh: 0x1F\nn: ~\nf: 1.5e3\n').data).toEqual({
      d: '2027-04-01', y: 'yes', u: '1_000', h: 31, n: null, f: 1500,
    });
  });

  it('accepts the core tags and a leading byte-order mark', () => {
    expect(parsed('\uFEFFa: !!str 12\nb: !!int "7"\nc: !!map {x: 1}\nd: !!seq [1]\n').data).toEqual({
      a: '12', b: 7, c: { x: 1 }, d: [1],
    });
  });

  it('locate(path) gives the value; locateKey(path) the key; a missing key gives its parent mapping', () => {
    const p = parsed('name: Machi\nsystems:\n  - id: registry\n    backups: [ {hours: 4} ]\n');
    expect(p.locate(['systems', 0, 'id'])).toEqual({ line: 3, column: 9 });
    expect(p.locateKey(['systems', 0, 'id'])).toEqual({ line: 3, column: 5 });
    expect(p.locate(['systems', 0, 'backups', 0, 'hours'])).toEqual({ line: 4, column: 24 });
    expect(p.locate(['systems', 0, 'missing'])).toEqual({ line: 3, column: 5 });
    expect(p.locate(['systems', 5])).toEqual({ line: 3, column: 3 });
    expect(p.locate([])).toEqual({ line: 1, column: 1 });
  });

  it('a path through an alias is located at the alias', () => {
    const p = parsed('base: &b {x: 1}\nother: *b\n');
    expect(p.data).toEqual({ base: { x: 1 }, other: { x: 1 } });
    expect(p.locate(['other', 'x'])).toEqual({ line: 2, column: 8 });
  });

  it('every non-core tag is an error at the tag, 1.1 tags included', () => {
    const text = 'a: !!js/function x\nb: !include f.yaml\nc: !!binary aGk=\nd: !!set {x}\ne: !!timestamp 2020-01-01\nf: !!int abc\n';
    expect(problems(text)).toEqual([
      '1:4 forbiddenTag {"tag":"!!js/function"}',
      '2:4 forbiddenTag {"tag":"!include"}',
      '3:4 forbiddenTag {"tag":"!!binary"}',
      '4:4 forbiddenTag {"tag":"!!set"}',
      '5:4 forbiddenTag {"tag":"!!timestamp"}',
      '6:4 tagMismatch {"tag":"!!int"}',
    ]);
  });

  it('duplicate keys, merge keys and a second document are all reported at once', () => {
    expect(problems('a: 1\nm:\n  <<: {x: 1}\na: 2\n---\nb: 1\n')).toEqual([
      '4:1 duplicateKey {"key":"a"}',
      '3:3 mergeKey {}',
      '5:1 multipleDocuments {}',
    ]);
  });

  it('a quoted "<<" is an ordinary key', () => {
    expect(parsed('"<<": 1\n').data).toEqual({ '<<': 1 });
  });

  it('an alias to no anchor, or to the node containing it, is an error at the alias', () => {
    expect(problems('a: *nope\nb: &x [1, *x]\n')).toEqual(['1:4 unknownAlias {"name":"nope"}', '2:11 recursiveAlias {"name":"x"}']);
  });

  it('a billion laughs file fails fast at its first alias', () => {
    const started = performance.now();
    const result = parseText(laughs(), 'laughs.yaml');
    // Expanding it would take minutes and gigabytes; the cap stops it after ~100 expansions.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok ? 'parsed' : formatIssues(result.issues, 'ja') + '\n' + formatIssues(result.issues, 'en'))
      .toMatchInlineSnapshot(`
        "laughs.yaml:2:8  b[0]  エイリアスの展開が多すぎます（上限 100 回）。"billion laughs" 攻撃のファイルの可能性があります
        laughs.yaml:2:8  b[0]  Too many alias expansions (limit 100); this looks like a "billion laughs" attack"
      `);
  });

  it('several errors on one line are reported once, at the first', () => {
    expect(problems('- a\nb: 1\n')).toEqual([
      '2:1 yamlSyntax {"yamlCode":"UNEXPECTED_TOKEN","detail":"Unexpected scalar at node end"}',
    ]);
  });

  it('an empty file is null, located at 1:1', () => {
    const p = parsed('');
    expect([p.data, p.locate(['a'])]).toEqual([null, { line: 1, column: 1 }]);
  });

  it('absurd nesting is one issue, not a crash', () => {
    expect(problems('['.repeat(20000) + ']'.repeat(20000)).map((p) => p.split(' ')[1])).toEqual(['nestingTooDeep']);
  });
});

describe('parseText (JSON)', () => {
  it('a .json file is strict JSON, located by key and value', () => {
    const p = parsed('{\n  "a": {"b": [1,\n    2]}\n}\n', 'town.JSON');
    expect(p.data).toEqual({ a: { b: [1, 2] } });
    expect([p.locate(['a', 'b', 1]), p.locateKey(['a']), p.locate(['a', 'zz'])]).toEqual([
      { line: 3, column: 5 }, { line: 2, column: 3 }, { line: 2, column: 8 },
    ]);
  });

  it('JSON syntax errors are located: trailing comma, duplicate key, bare word, early end', () => {
    expect(problems('{"a": [1, 2,]}', 'x.json')).toEqual(['1:12 jsonTrailingComma {}']);
    expect(problems('{"a": 1,\n "a": 2}', 'x.json')).toEqual(['2:2 duplicateKey {"key":"a"}']);
    expect(problems('{"a": NaN}', 'x.json')).toEqual(['1:7 jsonUnexpectedChar {"found":"NaN","expected":"value"}']);
    expect(problems('{"a": [1', 'x.json')).toEqual(['1:9 jsonUnexpectedEnd {"expected":"commaOrBracket"}']);
  });

  it('YAML that is not JSON is rejected in a .json file', () => {
    expect(problems('a: 1', 'x.json')).toEqual(['1:1 jsonUnexpectedChar {"found":"a","expected":"value"}']);
  });
});

/** `text` as the bytes of another encoding, decoded as UTF-8 the way `readFileSync(path, 'utf8')` does. */
const asUtf8 = (bytes: number[] | Buffer): string => Buffer.from(bytes).toString('utf8');
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
// 東京 and 表示 in Shift_JIS: 表's second byte is 0x5C, "\" in ASCII, which once made a wholly
// Shift_JIS file fail with "Invalid escape sequence" far down the file.
const TOKYO_SJIS = [0x93, 0x8c, 0x8b, 0x9e];
const HYOJI_SJIS = [0x95, 0x5c, 0x8e, 0xa6];

describe('parseText: the encoding, before anything else', () => {
  it('a UTF-16 file, with or without its byte-order mark, is one issue saying so', () => {
    expect(problems(asUtf8(Buffer.from('\uFEFFname: 町\n', 'utf16le')))).toEqual(['1:1 notUtf8 {"encoding":"UTF-16"}']);
    expect(problems(asUtf8(Buffer.from('name: Machi\nstartDate: 2027-04-01\n', 'utf16le')), 'x.json')).toEqual(['1:1 notUtf8 {"encoding":"UTF-16"}']);
  });

  it('Shift_JIS bytes, in a whole file or in one line of a UTF-8 file, are one issue at the first of them', () => {
    expect(problems(asUtf8([...ascii('name: "'), ...HYOJI_SJIS, ...ascii('"\n')]))).toEqual(['1:8 notUtf8 {"encoding":"Shift_JIS"}']);
    const mixed = [...Buffer.from('name: 仮想町\nsites:\n  - name: '), ...TOKYO_SJIS, 0x0a];
    const result = parseText(asUtf8(mixed), 'town.yaml');
    expect(result.ok ? 'parsed' : formatIssues(result.issues, 'ja') + '\n' + formatIssues(result.issues, 'en')).toMatchInlineSnapshot(`
      "town.yaml:3:11  (root)  このファイルは UTF-8 ではありません。ここからの文字は Shift_JIS（古い Windows のソフトの保存形式）のようです。UTF-8 で保存し直してください（メモ帳では「名前を付けて保存」で文字コード「UTF-8」を選びます）
      town.yaml:3:11  (root)  This file is not UTF-8: the text from here looks like Shift_JIS, as older Japanese Windows software saves it. Save it as UTF-8 (in Notepad: "Save As", encoding "UTF-8")"
    `);
  });
});

describe('parseText: size', () => {
  it(`a file over ${MAX_FILE_BYTES.toLocaleString('en-US')} bytes is one issue, before it is parsed`, () => {
    const text = `description: "${'町'.repeat(MAX_FILE_BYTES / 3)}"\n`;
    expect(problems(text)).toEqual([`1:1 fileTooLarge {"bytes":${utf8Length(text)},"maximumBytes":${MAX_FILE_BYTES}}`]);
    expect(problems('description: ""\n'.replace('""', `"${'x'.repeat(MAX_FILE_BYTES - 20)}"`))).toEqual([]);
  });

  // Once 43 s for 40,000 keys and over 5 minutes for 160,000: the parser's duplicate-key check compared
  // each key with every earlier one. At 100,000 that would be minutes, past the test's own timeout. They
  // fit in one line of a flow mapping, so the line bound does not spare this check.
  it('100,000 keys are read in linear time, and repeated keys are still errors at each repeat', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i}`);
    const repeated = `m: {${keys.join(', ')}, k5: again}\nn:\n  x: 1\n  x: 2\n`;
    const at = repeated.indexOf('k5: again') + 1;
    expect(problems(repeated)).toEqual([`1:${at} duplicateKey {"key":"k5"}`, '4:3 duplicateKey {"key":"x"}']);
  });

  it(`a file of more than ${MAX_FILE_LINES.toLocaleString('en-US')} lines is one issue, before it is parsed`, () => {
    expect(problems('a: 1\n'.repeat(MAX_FILE_LINES + 1))).toEqual([`${MAX_FILE_LINES + 1}:1 tooManyLines {"lines":${MAX_FILE_LINES + 1},"maximumLines":${MAX_FILE_LINES}}`]);
    expect(problems(`${'# note\n'.repeat(MAX_FILE_LINES - 1)}a: 1`)).toEqual([]);
  });
});

describe('parseText: keys and characters no scenario holds', () => {
  it('__proto__ under a map is an error at the key, in YAML and in JSON, whatever it holds', () => {
    const yaml = parseText('variants:\n  __proto__:\n    label: 1\n  cloud:\n    systems:\n      __proto__: {site: x}\n', 'town.yaml');
    expect(yaml.ok ? [] : yaml.issues.map((i) => `${i.line}:${i.column} ${i.path.join('.')} ${i.code}`)).toEqual([
      '2:3 variants.__proto__ forbiddenKey',
      '6:7 variants.cloud.systems.__proto__ forbiddenKey',
    ]);
    expect(problems('{"variants": {"__proto__": {"label": "x"}}}', 'town.json')).toEqual(['1:15 forbiddenKey {"key":"__proto__"}']);
  });

  it('a control or invisible character in a string or a key is an error at it, naming the character', () => {
    expect(problems('name: "Town\\e]0;pwned\\a"\n')).toEqual(['1:7 controlCharacter {"codePoint":"U+001B","index":5}']);
    expect(problems('{"name": "a\\u0000b", "x\\u0007": 1, "c": "\\ud800"}', 'town.json')).toEqual([
      '1:10 controlCharacter {"codePoint":"U+0000","index":2}',
      '1:22 controlCharacter {"codePoint":"U+0007","index":2}',
      '1:41 controlCharacter {"codePoint":"U+D800","index":1}',
    ]);
    expect(problems('name: "\u202Egnp.exe"\n')).toEqual(['1:7 controlCharacter {"codePoint":"U+202E","index":1}']);
  });

  // 1,000 levels of `not:` in a policy once overflowed the validator's stack: "internal error".
  it(`nesting deeper than ${MAX_DEPTH} levels is one issue at the first level too deep`, () => {
    const nested = (depth: number) => `{"when": ${'{"not": '.repeat(depth)}{}${'}'.repeat(depth)}}`;
    expect(problems(nested(MAX_DEPTH - 1), 'p.json')).toEqual([]);
    expect(problems(nested(1000), 'p.json')).toEqual([`1:${10 + 8 * MAX_DEPTH} nestingTooDeep {}`]);
  });

  it('line breaks and tabs are text (a description may have paragraphs): schemas decide where they may go', () => {
    expect(parsed('description: |\n  line 1\n  \tline 2\n').data).toEqual({ description: 'line 1\n\tline 2\n' });
  });
});
