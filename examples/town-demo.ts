/**
 * The demo: the `small-town` preset (仮想町, about 15,000 residents on a Hokkaido coast below a volcano)
 * under its four hosting variants, each replication a simulated decade, all variants meeting the same
 * hazards (common random numbers), run by `runMonteCarlo` over worker threads. It writes the evidence a
 * town puts in its plan into `out/`:
 *   report.html (self-contained: open it in any browser, print it on A4), report.md + figures/*.svg,
 *   result.json + scenario.resolved.json (the run, and the scenario that regenerates it),
 *   case-worst-year.html/.md (the on-premises year with the longest critical-service outage, told as a
 *   dated timeline for a tabletop exercise),
 * and prints a short summary table and the paths.
 *
 * Run: npx -y pnpm@12 demo [--runs N] [--seed S] [--workers W] [--lang ja|en] [--out DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256 } from '@machi/sim-core';
import { canonicalScenario, collectProvenance, PRESETS, resultToJSON, scenarioSchema, simulate } from '@machi/scenarios';
import { runMonteCarlo } from '@machi/scenarios/node';
import { formatPercent, formatYen, pickYear, regenerateCommand, renderCase, renderReport, variantLabel, type Lang } from '@machi/report';

const YEARS = 10;

function text(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : (process.argv[at + 1] ?? '');
}

function count(name: string, fallback: number): number {
  const value = Number(text(name, String(fallback)));
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`demo: --${name} must be a positive integer, got ${text(name, '') || 'nothing'}`);
    process.exit(2);
  }
  return value;
}

const runs = count('runs', 2000);
const seed = count('seed', 2027);
const workers = count('workers', 2);
const lang = text('lang', 'ja') as Lang;
if (lang !== 'ja' && lang !== 'en') {
  console.error(`demo: --lang must be ja or en, got ${lang}`);
  process.exit(2);
}
const out = text('out', 'out');
const scenario = scenarioSchema.parse(PRESETS['small-town']);

const result = await runMonteCarlo(scenario, { runs, seed, horizonYears: YEARS, workers });
const report = renderReport(result, { lang, scenario, provenance: collectProvenance(PRESETS['small-town']), command: regenerateCommand(result.stamp, lang, out) });

// The year a town most needs to rehearse: where the systems it runs today kept residents waiting
// longest (the costliest year is usually a vendor's exit: expensive, but nothing stops).
const onprem = result.tables.find((t) => t.variant === 'onprem')!;
const worst = pickYear(onprem, 'worst', 'downtimeHours')!;
const year = simulate(scenario, { variant: 'onprem', seed, replication: worst.replication, horizonYears: YEARS, trace: true });
const command = `machi case small-town --variant onprem --seed ${seed} --replication ${worst.replication} --year ${worst.year} --lang ${lang}`;
const virtualCase = renderCase(year, { scenario, year: worst.year, lang, selection: worst, command, figureFolder: 'figures' });

const files: [string, string][] = [
  ['report.html', report.toHTML()],
  ['report.md', report.toMarkdown()],
  ...report.figureFiles().map((f): [string, string] => [f.path, f.text]),
  ['result.json', resultToJSON(result)],
  ['scenario.resolved.json', `${JSON.stringify(JSON.parse(canonicalScenario(scenario)), null, 2)}\n`],
  ['case-worst-year.html', virtualCase.toHTML()],
  ['case-worst-year.md', virtualCase.toMarkdown()],
  ...virtualCase.figureFiles().map((f): [string, string] => [f.path, f.text]),
];
for (const [path, content] of files) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), content);
}

const cells = (row: string[], widths: number[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
const widths = [16, 12, 14, 12, 10, 13];
console.log(`${scenario.name} (small-town): ${result.stamp.runs.toLocaleString('en-US')} replications × ${YEARS} years per variant, seed ${seed}, ${workers} workers\n`);
console.log(cells(['variant', 'cost / yr', '1-in-100 yr', 'down h / yr', 'P(press)', 'safety score'], widths));
for (const v of result.variants) {
  const hundred = v.metrics.costYen!.returnPeriods.find((r) => r.returnPeriodYears === 100)!;
  const score = result.safety.variants.find((s) => s.id === v.id)!;
  console.log(
    cells(
      [
        v.id,
        formatYen(v.metrics.costYen!.mean, lang),
        hundred.valueAtRisk === null ? 'n/a' : formatYen(hundred.valueAtRisk, lang),
        v.metrics.downtimeHours!.mean.toFixed(1),
        formatPercent(v.actions.pressConference!.annualProbability),
        score.mean.toFixed(1),
      ],
      widths,
    ),
  );
}
const name = variantLabel('onprem', lang, scenario);
console.log(`\nWorst year of ${name} (critical-service downtime): replication ${worst.replication}, year ${worst.year}, ${worst.value.toFixed(0)} h down (${virtualCase.case.incidents.length} incidents)`);
console.log(`\nWritten to ${out}/: report.html, report.md (+ figures/, ${report.figureFiles().length} SVG: ${report.figures.length} printed in the report, the rest linked from it), result.json, scenario.resolved.json, case-worst-year.html, case-worst-year.md`);
console.log(`Open ${join(out, 'report.html')} in a browser; the case replays with: pnpm ${command}`);
console.log(`Fingerprint of result.json: ${sha256(resultToJSON(result)).slice(0, 16)} (same seed, same fingerprint, with any number of workers)`);
console.log('Intervals show Monte Carlo noise only, not uncertainty in the inputs; policy results are not legal advice.');
