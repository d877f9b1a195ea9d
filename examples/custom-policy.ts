/**
 * A town's own response policy on top of the default: `small-town` run twice with the same seed, once
 * under the default policy (jp-municipal) and once under the town's (examples/town-policy.yaml, or the
 * policy file given), printing how often each response action is needed in a year under each, and
 * how many more years need it under the town's rules. Same seed, same incidents: only the decisions
 * taken on them differ. Japanese by default.
 *
 * Run: npx tsx --conditions=source examples/custom-policy.ts [policy.yaml] [--lang en]
 * Env: MACHI_EXAMPLE_RUNS (default 1000), MACHI_EXAMPLE_LANG (ja | en).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ACTIONS, formatIssues, loadText, NOT_LEGAL_ADVICE, policySchema, PRESETS, scenarioSchema, type MonteCarloResult } from '@machi/scenarios';
import { runMonteCarlo } from '@machi/scenarios/node';
import { actionLabel, actionsTable, formatPercent, LANGS, Table, variantLabel, type Lang } from '@machi/report';

const args = process.argv.slice(2);
const at = args.indexOf('--lang');
const lang = (at >= 0 ? args[at + 1] : process.env.MACHI_EXAMPLE_LANG) ?? 'ja';
if (!(LANGS as readonly string[]).includes(lang)) {
  console.error(`custom-policy: --lang must be ${LANGS.join(' or ')}, got ${lang}`);
  process.exit(2);
}
const file = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1)) ?? fileURLToPath(new URL('./town-policy.yaml', import.meta.url));
const runs = Number(process.env.MACHI_EXAMPLE_RUNS ?? 1000);
const options = { lang: lang as Lang };

// A mistake in the town's file comes back as located issues (file:line:col), not as an exception.
const loaded = loadText(policySchema, readFileSync(file, 'utf8'), file);
if (!loaded.ok) {
  console.error(formatIssues(loaded.issues, options.lang));
  process.exit(1);
}
const townPolicy = loaded.value;

const defaultScenario = scenarioSchema.parse(PRESETS['small-town']);
// The scenario is parsed again with the policy in it, so that its `extends` and rule ids are checked.
const townScenario = scenarioSchema.parse({ ...PRESETS['small-town'], policy: townPolicy });
const run = { runs, seed: 1 };
const byDefault = await runMonteCarlo(defaultScenario, run);
const byTown = await runMonteCarlo(townScenario, run);

const ja = options.lang === 'ja';
const scenario = defaultScenario;
const townName = townPolicy.name?.[options.lang] ?? townPolicy.id;
const { runs: done, horizonYears } = byTown.stamp;
console.log(ja ? `# ${scenario.name}: 町の対応基準「${townName}」と既定の基準の比較(${done}試行 × ${horizonYears}年)\n` : `# ${scenario.name}: the town's policy "${townName}" against the default (${done} replications × ${horizonYears} years)\n`);
console.log(ja ? '町が加えたルール:' : "The town's own rules:");
for (const rule of townPolicy.rules) console.log(`- ${rule.id}: ${rule.basis[options.lang]}`);
console.log('');

const byDefaultTable = actionsTable(byDefault, { ...options, scenario });
console.log(`## ${ja ? '既定の基準(jp-municipal)' : 'Default policy (jp-municipal)'}: ${byDefaultTable.title}\n\n${byDefaultTable.toMarkdown()}`);
const byTownTable = actionsTable(byTown, { ...options, scenario });
console.log(`## ${ja ? `町の基準(${townPolicy.id})` : `Town policy (${townPolicy.id})`}: ${byTownTable.title}\n\n${byTownTable.toMarkdown()}`);
console.log(`## ${ja ? '町の基準で増える年' : 'Years the town policy adds'}\n\n${addedYearsTable(byDefault, byTown).toMarkdown()}`);
console.log(NOT_LEGAL_ADVICE[options.lang]);

/**
 * Per action and variant, the share of simulated years needing it by default and under the town's
 * policy. A town policy only adds rules, and both runs met the same incidents year by year, so the
 * difference is exactly the years the town's own rules add (counted from the replication tables).
 */
function addedYearsTable(before: MonteCarloResult, after: MonteCarloResult): Table {
  const rows = ACTIONS.map((action) => [
    actionLabel(action, options.lang),
    ...after.tables.map((table, i) => {
      const was = before.tables[i]!.columns[`action.${action}`]!;
      const now = table.columns[`action.${action}`]!;
      let added = 0;
      for (let row = 0; row < now.length; row++) if (now[row]! > 0 && !(was[row]! > 0)) added++;
      const share = (column: ArrayLike<number>) => formatPercent(Array.prototype.filter.call(column, (n: number) => n > 0).length / column.length);
      return `${share(was)} → ${share(now)} (+${formatPercent(added / now.length)})`;
    }),
  ]);
  return new Table({
    id: 'town-policy-added-years',
    title: ja ? '対応が必要な年の割合: 既定 → 町の基準(町のルールで増えた分)' : 'Share of years needing each response: default → town (added by the town rules)',
    columns: [{ key: 'action', label: ja ? '対応' : 'action' }, ...after.variants.map((v) => ({ key: v.id, label: variantLabel(v.id, options.lang, scenario), align: 'right' as const }))],
    rows,
  });
}
