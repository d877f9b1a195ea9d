import { sha256 } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editTown, machi, machiOnDisk, townYaml } from './test-support.ts';

const townFile = new URL('./fixtures/town.yaml', import.meta.url).pathname;

const files = { 'town.yaml': townYaml };
const args = ['run', 'town.yaml', '--runs', '12', '--seed', '3', '--years', '5', '--workers', '1', '--out', 'out', '--lang', 'en'];

describe('machi run', () => {
  it('every figure of report.html carries the numbers of result.json it draws', async () => {
    const run = await machi(args, files);
    const result = JSON.parse(run.written['out/result.json']!);
    // The report prints some charts; the others are files beside it (figures/), linked from it.
    const html = [run.written['out/report.html']!, ...Object.entries(run.written).filter(([path]) => path.startsWith('out/figures/')).map(([, text]) => text)].join('\n');
    const unescape = (t: string) => t.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const figures = new Map([...html.matchAll(/<svg [^>]*data-figure="([^"]+)" data-values="([^"]*)"/g)].map((m) => [m[1]!, JSON.parse(unescape(m[2]!))]));
    expect(figures.size).toBeGreaterThan(10);
    for (const curve of ['aep', 'oep'] as const) {
      const drawn = figures.get(`${curve}-costYen`) as { variants: { id: string; points: { probability: number; value: number; low: number; high: number }[] }[] } | undefined;
      // Curves that coincide (12 runs: the same largest incident in every option) are told, not drawn.
      if (!drawn) {
        expect(html).toContain('lie on top of one another');
        continue;
      }
      for (const v of drawn.variants) {
        const stored = result.variants.find((x: { id: string }) => x.id === v.id).exceedance.costYen[curve] as { exceedanceProbability: number; value: number; ciLow: number; ciHigh: number }[];
        expect(v.points).toEqual(stored.map((p) => ({ probability: p.exceedanceProbability, value: p.value, low: p.ciLow, high: p.ciHigh })));
      }
    }
    const actions = figures.get('action-probability') as { variants: { id: string; points: { action: string; probability: number; low: number; high: number }[] }[] };
    for (const v of actions.variants) {
      const stored = result.variants.find((x: { id: string }) => x.id === v.id).actions;
      for (const p of v.points) expect([p.probability, p.low, p.high]).toEqual([stored[p.action].annualProbability, stored[p.action].ciLow, stored[p.action].ciHigh]);
    }
  });

  it('writes result.json, the CSV tables (UTF-8 with BOM), scenario.resolved.json, the report and its figures, and a summary', async () => {
    const run = await machi(args, files);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = Object.keys(run.written).sort();
    expect(written.filter((p) => !p.startsWith('out/figures/'))).toEqual([
      'out/assumptions.csv',
      'out/assumptions.html',
      'out/exceedance.csv',
      'out/replications.csv',
      'out/report.html',
      'out/report.md',
      'out/result.json',
      'out/scenario.resolved.json',
      'out/summary.csv',
    ]);
    // report.md links each figure it shows, and each chart it does not print, to a file written beside it.
    const linked = [...run.written['out/report.md']!.matchAll(/\]\(<?(figures\/[^)>]+\.svg)>?\)/g)].map((m) => `out/${m[1]}`);
    expect(written.filter((p) => p.startsWith('out/figures/'))).toEqual([...linked].sort());
    expect(run.written['out/report.html']).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    const result = JSON.parse(run.written['out/result.json']!);
    expect(Object.keys(result)).toEqual(['stamp', 'headline', 'variants', 'comparisons', 'safety']);
    expect(result.stamp).toMatchObject({ version: '0.1.0', seed: 3, runs: 12, horizonYears: 5, stoppedBy: 'runs', complete: true });
    expect(result.stamp.algorithms.generator).toMatch(/tychei/);
    expect(result.variants.map((v: { id: string }) => v.id)).toEqual(['onprem', 'housing']);
    const metric = result.variants[0].metrics.costYen;
    expect(Object.keys(metric)).toEqual(['mean', 'stderr', 'ciLow', 'ciHigh', 'p50', 'p90', 'p99', 'max', 'returnPeriods']);
    expect(Object.keys(result.variants[0].actions.pressConference)).toEqual(
      expect.arrayContaining(['annualProbability', 'ciLow', 'ciHigh', 'expectedPerYear', 'returnPeriodYears']),
    );
    expect(Object.keys(result.variants[0].exceedance.costYen)).toEqual(['probabilityPositive', 'aep', 'oep']);
    // Two variants: the paired comparisons of the pair, on every metric.
    expect(result.comparisons.length).toBe(Object.keys(result.variants[0].metrics).length);
    expect(result.comparisons[0]).toMatchObject({ a: 'onprem', b: 'housing', metric: 'downtimeHours' });

    const csv = run.written['out/replications.csv']!;
    // Headings in the report's language, each with its column name in brackets for scripts.
    expect(csv.startsWith('\uFEFFoption [variantLabel],option id [variant],replication [replication],year (from 0) [year],fiscal year (holding most of the year) [fiscalYear],critical-service downtime (summed over services) [downtimeHours],')).toBe(true);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + 2 * 12 * 5);
    // The option's label, then its id; the fiscal year of each simulated year (start 2027-04-01).
    expect(lines[1]!.startsWith('Town-hall server room,onprem,0,0,2027,')).toBe(true);
    expect(lines.at(-1)!.startsWith('Housing data centre,housing,11,4,2031,')).toBe(true);

    // The stamp hashes the canonical scenario written beside it.
    const resolved = run.written['out/scenario.resolved.json']!;
    expect(sha256(JSON.stringify(JSON.parse(resolved)))).toBe(result.stamp.scenarioSha256);

    expect(run.stdout).toMatch(/^試験町|^.+: 12 replications × 5 years, seed 3 \(all runs done\)/);
    expect(run.stdout).toMatch(/\nonprem {2,}/);
    expect(run.stdout).toContain('Written: out/result.json, out/replications.csv, out/exceedance.csv, out/summary.csv, out/scenario.resolved.json');
  });

  it('gives the same bytes on every run, with any number of workers, and from its own scenario.resolved.json', async () => {
    const first = await machi(args, files);
    expect((await machi(args, files)).written).toEqual(first.written);
    const threads = await machi(args.map((a) => (a === '1' ? '2' : a)), files);
    expect(threads.written).toEqual(first.written);
    const again = await machi(['run', 'resolved.json', ...args.slice(2)], { 'resolved.json': first.written['out/scenario.resolved.json']! });
    expect(again.written['out/result.json']).toBe(first.written['out/result.json']);
  });

  it('hashes a preset and the YAML `presets show` prints for it alike', async () => {
    const yaml = (await machi(['presets', 'show', 'small-town'])).stdout;
    const quick = ['--runs', '1', '--years', '1', '--variants', 'onprem', '--workers', '1', '--out', 'o'];
    const byName = JSON.parse((await machi(['run', 'small-town', ...quick])).written['o/result.json']!);
    const byFile = JSON.parse((await machi(['run', 'town.yaml', ...quick], { 'town.yaml': yaml })).written['o/result.json']!);
    expect(byFile.stamp.scenarioSha256).toBe(byName.stamp.scenarioSha256);
    expect(byFile).toEqual(byName);
  });

  it('shows a progress line on a terminal only, and clears it', async () => {
    const quiet = await machi(args, files);
    expect(quiet.progress).toEqual([]);
    const shown = await machi(args, files, { terminal: true });
    expect(shown.progress.at(-1)).toBeUndefined();
    expect(shown.progress.at(-2)).toMatch(/^█+ 12\/12 replications {2}[\d,]+\/s {2}ETA 0 s$/);
    expect(shown.written).toEqual(quiet.written);
  });

  it('stops at the precision asked for and says so', async () => {
    const run = await machi(['run', 'town.yaml', '--runs', '400', '--years', '5', '--precision', '0.5', '--out', 'p', '--lang', 'en', '--workers', '1'], files);
    const stamp = JSON.parse(run.written['p/result.json']!).stamp;
    expect(stamp.precision).toEqual({ requested: true, relativeHalfWidth: 0.5 });
    expect(['precision', 'runs']).toContain(stamp.stoppedBy);
    expect(run.stdout).toMatch(/headline estimate/);
  });
});

describe('machi run: what reaches the files from user text', () => {
  it('a critical service named =1+1 never starts a formula in replications.csv; numbers stay numbers', async () => {
    const town = editTown('variants:\n', 'services:\n  - { id: counter, name: "=1+1", dependsOn: [registry], demandPer1000ResidentsPerYear: { counter: 100, online: 0 } }\nvariants:\n');
    const run = await machi(['run', 'town.yaml', '--runs', '2', '--years', '1', '--workers', '1', '--out', 'o', '--lang', 'ja'], { 'town.yaml': town });
    expect(run.stderr).toBe('');
    const [heading, ...rows] = run.written['o/replications.csv']!.slice(1).split('\r\n');
    const cells = heading!.split(',');
    expect(cells).toContain("'=1+1の停止時間 [downtimeHours.counter]");
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(rows[0]!.split(',').slice(3).every((c) => c === '' || Number.isFinite(Number(c)))).toBe(true);
  });
});

describe('machi compare', () => {
  it('is run with the paired comparisons printed first', async () => {
    const compare = await machi(['compare', ...args.slice(1)], files);
    const run = await machi(args, files);
    expect(compare.code).toBe(0);
    expect(compare.written).toEqual(run.written);
    expect(compare.stdout.startsWith('Paired comparisons (A − B, same replications):\nA − B  ')).toBe(true);
    expect(compare.stdout).toMatch(/\nonprem − housing +annual cost \(running \+ incidents\) +/);
    expect(compare.stdout.endsWith(run.stdout)).toBe(true);
  });

  it('prints the summary and the comparisons in Japanese, yen and hours as the report writes them, metrics by their labels', async () => {
    const compare = await machi(['compare', 'town.yaml', '--runs', '12', '--seed', '3', '--years', '5', '--workers', '1', '--out', 'out'], files);
    expect(compare.stdout).toMatchInlineSnapshot(`
      "対応のある比較（A − B、同じ反復どうし）:
      A − B             指標                                        平均の差（95% 区間）            P(A<B)  P(A=B)  P(A>B)
      onprem − housing  重要業務の延べ停止時間                      0時間（0時間〜0時間）           0%      100%    0%
      onprem − housing  住民がサービスを受けられなかった延べ時間    0人時（0人時〜0人時）           0%      100%    0%
      onprem − housing  個人データが漏えい・滅失・毀損した本人の数  0人（0人〜0人）                 0%      100%    0%
      onprem − housing  失われた更新（時間）                        0時間（0時間〜0時間）           0%      100%    0%
      onprem − housing  残った複製がなく失われたシステム            0（0〜0）                       0%      100%    0%
      onprem − housing  記録が失われた住民（残った複製なし）        0人（0人〜0人）                 0%      100%    0%
      onprem − housing  年間費用（運用+インシデント）               -300万円（-300万円〜-300万円）  100%    0%      0%

      試験町: 12 反復 × 5 年、シード 3（指定の反復をすべて実行）。年平均と 95% 信頼区間
      比較案   年間費用（95% 区間）               重要業務の停止（年）   影響を受けた人（年）  記者会見（年確率）
      onprem   2,168万円（2,055万円〜2,281万円）  0時間（0時間〜0時間）  69人（-78人〜216人）  1.7%（0.29%〜8.9%）
      housing  2,468万円（2,355万円〜2,581万円）  0時間（0時間〜0時間）  69人（-78人〜216人）  1.7%（0.29%〜8.9%）
      書き出したファイル: out/result.json、out/replications.csv、out/exceedance.csv、out/summary.csv、out/scenario.resolved.json、out/report.md、out/report.html、out/assumptions.html、out/assumptions.csv
      "
    `);
  });
});

describe('machi run: usage errors exit 2, name the option and write nothing', () => {
  it.each([
    [['--out'], 'option --out needs a value'],
    [['--runs', '0', '--out', 'x'], '--runs must be an integer >= 1, got "0"'],
    [['--precision', '5', '--out', 'x'], '--precision must be a relative half-width between 0 and 1 such as 0.05, got "5"'],
    [['--variants', 'onprem,cloud', '--out', 'x'], 'unknown variant "cloud" (variants: onprem, housing)'],
    [['--variants', 'onprem,onprem', '--out', 'x'], '--variants must name each variant once, separated by commas, got "onprem,onprem"'],
    [['--workers', '-1', '--out', 'x'], '--workers must be an integer >= 1, got "-1"'],
    [[], 'required option --out <dir> is missing'],
    [['--out', 'notes.txt'], '--out notes.txt must be a folder, but notes.txt is a file'],
    [['--resume', '--queue', 'redis://h', '--out', 'x'], '--resume cannot be used with --queue'],
    [['--workers', '2', '--queue', 'redis://h', '--out', 'x'], '--workers has no effect with --queue: give it to each machi worker'],
    [['--shards', '4', '--out', 'x'], '--shards needs --queue'],
    [['--queue', 'localhost:6379', '--out', 'x'], '--queue: it must start with redis:// or rediss:// (TLS), not localhost://'],
    [['--queue', 'redis://h', '--shards', '99', '--out', 'x'], 'the shard count must be from 1 to 40 (the blocks of 25 replications of this run), got 99'],
    [['--years', '100000', '--out', 'x'], '--years must be at most 1,000, got "100000": return periods are reported up to 1,000 years, and a longer study needs more --runs, not longer ones'],
    // Once "internal error: RangeError: Invalid typed array length".
    [['--runs', '999999999999', '--out', 'x'], expect.stringMatching(/^--runs 999,999,999,999 × --years 10 × 2 variants need about [\d,.]+ GB of memory for the per-replication table \(\d+ bytes per replication-year and variant\); at most [\d,.]+ GB here/)],
    [['--runs', '9007199254740991', '--precision', '0.05', '--out', 'x'], expect.stringContaining('with --precision, --runs is the most that may run')],
  ])('machi run town.yaml %j', async (extra, message) => {
    const run = await machi(['run', 'town.yaml', ...extra, '--lang', 'en'], { ...files, 'notes.txt': 'a file' });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr.startsWith('machi: ') && run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.slice('machi: '.length, -1)).toEqual(message);
    expect(run.written).toEqual({});
  });

  it('runs --workers above the processors of the machine on as many as it has, and says so', async () => {
    const run = await machi([...args.slice(0, -6), '--workers', '1000', '--out', 'out', '--lang', 'en'], files);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^machi: --workers 1000 is more than the \d+ processors? this machine can use; using \d+ \(the results are the same for any number of workers\)\n$/);
    expect(run.written['out/result.json']).toBe((await machi(args, files)).written['out/result.json']);
  });

  it('reports a folder it cannot write to (exit 1), naming it, in one line', async () => {
    const run = await machi([...args.slice(0, -4), '--out', '/proc/machi-no', '--lang', 'en'], files, { failWrites: 'EACCES: permission denied' });
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: 'machi: cannot write the results to /proc/machi-no: EACCES: permission denied\n' });
  });

  // 100,000 replications would take many minutes: the test's timeout shows that none ran.
  it('checks --out before the simulation starts: a folder under /proc fails at once', { timeout: 30_000 }, async () => {
    const run = await machiOnDisk(['run', 'small-town', '--runs', '100000', '--out', '/proc/nope', '--lang', 'en']);
    expect(run).toEqual({ code: 1, stdout: '', stderr: "machi: cannot write the results to /proc/nope: ENOENT: no such file or directory, mkdir '/proc/nope'\n" });
  });

  it('removes the partial files a killed run left in --out, and says so', async () => {
    const out = mkdtempSync(join(tmpdir(), 'machi-partials-'));
    try {
      const dead = Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout);
      writeFileSync(join(out, `.replications.csv.${dead}.partial`), 'x'.repeat(1000));
      const run = await machiOnDisk(['run', 'town.yaml', '--runs', '4', '--workers', '1', '--out', out, '--lang', 'en'].map((a) => (a === 'town.yaml' ? townFile : a)));
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(`machi: removed 1 partial file that an interrupted earlier run left in ${out}: .replications.csv.${dead}.partial\n`);
      expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('reports a scenario with issues as invalid input (exit 1), located, in Japanese by default', async () => {
    const run = await machi(['run', 'town.yaml', '--out', 'x'], { 'town.yaml': townYaml.replace('population:', 'populaton:') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^town\.yaml:\d+:\d+ /);
    expect(run.written).toEqual({});
  });
});
