import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatIssues } from './format-issues.ts';
import { loadText } from './load-text.ts';
import { MAX_UNKNOWN_FIELDS } from './map-zod-issue.ts';

const backup = z.strictObject({
  intervalHours: z.number().min(1).max(720),
  kind: z.enum(['full', 'incremental']),
});
const schema = z.strictObject({
  name: z.string(),
  startDate: z.string(),
  systems: z.array(z.strictObject({ id: z.string(), backups: z.array(backup).default([]) })),
});

/** The issues of loading `text`, printed in both languages. */
function report(text: string, file = 'town.yaml', s: z.ZodType = schema): string {
  const result = loadText(s, text, file);
  if (result.ok) return 'ok';
  return `${formatIssues(result.issues, 'ja')}\n${formatIssues(result.issues, 'en')}`;
}

const valid = 'name: Machi\nstartDate: 2027-04-01\nsystems:\n  - id: registry\n';

describe('loadText', () => {
  it('loadText(schema, valid YAML) returns the typed value with defaults and dates as strings', () => {
    expect(loadText(schema, valid, 'town.yaml')).toEqual({
      ok: true,
      value: { name: 'Machi', startDate: '2027-04-01', systems: [{ id: 'registry', backups: [] }] },
    });
  });

  it('a string where a number belongs is located at the value', () => {
    const text = `${valid}    backups:\n      - intervalHours: abc\n        kind: full\n`;
    expect(report(text)).toMatchInlineSnapshot(`
      "town.yaml:6:24  systems[0].backups[0].intervalHours  数値が必要です（文字列 "abc" が指定されました）
      town.yaml:6:24  systems[0].backups[0].intervalHours  Expected a number, but got the string "abc""
    `);
  });

  it('an unknown field is located at its key and suggests the closest known one', () => {
    const text = `${valid}    backups:\n      - intervalHour: 24\n        kind: full\n`;
    expect(report(text)).toMatchInlineSnapshot(`
      "town.yaml:6:9  systems[0].backups[0].intervalHour  不明なフィールド "intervalHour" です。"intervalHours" のことですか？
      town.yaml:6:9  systems[0].backups[0].intervalHours  必須フィールド "intervalHours" がありません
      town.yaml:6:9  systems[0].backups[0].intervalHour  Unknown field "intervalHour". Did you mean "intervalHours"?
      town.yaml:6:9  systems[0].backups[0].intervalHours  Missing required field "intervalHours""
    `);
  });

  it('an unknown field with no close match lists the known fields', () => {
    expect(report(`${valid}colour: red\n`)).toMatchInlineSnapshot(`
      "town.yaml:5:1  colour  不明なフィールド "colour" です（使えるフィールド: "name"、"startDate"、"systems"）
      town.yaml:5:1  colour  Unknown field "colour" (known fields: "name", "startDate", "systems")"
    `);
  });

  it('a value outside an enum lists the allowed values', () => {
    const text = `${valid}    backups:\n      - intervalHours: 24\n        kind: ful\n`;
    expect(report(text)).toMatchInlineSnapshot(`
      "town.yaml:7:15  systems[0].backups[0].kind  "full"、"incremental" のいずれかを指定してください（文字列 "ful" が指定されました）
      town.yaml:7:15  systems[0].backups[0].kind  Expected one of "full", "incremental", but got the string "ful""
    `);
  });

  it('numbers below the minimum and above the maximum say the bound and the value', () => {
    const text = `${valid}    backups:\n      - { intervalHours: 0, kind: full }\n      - { intervalHours: 721, kind: full }\n`;
    expect(report(text)).toMatchInlineSnapshot(`
      "town.yaml:6:26  systems[0].backups[0].intervalHours  1 以上の値を指定してください（0 が指定されました）
      town.yaml:7:26  systems[0].backups[1].intervalHours  720 以下の値を指定してください（721 が指定されました）
      town.yaml:6:26  systems[0].backups[0].intervalHours  Must be at least 1 (got 0)
      town.yaml:7:26  systems[0].backups[1].intervalHours  Must be at most 720 (got 721)"
    `);
  });

  it('a missing required field is located at its parent mapping', () => {
    expect(report('name: Machi\nsystems:\n  - backups: []\n')).toMatchInlineSnapshot(`
      "town.yaml:1:1  startDate  必須フィールド "startDate" がありません
      town.yaml:3:5  systems[0].id  必須フィールド "id" がありません
      town.yaml:1:1  startDate  Missing required field "startDate"
      town.yaml:3:5  systems[0].id  Missing required field "id""
    `);
  });

  it('an empty file is a null where a mapping belongs, at 1:1', () => {
    expect(report('')).toMatchInlineSnapshot(`
      "town.yaml:1:1  (root)  マップが必要です（空の値（null）が指定されました）
      town.yaml:1:1  (root)  Expected a mapping, but got an empty value (null)"
    `);
  });

  it('a file with three problems reports all three, in reading order', () => {
    const text = 'systems:\n  - id: 7\n    backups: oops\nname: Machi\nstartDate: 2027-04-01\nextra: 1\n';
    expect(report(text)).toMatchInlineSnapshot(`
      "town.yaml:2:9  systems[0].id  文字列が必要です（数値 7 が指定されました）
      town.yaml:3:14  systems[0].backups  リストが必要です（文字列 "oops" が指定されました）
      town.yaml:6:1  extra  不明なフィールド "extra" です（使えるフィールド: "name"、"startDate"、"systems"）
      town.yaml:2:9  systems[0].id  Expected a string, but got the number 7
      town.yaml:3:14  systems[0].backups  Expected a list, but got the string "oops"
      town.yaml:6:1  extra  Unknown field "extra" (known fields: "name", "startDate", "systems")"
    `);
  });

  it('a YAML syntax error is reported at its line and column', () => {
    expect(report('name: Machi\nsystems:\n  - id: a\n   backups: []\n')).toMatchInlineSnapshot(`
      "town.yaml:4:1  (root)  YAML の構文エラー: リストの項目に "-" がないか、インデントがずれています
      town.yaml:4:1  (root)  YAML syntax error: Sequence item without - indicator"
    `);
  });

  it('a duplicate key is an error at the second occurrence', () => {
    expect(report(`${valid}name: Other\n`)).toMatchInlineSnapshot(`
      "town.yaml:5:1  name  キー "name" が重複しています
      town.yaml:5:1  name  Duplicate key "name""
    `);
  });

  it('a custom tag is an error at the tag, whatever the schema', () => {
    expect(report('name: !!js/function "function () {}"\nstartDate: !include dates.yaml\n')).toMatchInlineSnapshot(`
      "town.yaml:1:7  name  タグ !!js/function は使えません（シナリオファイルに書けるのは文字列・数値・真偽値・null・マップ・リストだけです）
      town.yaml:2:12  startDate  タグ !include は使えません（シナリオファイルに書けるのは文字列・数値・真偽値・null・マップ・リストだけです）
      town.yaml:1:7  name  The tag !!js/function is not allowed: a scenario file holds only strings, numbers, booleans, null, mappings and lists
      town.yaml:2:12  startDate  The tag !include is not allowed: a scenario file holds only strings, numbers, booleans, null, mappings and lists"
    `);
  });

  it('a merge key is an error at the key', () => {
    expect(report('base: &b { id: a }\nsystems:\n  - <<: *b\n')).toMatchInlineSnapshot(`
      "town.yaml:3:5  systems[0]["<<"]  マージキー "<<" は使えません（項目を書き出すか、値全体をエイリアス *名前 で参照してください）
      town.yaml:3:5  systems[0]["<<"]  Merge keys ("<<") are not supported: write the fields out, or reuse a whole value with an alias (*name)"
    `);
  });

  it('a second document is an error where it starts', () => {
    expect(report(`${valid}---\n${valid}`)).toMatchInlineSnapshot(`
      "town.yaml:5:1  (root)  YAML ドキュメントは 1 ファイルに 1 つだけです。ここから 2 つ目が始まっています
      town.yaml:5:1  (root)  A scenario file holds a single YAML document; a second one starts here"
    `);
  });

  it('a JSON file with a trailing comma is an error at the comma', () => {
    expect(report('{\n  "name": "Machi",\n  "startDate": "2027-04-01",\n}\n', 'town.json')).toMatchInlineSnapshot(`
      "town.json:3:28  (root)  JSON では最後の要素の後にカンマを置けません
      town.json:3:28  (root)  JSON does not allow a comma after the last element"
    `);
  });

  it('a valid JSON file is located like YAML', () => {
    const text = '{\n  "name": "Machi",\n  "startDate": 20270401,\n  "systems": []\n}\n';
    expect(report(text, 'town.json')).toMatchInlineSnapshot(`
      "town.json:3:16  startDate  文字列が必要です（数値 20270401 が指定されました）
      town.json:3:16  startDate  Expected a string, but got the number 20270401"
    `);
  });

  it('long received values are cut to 40 characters', () => {
    expect(report(`name: Machi\nstartDate: 2027-04-01\nsystems: ${'x'.repeat(100)}\n`)).toMatchInlineSnapshot(`
      "town.yaml:3:10  systems  リストが必要です（文字列 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" が指定されました）
      town.yaml:3:10  systems  Expected a list, but got the string "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…""
    `);
  });
});

describe('loadText: a flood of unknown fields', () => {
  // 160,000 pasted keys once took minutes to report one by one.
  it(`reports the first ${MAX_UNKNOWN_FIELDS} of a mapping one by one and counts the rest in one issue`, () => {
    const text = `${valid}${Array.from({ length: 40_000 }, (_, i) => `extra${i}: ${i}`).join('\n')}\n`;
    const result = loadText(schema, text, 'town.yaml');
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(MAX_UNKNOWN_FIELDS + 1);
    expect(formatIssues(issues.slice(-1), 'en')).toBe(`town.yaml:${5 + MAX_UNKNOWN_FIELDS}:1  extra${MAX_UNKNOWN_FIELDS}  …and 39,950 more unknown fields in this mapping, from here on`);
  });
});
