import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editTown, machi } from './test-support.ts';
import { spawnMachi } from './test-process.ts';

// The fixture town with one uncertain number, as the other `--study` tests use it, and the smallest studies of it.
const ranged =
  'generatorFailureProbability: { value: 0.1, source: "assumption: test", ' +
  'range: { low: 0.02, high: 0.4, meaning: "min-max", shape: "triangular", source: "assumption: test" } }\n';
const files: Record<string, string> = { 'town.yaml': editTown('generatorFailureProbability: 0.1\n', ranged) };
const run = ['--runs', '4', '--years', '1', '--workers', '1'];
const sizes = ['--trajectories', '1', '--leading', '1', '--base-count', '2', '--switching', '1', '--replications', '3', '--years', '1', '--workers', '1'];

// Loosely typed on purpose: the tests damage a study anywhere.
type Json = Record<string, any>;
// The tiny study's indices are null (its output hardly varies): an interval whose low end became a word.
const wideTotal = (s: Json) => (s.indices.results[0].indices.indices[0].total = { estimate: 0.5, low: 'wide', high: 1, standardError: 0.1 });
const study = (file: string): Json => JSON.parse(files[file]!) as Json;

/** `machi run --study` on a copy of `file` damaged by `damage`: its exit code and stderr, and what it wrote. */
async function runWith(file: string, damage: (s: Json) => void, lang: 'en' | 'ja' = 'en') {
  const damaged = study(file);
  damage(damaged);
  const argv = ['run', 'town.yaml', ...run, '--lang', lang, '--study', 'damaged.json', '--out', 'out'];
  const result = await machi(argv, { ...files, 'damaged.json': JSON.stringify(damaged) });
  return { said: `${result.code} ${result.stderr}`, written: result.written, stderr: result.stderr };
}

describe('machi run --study with a study damaged deep inside', () => {
  beforeAll(async () => {
    const u = await machi(['uncertainty', 'town.yaml', '--input-sets', '2', '--replications', '2', '--years', '1', '--workers', '1', '--out', 'u'], files);
    const s = await machi(['sensitivity', 'town.yaml', ...sizes, '--out', 's'], files);
    expect([u.code, s.code]).toEqual([0, 0]);
    files['u.json'] = u.written['u/result.json']!;
    files['s.json'] = s.written['s/result.json']!;
  });

  it('reads the studies as written, both together, and an uncertainty study written before nominalTie', async () => {
    const both = await machi(['run', 'town.yaml', ...run, '--lang', 'en', '--study', 'u.json', '--study', 's.json', '--out', 'out'], files);
    expect(both).toMatchObject({ code: 0, stderr: '' });
    expect(both.written['out/report.md']).toContain('## How sure are we?');
    expect(both.written['out/report.md']).toContain('### Which inputs could change the answer');
    const old = await runWith('u.json', (s) => s.rankingHolds.forEach((r: Json) => delete r.nominalTie));
    expect(old.said).toBe('0 ');
  });

  it('refuses, naming the file, the field and what it must be, before the run and writing nothing (en)', async () => {
    const cases: [string, (s: Json) => void, string][] = [
      ['u.json', (s) => (s.probabilityBest[0].result.options[1].low = '0.2'), 'probabilityBest[0].result.options[1].low must be a number from 0 to 1'],
      ['u.json', (s) => delete s.metrics, 'metrics must be a list'],
      ['u.json', (s) => (s.metrics[0].across.quantiles[2].value = null), 'metrics[0].across.quantiles[2].value must be an object'],
      ['u.json', (s) => (s.rankingHolds[1].nominalTie = 'onprem'), 'rankingHolds[1].nominalTie must be a list or null'],
      ['s.json', wideTotal, 'indices.results[0].indices.indices[0].total.low must be a number'],
      ['s.json', (s) => (s.tornado.results[0].tornado = null), 'tornado.results[0].tornado must be an object'],
      ['s.json', (s) => (s.tornado.results[0].tornado.bars = []), 'tornado.results[0].tornado.bars must be a list of at least one item'],
      ['s.json', (s) => (s.switching.results[0].quantity.kind = 'level'), 'switching.results[0].quantity.kind must be "difference"'],
      ['s.json', (s) => (s.leading[0].quantity.kind = 'ratio'), 'leading[0].quantity.kind must be one of "level", "difference"'],
      ['s.json', (s) => delete s.inputs[0].check, 'inputs[0].check must be an object or null'],
      // Right shape, impossible value: a share above 1, a fraction of an input set, a count below 0.
      ['u.json', (s) => (s.probabilityBest[0].result.options[0].probability = 1.2), 'probabilityBest[0].result.options[0].probability must be a number from 0 to 1'],
      ['u.json', (s) => (s.exceedance[0].points[0].mean = -0.1), 'exceedance[0].points[0].mean must be a number from 0 to 1'],
      ['u.json', (s) => (s.design.inputSets = 2.5), 'design.inputSets must be a whole number, 1 or more'],
      ['u.json', (s) => (s.rankingHolds[0].result.inputSets = 0), 'rankingHolds[0].result.inputSets must be a whole number, 1 or more'],
      ['s.json', (s) => (s.numbers.fixed = -1), 'numbers.fixed must be a whole number, 0 or more'],
      ['s.json', (s) => (s.indices.results[0].indices.bootstrap.level = 95), 'indices.results[0].indices.bootstrap.level must be a number from 0 to 1'],
    ];
    for (const [file, damage, field] of cases) {
      const { said, written, stderr } = await runWith(file, damage);
      expect(said).toBe(`1 machi: damaged.json: a study the report cannot read: ${field}; make the study again, or mend the file\n`);
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(written).toEqual({});
    }
  });

  it('tells of another version before of the fields that differ', async () => {
    const { said } = await runWith('u.json', (s) => {
      s.stamp.version = 'machi-town/v1';
      delete s.rankingHolds;
    });
    expect(said).toMatch(/^1 machi: damaged\.json: a study made by model machi-town\/v1, this is /);
  });

  it('says it in Japanese too', async () => {
    const { said, written } = await runWith('s.json', wideTotal, 'ja');
    expect(said).toBe(
      '1 machi: damaged.json: レポートに載せられない検討の結果です。indices.results[0].indices.indices[0].total.low は数値である必要があります。' +
        '検討をやり直すか、ファイルを直してください\n',
    );
    expect(written).toEqual({});
    const share = await runWith('u.json', (s) => (s.rankingHolds[0].result.high = 1.5), 'ja');
    expect(share.said).toBe(
      '1 machi: damaged.json: レポートに載せられない検討の結果です。rankingHolds[0].result.high は0以上1以下の数値である必要があります。' +
        '検討をやり直すか、ファイルを直してください\n',
    );
  });
});

describe('machi run --study with a damaged study, as a process', () => {
  const folder = mkdtempSync(join(tmpdir(), 'machi-study-shape-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('exits 1 with the located message alone, no stack trace, and leaves the out folder without a report', async () => {
    const damaged = study('u.json');
    damaged.exceedance[0].points[0].p95 = 'high';
    writeFileSync(join(folder, 'town.yaml'), files['town.yaml']!);
    writeFileSync(join(folder, 'damaged.json'), JSON.stringify(damaged));
    const out = join(folder, 'out');
    const ended = await spawnMachi(['run', join(folder, 'town.yaml'), ...run, '--lang', 'en', '--study', join(folder, 'damaged.json'), '--out', out]).exited();
    expect(ended.code).toBe(1);
    expect(ended.stderr).toBe(
      `machi: ${join(folder, 'damaged.json')}: a study the report cannot read: exceedance[0].points[0].p95 must be a number from 0 to 1; ` +
        'make the study again, or mend the file\n',
    );
    expect(readdirSync(folder).includes('out') ? readdirSync(out) : []).toEqual([]);
  });
});
