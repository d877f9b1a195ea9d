import { beforeAll, describe, expect, it } from 'vitest';
import { editTown, machi } from './test-support.ts';

// The fixture town with one uncertain number (the town hall generator's chance of failing to start), and
// another town: the same but for a repair time, so its scenario hash differs.
const ranged = 'generatorFailureProbability: { value: 0.1, source: "assumption: test", range: { low: 0.02, high: 0.4, meaning: "min-max", shape: "triangular", source: "assumption: test" } }\n';
const town = editTown('generatorFailureProbability: 0.1\n', ranged);
const files: Record<string, string> = { 'town.yaml': town, 'other.yaml': editTown('generatorFailureProbability: 0.1\n', 'generatorFailureProbability: 0.2\n') };
const run = ['--runs', '4', '--years', '1', '--workers', '1'];

describe('machi run --study', () => {
  beforeAll(async () => {
    const study = await machi(['uncertainty', 'town.yaml', '--input-sets', '2', '--replications', '2', '--years', '1', '--workers', '1', '--out', 'u'], files);
    expect(study.code).toBe(0);
    files['u/result.json'] = study.written['u/result.json']!;
    files['run/result.json'] = '{ "stamp": { "version": "machi-town/v3" }, "variants": [] }';
    files['broken.json'] = '{ "kind": "uncertainty", ';
  });

  it('includes the study in the report: its section, its summary sentence, its limits, and --study in the command that regenerates it', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const result = await machi(['run', 'town.yaml', ...run, '--lang', lang, '--study', 'u/result.json', '--out', 'out'], files);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const report = result.written['out/report.md']!;
      expect(report).toContain(lang === 'en' ? '## How sure are we?' : '## 前提の不確かさ');
      expect(report).toContain(lang === 'en' ? '"How sure are we?" varied the 1 numbers that carry a range' : '範囲のある1個の数値を1個の考え・前提として動かしました');
      expect(report).not.toContain(lang === 'en' ? 'Confidence intervals show Monte Carlo noise only' : '信頼区間はシミュレーションの試行回数による誤差だけを示します');
      expect(report).toContain('--lang ' + lang + ' --out out --study u/result.json');
    }
    const plain = await machi(['run', 'town.yaml', ...run, '--lang', 'en', '--out', 'out'], files);
    expect(plain.written['out/report.md']).toContain('Confidence intervals show Monte Carlo noise only');
  });

  const refused = async (argv: string[]) => {
    const result = await machi(['run', ...argv, ...run, '--out', 'out'], files);
    expect(result.written).toEqual({});
    return `${result.code} ${result.stderr}`;
  };

  it('refuses, before the run and writing nothing, a study it cannot read, that is not one, or of another scenario (en)', async () => {
    expect(await refused(['town.yaml', '--lang', 'en', '--study', 'missing.json'])).toMatchInlineSnapshot(`
      "1 machi: cannot read missing.json: ENOENT: no such file or directory, open 'missing.json'
      "
    `);
    expect(await refused(['town.yaml', '--lang', 'en', '--study', 'broken.json'])).toMatch(/^1 machi: broken\.json: not a study \(a result\.json of machi uncertainty or machi sensitivity\): it is not JSON \(/);
    expect(await refused(['town.yaml', '--lang', 'en', '--study', 'run/result.json'])).toMatchInlineSnapshot(`
      "1 machi: run/result.json: not a study (a result.json of machi uncertainty or machi sensitivity): kind must be "uncertainty" or "sensitivity"
      "
    `);
    expect(await refused(['other.yaml', '--lang', 'en', '--study', 'u/result.json'])).toMatchInlineSnapshot(`
      "1 machi: u/result.json: a study of another scenario ("試験町", scenario hash d4c11d24b663…; this run's is 0c2666c548b2…): run the study on this scenario, or this run on the scenario studied
      "
    `);
    expect(await refused(['town.yaml', '--lang', 'en', '--study', 'u/result.json', '--study', 'u/result.json'])).toMatchInlineSnapshot(`
      "2 machi: --study: u/result.json and u/result.json are both uncertainty studies; give at most one of each kind
      "
    `);
  });

  it('refuses them in Japanese too', async () => {
    expect(await refused(['town.yaml', '--study', 'run/result.json'])).toMatchInlineSnapshot(`
      "1 machi: run/result.json: 検討の結果（machi uncertainty・machi sensitivity の result.json）ではありません。kind は"uncertainty" か "sensitivity"である必要があります
      "
    `);
    expect(await refused(['other.yaml', '--study', 'u/result.json'])).toMatchInlineSnapshot(`
      "1 machi: u/result.json: 別のシナリオの検討です（「試験町」、シナリオのハッシュ d4c11d24b663…。この実行は 0c2666c548b2…）。このシナリオで検討をやり直すか、検討したシナリオで実行してください
      "
    `);
  });

  it('names a field of the wrong kind in a study edited by hand', async () => {
    const edited = JSON.parse(files['u/result.json']!) as Record<string, unknown>;
    edited.stamp = { ...(edited.stamp as object), scenarioSha256: 7 };
    const result = await machi(['run', 'town.yaml', ...run, '--lang', 'en', '--study', 'e.json', '--out', 'out'], { ...files, 'e.json': JSON.stringify(edited) });
    expect(result.stderr).toBe('machi: e.json: a study the report cannot read: stamp.scenarioSha256 must be a text; make the study again, or mend the file\n');
  });
});
