/**
 * The demo: the `small-town` preset (仮想町, about 15,000 residents on a Hokkaido coast below a volcano)
 * under its four hosting variants, each replication a simulated decade, all variants meeting the same
 * hazards (common random numbers), run by `runMonteCarlo` over worker threads. Printed per variant:
 * annual means with 95% intervals of cost, critical-service downtime and persons whose data was leaked,
 * lost or damaged, the cost of a 1-in-100 year, and the annual probability of a report to the Personal
 * Information Protection Commission and of a press conference; then each variant paired with on-premises
 * hosting, the year with the longest critical outage of each variant and the command that replays it,
 * and a fingerprint of result.json. The reports (charts, Japanese/English documents, virtual cases)
 * come in a later issue.
 *
 * Run: pnpm demo [--runs N] [--seed S] [--workers W]
 */
import { sha256 } from '@machi/sim-core';
import { PRESETS, resultToJSON, scenarioSchema, simulate, type VariantTable } from '@machi/scenarios';
import { runMonteCarlo } from '@machi/scenarios/node';

const YEARS = 10;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`demo: --${name} must be a positive integer, got ${process.argv[at + 1] ?? 'nothing'}`);
    process.exit(2);
  }
  return value;
}

const runs = option('runs', 2000);
const seed = option('seed', 2027);
const workers = option('workers', 2);
const scenario = scenarioSchema.parse(PRESETS['small-town']);
const result = await runMonteCarlo(scenario, { runs, seed, horizonYears: YEARS, workers });

const man = (yen: number | null) => (yen === null ? 'n/a' : Math.round(yen / 1e4).toLocaleString('en-US'));
const num = (x: number | null) => (x === null ? 'n/a' : Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1));
const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
const negate = (x: number | null) => (x === null ? null : -x);
const cells = (row: string[], widths: number[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('');

console.log(`${scenario.name} (small-town): ${result.stamp.runs.toLocaleString('en-US')} replications × ${YEARS} years per variant, seed ${seed}`);
console.log('Annual means with 95% intervals; P = probability in a year.\n');
const widths = [16, 26, 20, 20, 18, 14, 14];
console.log(cells(['variant', 'cost (万円/yr)', 'critical down h/yr', 'persons affected', '1-in-100 yr (万円)', 'P(PPC report)', 'P(press)'], widths));
for (const v of result.variants) {
  const m = (metric: string) => v.metrics[metric]!;
  const interval = (metric: string, f: (x: number | null) => string) => `${f(m(metric).mean)} (${f(m(metric).ciLow)}–${f(m(metric).ciHigh)})`;
  const hundred = m('costYen').returnPeriods.find((r) => r.returnPeriodYears === 100)!;
  console.log(
    cells(
      [
        v.id,
        interval('costYen', man),
        interval('downtimeHours', num),
        interval('personsAffected', num),
        hundred.available ? man(hundred.valueAtRisk!) : 'n/a (< 1,000 yrs)',
        pct(v.actions.reportToCommission!.annualProbability),
        pct(v.actions.pressConference!.annualProbability),
      ],
      widths,
    ),
  );
}

console.log('\nPaired with onprem, year by year on the same hazards (difference = variant − onprem):');
for (const v of result.variants.slice(1)) {
  const pair = (metric: string) => result.comparisons.find((c) => c.a === 'onprem' && c.b === v.id && c.metric === metric)!;
  const cost = pair('costYen');
  const down = pair('downtimeHours');
  console.log(
    `  ${v.id.padEnd(16)} cost ${man(-cost.meanDifference)} 万円/yr (${man(negate(cost.ciHigh))} to ${man(negate(cost.ciLow))}); ` +
      `critical downtime ${num(-down.meanDifference)} h/yr, lower than onprem in ${pct(down.pAGreater)} of years, ` +
      `higher in ${pct(down.pALess)}, equal in ${pct(down.pEqual)}`,
  );
}

console.log('\nThe year with the longest critical-service outage in each variant:');
for (const table of result.tables) {
  const { replication, year, value } = argmax(table, 'largest.downtimeHours');
  if (value === 0) {
    console.log(`  ${table.variant.padEnd(16)} no critical-service outage in ${result.stamp.runs * YEARS} simulated years`);
    continue;
  }
  const replay = simulate(scenario, { variant: table.variant, seed, replication, horizonYears: YEARS });
  const outcome = replay.outcomes
    .filter((o) => o.year === year)
    .reduce((a, b) => (b.criticalDowntimeHours > a.criticalDowntimeHours ? b : a));
  const down = outcome.systems.map((s) => `${s.system} ${Math.round(s.downHours)} h`).join(', ') || 'no system down';
  console.log(
    `  ${table.variant.padEnd(16)} ${outcome.cause} in replication ${replication}, year ${year + 1}: ${outcome.kinds.join('+')}, ` +
      `${man(outcome.costYen)} 万円, ${outcome.personsAffected.toLocaleString('en-US')} persons; ${down}; ` +
      `actions: ${outcome.actions.map((a) => a.action).join(', ') || 'none'}`,
  );
  console.log(`  ${''.padEnd(16)} replay: pnpm machi simulate small-town --variant ${table.variant} --seed ${seed} --replication ${replication} --trace`);
}

console.log(`\nFingerprint of result.json: ${sha256(resultToJSON(result)).slice(0, 16)} (same seed, same fingerprint, with any number of workers)`);
console.log(`All figures: pnpm machi run small-town --runs ${runs} --seed ${seed} --out out`);
console.log('Intervals show Monte Carlo noise only, not uncertainty in the inputs; policy results are not legal advice.');

/** The (replication, year) with the largest value of a column; the first one on ties. */
function argmax(table: VariantTable, column: string): { replication: number; year: number; value: number } {
  const values = table.columns[column]!;
  let best = 0;
  for (let row = 1; row < values.length; row++) if (values[row]! > values[best]!) best = row;
  return { replication: Math.floor(best / table.years), year: best % table.years, value: values[best]! };
}
