/**
 * Which hosting should 仮想町 choose? The four hosting options of the `small-town` preset (on-premises,
 * housing in a data centre, a community cloud, the government's public cloud), each paired with
 * on-premises on the headline metrics, then the annual probability of every response action, printed
 * as Markdown tables to paste into a memo. Japanese by default.
 *
 * Run: npx tsx --conditions=source examples/compare-hosting.ts [--lang en]
 * Env: MACHI_EXAMPLE_RUNS (default 1000), MACHI_EXAMPLE_LANG (ja | en).
 */
import { HEADLINE_METRICS, NOT_LEGAL_ADVICE, PRESETS, scenarioSchema } from '@machi/scenarios';
import { runMonteCarlo } from '@machi/scenarios/node';
import { actionsTable, comparisonsTable, LANGS, type Lang } from '@machi/report';

const at = process.argv.indexOf('--lang');
const lang = (at >= 0 ? process.argv[at + 1] : process.env.MACHI_EXAMPLE_LANG) ?? 'ja';
if (!(LANGS as readonly string[]).includes(lang)) {
  console.error(`compare-hosting: --lang must be ${LANGS.join(' or ')}, got ${lang}`);
  process.exit(2);
}
const runs = Number(process.env.MACHI_EXAMPLE_RUNS ?? 1000);

const scenario = scenarioSchema.parse(PRESETS['small-town']);
// Every variant meets the same earthquakes, attacks and failures in replication k (common random
// numbers), so the paired differences below are much tighter than two separate means would be.
const result = await runMonteCarlo(scenario, { runs, seed: 1 });

const options = { lang: lang as Lang, scenario };
const ja = lang === 'ja';
console.log(ja ? `# ${scenario.name}: ホスティング案の比較(${result.stamp.runs}試行 × ${result.stamp.horizonYears}年)\n` : `# ${scenario.name}: hosting options compared (${result.stamp.runs} replications × ${result.stamp.horizonYears} years)\n`);

// On-premises is what the town runs today: every other option reads as "option − on-premises".
const metrics = HEADLINE_METRICS.map((h) => h.metric);
const comparisons = comparisonsTable(result, { ...options, metrics, baseline: 'onprem' });
console.log(`## ${comparisons.title}\n\n${comparisons.toMarkdown()}`);

// Press conferences and reports to the Commission are what the mayor asks about first.
const actions = actionsTable(result, options);
console.log(`## ${actions.title}\n\n${actions.toMarkdown()}`);

// Action probabilities come from the response policy: every output that shows them carries the disclaimer.
console.log(NOT_LEGAL_ADVICE[options.lang]);
