import { describe, expect, it } from 'vitest';
import { presetNames } from '@machi/scenarios';
import { editTown, fixture, machi, repoFile, townYaml } from './test-support.ts';

/** Runs `machi validate FILE` on one in-memory file in both languages. */
async function validateBoth(file: string, text: string) {
  const ja = await machi(['validate', file], { [file]: text });
  const en = await machi(['validate', file, '--lang', 'en'], { [file]: text });
  return { code: [ja.code, en.code], stdout: ja.stdout + en.stdout, ja: ja.stderr, en: en.stderr };
}

describe('machi validate FILE', () => {
  it('prints a one-line summary of a valid scenario and exits 0', async () => {
    expect(await machi(['validate', 'town.yaml'], { 'town.yaml': townYaml })).toMatchObject({
      code: 0,
      stdout: 'OK: town.yaml — 試験町、拠点 2、システム 1、比較案 2（onprem, housing）\n',
      stderr: '',
    });
    expect((await machi(['validate', 'town.yaml', '--lang', 'en'], { 'town.yaml': townYaml })).stdout).toBe(
      'OK: town.yaml — 試験町, 2 sites, 1 system, 2 variants (onprem, housing)\n',
    );
  });

  it('locates a misspelt field (intervalHour) and suggests the right one', async () => {
    const text = editTown('{ site: townhall, intervalHours: 24', '{ site: townhall, intervalHour: 24');
    const result = await validateBoth('typo.yaml', text);
    expect(result.code).toEqual([1, 1]);
    expect(result.stdout).toBe('');
    expect(result.ja).toMatchInlineSnapshot(`
      "typo.yaml:78:9  systems[0].backups[0].intervalHours  必須フィールド "intervalHours" がありません
      typo.yaml:78:27  systems[0].backups[0].intervalHour  不明なフィールド "intervalHour" です。"intervalHours" のことですか？
      "
    `);
    expect(result.en).toMatchInlineSnapshot(`
      "typo.yaml:78:9  systems[0].backups[0].intervalHours  Missing required field "intervalHours"
      typo.yaml:78:27  systems[0].backups[0].intervalHour  Unknown field "intervalHour". Did you mean "intervalHours"?
      "
    `);
  });

  it('locates a value of the wrong type (population: "many")', async () => {
    const text = editTown('population: { value: 8000, source: "assumption: a small test town" }', 'population: "many"');
    const result = await validateBoth('type.yaml', text);
    expect(result.code).toEqual([1, 1]);
    expect(result.ja).toMatchInlineSnapshot(`
      "type.yaml:5:15  municipality.population  数値またはマップが必要です（文字列 "many" が指定されました）
      "
    `);
    expect(result.en).toMatchInlineSnapshot(`
      "type.yaml:5:15  municipality.population  Expected a number or a mapping, but got the string "many"
      "
    `);
  });

  it('locates a system placed on a site that does not exist', async () => {
    const text = editTown('    site: townhall\n    critical', '    site: town-hall\n    critical');
    const result = await validateBoth('ref.yaml', text);
    expect(result.code).toEqual([1, 1]);
    expect(result.ja).toMatchInlineSnapshot(`
      "ref.yaml:69:11  systems[0].site  サイト "town-hall" は定義されていません。"townhall" のことですか？
      "
    `);
    expect(result.en).toMatchInlineSnapshot(`
      "ref.yaml:69:11  systems[0].site  Unknown site "town-hall". Did you mean "townhall"?
      "
    `);
  });

  it('locates a YAML syntax error', async () => {
    const result = await validateBoth('syntax-error.yaml', fixture('syntax-error.yaml'));
    expect(result.code).toEqual([1, 1]);
    expect(result.ja).toMatchInlineSnapshot(`
      "syntax-error.yaml:4:1  (root)  YAML の構文エラー: [ ] や { } が閉じていないか、インデントが足りません
      "
    `);
    expect(result.en).toMatchInlineSnapshot(`
      "syntax-error.yaml:4:1  (root)  YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }
      "
    `);
  });

  it('refuses a "billion laughs" alias bomb at the alias limit', async () => {
    const result = await validateBoth('billion-laughs.yaml', fixture('billion-laughs.yaml'));
    expect(result.code).toEqual([1, 1]);
    expect(result.ja).toMatchInlineSnapshot(`
      "billion-laughs.yaml:3:8  b[0]  エイリアスの展開が多すぎます（上限 100 回）。"billion laughs" 攻撃のファイルの可能性があります
      "
    `);
    expect(result.en).toMatchInlineSnapshot(`
      "billion-laughs.yaml:3:8  b[0]  Too many alias expansions (limit 100); this looks like a "billion laughs" attack
      "
    `);
  });

  it('refuses a custom tag such as !!js/function', async () => {
    const result = await validateBoth('js-function-tag.yaml', fixture('js-function-tag.yaml'));
    expect(result.code).toEqual([1, 1]);
    expect(result.ja).toMatchInlineSnapshot(`
      "js-function-tag.yaml:2:7  name  タグ !!js/function は使えません（シナリオファイルに書けるのは文字列・数値・真偽値・null・マップ・リストだけです）
      "
    `);
    expect(result.en).toMatchInlineSnapshot(`
      "js-function-tag.yaml:2:7  name  The tag !!js/function is not allowed: a scenario file holds only strings, numbers, booleans, null, mappings and lists
      "
    `);
  });

  it('locates problems of a JSON scenario', async () => {
    const result = await machi(['validate', 'town.json', '--lang', 'en'], { 'town.json': '{ "name": "x", }' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "town.json:1:14  (root)  JSON does not allow a comma after the last element
      "
    `);
  });

  it('reports an unreadable file as invalid input (exit 1), naming it', async () => {
    const denied = new Error("EACCES: permission denied, open 'town.yaml'");
    expect(await machi(['validate', 'town.yaml', '--lang', 'en'], { 'town.yaml': denied })).toMatchObject({
      code: 1,
      stdout: '',
      stderr: "machi: cannot read town.yaml: EACCES: permission denied, open 'town.yaml'\n",
    });
  });
});

describe('machi validate PRESET', () => {
  it.each(presetNames())('validates the preset %s', async (name) => {
    const result = await machi(['validate', name, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^OK: ${name} — .+, \\d+ sites, \\d+ systems, 4 variants \\(onprem, housing, community-cloud, public-cloud\\)\\n$`));
  });

  it('prefers an existing file over a preset of the same name', async () => {
    expect((await machi(['validate', 'small-town'], { 'small-town': townYaml })).stdout).toBe(
      'OK: small-town — 試験町、拠点 2、システム 1、比較案 2（onprem, housing）\n',
    );
  });

  it('is a usage error (exit 2) naming both possibilities when the argument is neither file nor preset', async () => {
    const result = await machi(['validate', 'smal-town', '--lang', 'en']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `machi: "smal-town" is neither a file nor a preset (presets: ${presetNames().join(', ')})\n`,
    });
  });
});

describe('machi validate POLICY-FILE', () => {
  const policy = repoFile('examples/town-policy.yaml');

  it('checks a policy file (top-level rules) as a policy', async () => {
    expect((await machi(['validate', 'town-policy.yaml'], { 'town-policy.yaml': policy })).stdout).toBe(
      'OK: town-policy.yaml — 対応基準 example-town、規則 4（jp-municipal を継承）\n',
    );
  });

  it('locates an unknown parent policy, suggesting the built-in one', async () => {
    const text = policy.replace('extends: jp-municipal', 'extends: jp-municipl');
    const result = await machi(['validate', 'p.yaml', '--lang', 'en'], { 'p.yaml': text });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "p.yaml:7:10  extends  Unknown policy "jp-municipl". Did you mean "jp-municipal"?
      "
    `);
  });

  it('locates a rule id that the parent policy already uses', async () => {
    const text = policy.replace('- id: town-outage-notice', '- id: appi-sensitive');
    const result = await machi(['validate', 'p.yaml'], { 'p.yaml': text });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "p.yaml:57:9  rules[3].id  ID "appi-sensitive" が重複しています
      "
    `);
  });
});
