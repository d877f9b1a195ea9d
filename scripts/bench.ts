/**
 * `pnpm bench [suite...] [--runs N]`: runs the benchmark suites (`packages/*\/bench/*.bench.ts`), or only
 * those whose name (or a figure's) starts with one of the given words (`pnpm bench engine`,
 * `pnpm bench mc.memory`). Each figure is measured N
 * times (default 5; a long figure may ask for fewer) in this one process, alternating with its baseline, and the medians are printed: first
 * a table for people, then one JSON line per figure for scripts:
 * {"name": "engine.throughput", "value": ..., "unit": ..., "baseline": ..., "ratio": ...}
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchSuite, Measurement } from './bench-types.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : 5;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --runs must be a positive integer, got ${args[runsFlag + 1]}`);
  process.exit(2);
}
const filters = args.filter((a, i) => !a.startsWith('--') && (runsFlag < 0 || i !== runsFlag + 1));

const suites: BenchSuite[] = [];
for (const pkg of readdirSync(join(root, 'packages')).sort()) {
  let files: string[] = [];
  try {
    files = readdirSync(join(root, 'packages', pkg, 'bench')).filter((f) => f.endsWith('.bench.ts')).sort();
  } catch {
    continue;
  }
  for (const file of files) {
    const module = (await import(pathToFileURL(join(root, 'packages', pkg, 'bench', file)).href)) as { suite: BenchSuite };
    suites.push(module.suite);
  }
}
// A word selects a suite by its name (`mc`) or single figures by theirs (`mc.memory`).
const picked = (suite: BenchSuite, figure: string) => filters.length === 0 || filters.some((f) => suite.name.startsWith(f) || figure.startsWith(f));
const selected = suites
  .map((s) => ({ ...s, figures: s.figures.filter((f) => picked(s, f.name)) }))
  .filter((s) => s.figures.length > 0);
if (selected.length === 0) {
  console.error(`bench: no suite matches ${filters.join(', ')}; suites: ${suites.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const results: Measurement[] = [];
for (const suite of selected) {
  console.log(`\n${suite.name} (${runs} runs each, medians; node ${process.version})`);
  for (const figure of suite.figures) {
    const values: number[] = [];
    const baselines: number[] = [];
    let notes = '';
    for (let i = 0; i < Math.min(runs, figure.runs ?? runs); i++) {
      const m = await figure.measure();
      values.push(m.value);
      baselines.push(m.baseline);
      notes = m.notes ?? notes;
    }
    const value = median(values);
    const baseline = median(baselines);
    const result: Measurement = {
      name: figure.name,
      value: Math.round(value),
      unit: figure.unit,
      baseline: Math.round(baseline),
      ratio: Math.round((value / baseline) * 1000) / 1000,
      ...(figure.target === undefined ? {} : { target: figure.target }),
      ...(figure.targetAtMost === undefined ? {} : { targetAtMost: figure.targetAtMost }),
    };
    results.push(result);
    const verdict =
      figure.target !== undefined
        ? `  (target ≥ ${figure.target}: ${result.ratio >= figure.target ? 'met' : 'MISSED'})`
        : figure.targetAtMost !== undefined
          ? `  (target ≤ ${figure.targetAtMost}: ${result.ratio <= figure.targetAtMost ? 'met' : 'MISSED'})`
          : '';
    console.log(
      `  ${figure.name.padEnd(22)} ${fmt(value).padStart(14)} ${figure.unit.padEnd(14)} baseline ${fmt(baseline).padStart(14)}` +
        `  ratio ${result.ratio.toFixed(3)}${verdict}${notes ? `\n      ${notes}` : ''}`,
    );
  }
}
console.log('');
for (const r of results) console.log(JSON.stringify(r));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function fmt(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}
