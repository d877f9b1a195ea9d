/**
 * The demo: the `small-town` preset (仮想町, about 15,000 residents on a Hokkaido coast below a volcano)
 * under its four hosting variants, each replication a simulated decade, all variants meeting the same
 * hazards (common random numbers). Printed per variant: annual means with their 95% intervals of cost,
 * critical-service downtime, residents who could not get a service, persons whose data was leaked, lost
 * or damaged, and reports to the Personal Information Protection Commission per year; then the incident
 * with the longest critical-service outage and the command that replays it. A small in-process run:
 * the Monte Carlo runner at scale (workers, exceedance curves, stopping rule) and the reports come in
 * later issues.
 *
 * Run: pnpm demo [--runs N] [--seed S]
 */
import { replicate, sha256, summarize, tableToJSON, type ReplicationContext } from '@machi/sim-core';
import { PRESETS, scenarioSchema, simulate, variantIds, type IncidentOutcome, type SimulationResult } from '@machi/scenarios';

const YEARS = 10;
const COLUMNS = [
  ['costYen', 'cost/yr (万円)', 1e-4],
  ['downtimeHours', 'critical down h/yr', 1],
  ['residentsWithoutService', 'residents w/o service/yr', 1],
  ['personsAffected', 'persons affected/yr', 1],
  ['action.reportToCommission', 'PPC reports/yr', 1],
] as const;

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

const runs = option('runs', 200);
const seed = option('seed', 2027);
const scenario = scenarioSchema.parse(PRESETS['small-town']);

/** One replication of one variant: the annual mean of each metric over the decade. */
const decade = (variant: string, keep: SimulationResult[]) => ({ replication }: ReplicationContext) => {
  const result = simulate(scenario, { variant, seed, replication, horizonYears: YEARS });
  keep.push(result);
  return Object.fromEntries(COLUMNS.map(([metric]) => [metric, result.years.reduce((s, y) => s + y[metric]!, 0) / YEARS]));
};

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2));
console.log(`${scenario.name} (small-town): ${runs} replications × ${YEARS} years per variant, seed ${seed}\n`);
console.log(['variant'.padEnd(16), ...COLUMNS.map(([, label]) => label.padStart(28))].join(''));
const worst: { variant: string; replication: number; outcome: IncidentOutcome }[] = [];
const fingerprints: string[] = [];
for (const variant of variantIds(scenario)) {
  const results: SimulationResult[] = [];
  const { table } = replicate({ runs, seed, model: decade(variant, results), metrics: COLUMNS.map(([m]) => m) });
  const summary = summarize(table);
  const cells = COLUMNS.map(([metric, , scale]) => {
    const s = summary[metric]!;
    return `${fmt(s.mean * scale)} (${fmt(s.ciLow * scale)}–${fmt(s.ciHigh * scale)})`.padStart(28);
  });
  console.log([variant.padEnd(16), ...cells].join(''));
  const outcomes = results.flatMap((r) => r.outcomes.map((outcome) => ({ replication: r.replication, outcome })));
  const top = outcomes.reduce((a, b) => (b.outcome.criticalDowntimeHours > a.outcome.criticalDowntimeHours ? b : a), outcomes[0]!);
  if (top) worst.push({ variant, ...top });
  fingerprints.push(sha256(JSON.stringify(tableToJSON(table))));
}

console.log('\nThe incident with the longest critical-service outage simulated in each variant:');
for (const { variant, replication, outcome } of worst) {
  const down = outcome.systems.map((s) => `${s.system} ${Math.round(s.downHours)} h`).join(', ') || 'no system down';
  console.log(
    `  ${variant.padEnd(16)} ${outcome.cause} in replication ${replication}, year ${outcome.year + 1}: ${outcome.kinds.join('+')}, ` +
      `${Math.round(outcome.costYen / 1e4).toLocaleString('en')} 万円, ${outcome.personsAffected.toLocaleString('en')} persons; ${down}; ` +
      `actions: ${outcome.actions.map((a) => a.action).join(', ') || 'none'}`,
  );
  console.log(`  ${''.padEnd(16)} replay: pnpm machi simulate small-town --variant ${variant} --seed ${seed} --replication ${replication} --trace`);
}
console.log(`\nFingerprint of the four results tables: ${sha256(fingerprints.join('')).slice(0, 16)} (same seed, same fingerprint, anywhere)`);
console.log('Intervals show Monte Carlo noise only, not uncertainty in the inputs; policy results are not legal advice.');
