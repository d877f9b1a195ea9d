import { describe, expect, it } from 'vitest';
import { editTown, machi } from './test-support.ts';

// The fixture town with one uncertain number: the town hall generator's chance of failing to start.
const rangedTown = editTown(
  'generatorFailureProbability: 0.1\n',
  'generatorFailureProbability: { value: 0.1, source: "assumption: test", range: { low: 0.02, high: 0.4, meaning: "min-max", shape: "triangular", ' +
    'source: "assumption: test" } }\n',
);
const files = { 'town.yaml': rangedTown, 'plain.yaml': editTown('generatorFailureProbability: 0.1\n', 'generatorFailureProbability: 0.1\n'), blocker: 'a file' };
const small = ['--input-sets', '2', '--replications', '2', '--years', '1', '--seed', '3'];

describe('machi uncertainty', () => {
  it('writes result.json, input-sets.csv, report.md, report.html and figures: the same bytes on one worker and on two', async () => {
    const one = await machi(['uncertainty', 'town.yaml', ...small, '--workers', '1', '--lang', 'en', '--out', 'out'], files);
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(one.stdout).toMatch(/^試験町: 2 input sets × 2 replications, seed 3; 1 ranged inputs, \d+ numbers fixed\n/);
    expect(one.stdout).toContain('Written: out/result.json, out/input-sets.csv, out/report.md, out/report.html\n');
    expect(Object.keys(one.written).filter((f) => !f.startsWith('out/figures/'))).toEqual(['out/result.json', 'out/input-sets.csv', 'out/report.md', 'out/report.html']);
    expect(Object.keys(one.written).some((f) => f.startsWith('out/figures/exceedance-band-'))).toBe(true);
    const result = JSON.parse(one.written['out/result.json']!) as { kind: string; inputs: { path: string }[] };
    expect(result.kind).toBe('uncertainty');
    expect(result.inputs.map((i) => i.path)).toEqual(['sites[0].generatorFailureProbability']);
    expect(one.written['out/input-sets.csv']!.startsWith('\uFEFFdesign [design],input set [index],')).toBe(true);
    expect(one.written['out/report.md']).toContain('## How sure are we?');
    expect(one.written['out/report.md']).toContain('machi uncertainty town.yaml --variants');
    // Every metric but the cost is 0 in every run of this town: those options tie at the inputs' values
    const holds = (JSON.parse(one.written['out/result.json']!) as { rankingHolds: { metric: string; nominalTie: string[] | null }[] }).rankingHolds;
    expect(holds.map((r) => [r.metric, r.nominalTie])).toEqual([
      ['costYen', null],
      ...holds.slice(1).map((r) => [r.metric, ['onprem', 'housing']]),
    ]);
    expect(one.stdout).toContain('  The ranking onprem > housing holds for 100% of plausible inputs [34.2% – 100%].\n');
    const two = await machi(['uncertainty', 'town.yaml', ...small, '--workers', '2', '--lang', 'en', '--out', 'out'], files);
    expect(two.written).toEqual(one.written);
  });

  it('writes its report and CSV headings in Japanese by default', async () => {
    const run = await machi(['uncertainty', 'town.yaml', ...small, '--workers', '1', '--out', 'out'], files);
    expect(run.code).toBe(0);
    expect(run.written['out/report.md']).toContain('## 前提の不確かさ');
    expect(run.written['out/input-sets.csv']!.startsWith('\uFEFF計画 [design],前提の組 [index],')).toBe(true);
  });

  it('shows a progress bar on a terminal only', async () => {
    const run = await machi(['uncertainty', 'town.yaml', ...small, '--workers', '1', '--lang', 'en', '--out', 'out'], files, { terminal: true });
    expect(run.progress.filter((p) => p !== undefined).at(-1)).toMatch(/^input sets █+ 3\/3 input sets {2}ETA 0 s$/);
    expect(run.progress.at(-1)).toBeUndefined();
  });
});

describe('machi sensitivity', () => {
  it('writes result.json, input-sets.csv and the report with the tornado; prints the leading inputs', async () => {
    const sizes = ['--trajectories', '1', '--leading', '1', '--base-count', '2', '--switching', '1', '--replications', '3', '--years', '1', '--seed', '3'];
    const run = await machi(['sensitivity', 'town.yaml', ...sizes, '--workers', '1', '--lang', 'en', '--out', 'out'], files);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    // Inputs by their field words, as the report names them.
    expect(run.stdout).toContain('Leading inputs (Morris μ*, relative to the largest):\n  Site "townhall": Generator failure  ');
    const result = JSON.parse(run.written['out/result.json']!) as { kind: string };
    expect(result.kind).toBe('sensitivity');
    expect(Object.keys(run.written).some((f) => f.startsWith('out/figures/tornado-'))).toBe(true);
    expect(run.written['out/report.md']).toContain('machi sensitivity town.yaml --variants onprem,housing --trajectories 1 --leading 1 --base-count 2');
  });
});

describe('machi uncertainty and machi sensitivity refuse bad input before any work, writing nothing', () => {
  const refused = async (argv: string[]) => {
    const run = await machi(argv, files);
    expect(run.written).toEqual({});
    return `${run.code} ${run.stderr}`;
  };

  it('in English', async () => {
    expect(await refused(['uncertainty', 'town.yaml', '--input-sets', '3', '--out', 'out', '--lang', 'en'])).toMatchInlineSnapshot(`
      "2 machi: --input-sets must be a power of two from 2 (the Sobol net's balance), got "3"
      "
    `);
    expect(await refused(['uncertainty', 'town.yaml', '--replications', '1', '--out', 'out', '--lang', 'en'])).toMatchInlineSnapshot(`
      "2 machi: --replications must be an integer of at least 2 (a set's noise is estimated from them), got "1"
      "
    `);
    expect(await refused(['sensitivity', 'town.yaml', '--replications', '2', '--out', 'out', '--lang', 'en'])).toMatchInlineSnapshot(`
      "2 machi: --replications must be an integer of at least 3 (a set's noise is estimated from them), got "2"
      "
    `);
    expect(await refused(['sensitivity', 'town.yaml', '--base-count', '6', '--out', 'out', '--lang', 'en'])).toMatchInlineSnapshot(`
      "2 machi: --base-count must be a power of two from 2 (the balance of Saltelli's design), got "6"
      "
    `);
    expect(await refused(['uncertainty', 'town.yaml', '--lang', 'en'])).toMatchInlineSnapshot(`
      "2 machi: required option --out <dir> is missing
      "
    `);
    expect(await refused(['uncertainty', 'plain.yaml', '--out', 'out', '--lang', 'en'])).toMatchInlineSnapshot(`
      "1 machi: plain.yaml: no number carries a range, so there is nothing to vary; give numbers a range (range: { low, high, meaning, shape, source }) or use a preset
      "
    `);
    expect(await refused(['uncertainty', 'town.yaml', '--variants', 'onprem', '--out', 'out', '--lang', 'en'])).toMatchInlineSnapshot(`
      "2 machi: a study compares at least two options; --variants names 1
      "
    `);
    expect(await refused(['sensitivity', 'town.yaml', '--out', 'blocker', '--lang', 'en'])).toMatchInlineSnapshot(`
      "2 machi: --out blocker must be a folder, but blocker is a file
      "
    `);
  });

  it('in Japanese', async () => {
    expect(await refused(['uncertainty', 'town.yaml', '--input-sets', '3', '--out', 'out'])).toMatchInlineSnapshot(`
      "2 machi: --input-sets は2以上の2のべき乗（Sobol点の釣り合いのため）で指定してください。指定値: "3"
      "
    `);
    expect(await refused(['sensitivity', 'town.yaml', '--replications', '2', '--out', 'out'])).toMatchInlineSnapshot(`
      "2 machi: --replications は3以上の整数（組ごとの誤差をそこから見積もるため）で指定してください。指定値: "2"
      "
    `);
    expect(await refused(['uncertainty', 'plain.yaml', '--out', 'out'])).toMatchInlineSnapshot(`
      "1 machi: plain.yaml: 範囲をもつ数値がないため、動かすものがありません。数値に範囲（range: { low, high, meaning, shape, source }）を付けるか、プリセットを使ってください
      "
    `);
  });

  it('refuses a study too large for one machine, naming the option and its limit, instead of failing in an allocation', async () => {
    expect(await refused(['uncertainty', 'town.yaml', '--input-sets', '4294967296', '--out', 'out', '--lang', 'en'])).toBe(
      `2 machi: --input-sets must be at most 16,384 (a larger study does not fit one machine's memory; split it or use fewer), got "4294967296"\n`,
    );
    expect(await refused(['uncertainty', 'town.yaml', '--replications', '65', '--out', 'out'])).toBe(
      `2 machi: --replications は64以下で指定してください（それより大きい検討は1台のメモリに収まりません。分けるか小さくしてください）。指定値: "65"\n`,
    );
    for (const [option, value] of [['--base-count', '2048'], ['--trajectories', '257'], ['--resamples', '100001']]) {
      expect(await refused(['sensitivity', 'town.yaml', option!, value!, '--out', 'out', '--lang', 'en'])).toMatch(new RegExp(`^2 machi: ${option} must be at most `));
    }
  });

  it('locates an error in the scenario, as every command does', async () => {
    const broken = { 'bad.yaml': editTown('generatorFailureProbability: 0.1\n', 'generatorFailureProbability: { value: 0.5, source: "assumption: test", range: { low: 0.02, high: 0.4, meaning: "90%", shape: "lognormal", source: "x" } }\n') };
    const run = await machi(['uncertainty', 'bad.yaml', '--out', 'out', '--lang', 'en'], broken);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bad\.yaml:\d+:\d+ +sites\[0\]\.generatorFailureProbability/);
    expect(run.written).toEqual({});
  });
});
