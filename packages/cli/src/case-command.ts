import { join } from 'node:path';
import { ACTIONS, simulate, tableColumns, variantIds, type Scenario } from '@machi/scenarios';
import { defaultWorkers, runMonteCarlo } from '@machi/scenarios/node';
import { formatMetric, parsePickRule, pickYear, renderCase, shellWord, type PickedYear, type PickRule } from '@machi/report';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { parseInteger } from './parse-integer.ts';
import { prepareOut } from './prepare-out.ts';
import { progressLine } from './progress-line.ts';
import { loadScenarioArg } from './scenario-source.ts';
import { checkTableMemory } from './table-memory.ts';
import { workerCount } from './workers-option.ts';
import { parseYears } from './years-option.ts';

/** The options of `machi case` as commander hands them over (text, unchecked). */
export interface CaseArgs {
  readonly variant?: string;
  readonly seed?: string;
  readonly replication?: string;
  readonly year?: string;
  readonly pick?: string;
  readonly by?: string;
  readonly runs?: string;
  readonly years?: string;
  readonly workers?: string;
  readonly out?: string;
}

/** Files `machi case --out DIR` writes (and the Gantt chart as `figures/<id>.svg`, which case.md links to). */
export const CASE_FILES = ['case.md', 'case.html'] as const;

/**
 * `machi case FILE|PRESET --variant V [--seed S] (--replication K --year Y | --pick RULE [--by METRIC]
 * [--runs N] [--workers W]) [--years N] [--out DIR]`: one simulated year of one replication told as a
 * virtual case in the `--lang` language. `--seed` defaults to 1, as in `machi run`, so that a case
 * picked from a run's years needs no seed the run did not. `--year` counts from 0 and must be below `--years` (default 10,
 * the horizon the replication is simulated over, as in `machi run`). With `--pick` the year is chosen
 * from a Monte Carlo of that variant alone (`--runs` default 1000, same seed and horizon) by `pickYear`:
 * `worst` is the argmax of `--by` (default `costYen`), `p99` the 1-in-100 year, `typical` the median
 * year, `action:X` the median year by `--by` among those needing action X; the chosen replication is
 * then simulated with its trace. With `--out DIR` it writes DIR/case.md, DIR/case.html and
 * DIR/figures/<id>.svg all or nothing and prints which year was chosen and the command that reproduces
 * it with `--replication`/`--year`; without `--out` it prints the Markdown (without the figure, which
 * needs a file) — the case itself names the replication, the year and that command. Options are
 * checked before the scenario is read; nothing is written on an error.
 *
 * @throws CliError (usage) for a missing or bad option, both or neither of --pick and
 *   --replication/--year, an unknown variant or metric; (invalid input) for a scenario with issues, a
 *   pick no year matches (e.g. no press conference in the years run), or a folder it cannot write to.
 * @example
 * await caseCommand('small-town', { variant: 'onprem', seed: '1', pick: 'worst', out: 'case' }, ctx);
 */
export async function caseCommand(arg: string, args: CaseArgs, ctx: Context): Promise<string> {
  const { t } = ctx;
  const variant = required('--variant', args.variant, ctx);
  const seed = parseInteger('--seed', args.seed ?? '1', 'integer', t);
  const rule = pickRule(args, ctx);
  const horizonYears = parseYears(args.years ?? '10', t);
  let replication: number | undefined;
  let year: number | undefined;
  if (rule === undefined) {
    replication = parseInteger('--replication', args.replication!, 'nonNegative', t);
    year = parseInteger('--year', args.year!, 'nonNegative', t);
    if (year >= horizonYears) throw new CliError(EXIT.usage, t.badCaseYear(year, horizonYears));
  }
  const runs = parseInteger('--runs', args.runs ?? '1000', 'positive', t);
  const workers = args.workers === undefined ? defaultWorkers() : workerCount(args.workers, ctx);
  const out = args.out;
  if (out === '') throw new CliError(EXIT.usage, t.optionMissingArgument('--out <dir>'));

  const { scenario } = loadScenarioArg(arg, ctx, horizonYears);
  const variants = variantIds(scenario);
  if (!variants.includes(variant)) throw new CliError(EXIT.usage, t.unknownVariant(variant, variants));
  const by = args.by ?? 'costYen';
  const metrics = tableColumns(scenario);
  if (!metrics.includes(by)) throw new CliError(EXIT.usage, t.unknownMetric(by, metrics));
  if (out !== undefined) prepareOut(out, ctx);

  let picked: PickedYear | undefined;
  if (rule !== undefined) {
    checkTableMemory(scenario, [variant], runs, horizonYears, t);
    picked = await pick(scenario, { variant, seed, runs, horizonYears, workers, rule, by }, ctx);
    replication = picked.replication;
    year = picked.year;
  }
  const command = reproduceCommand(arg, { variant, seed, replication: replication!, year: year!, horizonYears, lang: ctx.lang, out });
  const result = simulate(scenario, { variant, seed, replication: replication!, horizonYears, trace: true });
  const rendered = renderCase(result, { scenario, year: year!, lang: ctx.lang, command, ...(picked ? { selection: picked } : {}) });
  if (out === undefined) return rendered.toMarkdown({ figures: 'none' });

  const files = [
    { path: join(out, 'case.md'), pieces: [rendered.markdown] },
    { path: join(out, 'case.html'), pieces: [rendered.html] },
    ...rendered.figureFiles().map((f) => ({ path: join(out, f.path), pieces: [f.text] })),
  ];
  try {
    ctx.io.writeFiles(files);
  } catch (error) {
    throw new CliError(EXIT.invalidInput, t.cannotWrite(out, error instanceof Error ? error.message : String(error)));
  }
  const lines = [];
  if (picked) lines.push(t.casePicked(picked.rule, by, formatMetric(by, picked.value, ctx.lang), picked.replication, picked.year));
  lines.push(t.caseReproduce(command), t.written(files.map((f) => f.path)));
  return `${lines.join('\n')}\n`;
}

/** The --pick rule, after checking that exactly one way of naming the year was given. */
function pickRule(args: CaseArgs, ctx: Context): PickRule | undefined {
  const { t } = ctx;
  if (args.pick !== undefined) {
    if (args.replication !== undefined || args.year !== undefined) throw new CliError(EXIT.usage, t.caseModeConflict);
    const rule = parsePickRule(args.pick);
    if (rule === undefined) throw new CliError(EXIT.usage, t.badPick(args.pick, ACTIONS));
    return rule;
  }
  for (const [option, value] of [['--by', args.by], ['--runs', args.runs], ['--workers', args.workers]] as const) {
    if (value !== undefined) throw new CliError(EXIT.usage, t.pickOnlyOption(option));
  }
  if (args.replication === undefined && args.year === undefined) throw new CliError(EXIT.usage, t.caseModeMissing);
  required('--replication', args.replication, ctx);
  required('--year', args.year, ctx);
  return undefined;
}

async function pick(
  scenario: Scenario,
  o: { variant: string; seed: number; runs: number; horizonYears: number; workers: number; rule: PickRule; by: string },
  ctx: Context,
): Promise<PickedYear> {
  const progress = progressLine(ctx);
  let result;
  try {
    result = await runMonteCarlo(scenario, { variants: [o.variant], runs: o.runs, seed: o.seed, horizonYears: o.horizonYears, workers: o.workers, onProgress: progress.update });
  } finally {
    progress.done();
  }
  const picked = pickYear(result.tables[0]!, o.rule, o.by);
  if (picked === undefined) throw new CliError(EXIT.invalidInput, ctx.t.noPickedYear(o.rule, result.stamp.runs, o.horizonYears));
  return picked;
}

/** `machi case ARG --variant V --seed S --replication K --year Y --years N --lang L [--out DIR]`, shell-quoted. */
function reproduceCommand(
  arg: string,
  o: { variant: string; seed: number; replication: number; year: number; horizonYears: number; lang: string; out: string | undefined },
): string {
  const parts = ['machi', 'case', arg, '--variant', o.variant, '--seed', String(o.seed), '--replication', String(o.replication), '--year', String(o.year), '--years', String(o.horizonYears), '--lang', o.lang];
  if (o.out !== undefined) parts.push('--out', o.out);
  return parts.map(shellWord).join(' ');
}

function required(option: string, value: string | undefined, ctx: Context): string {
  if (value === undefined) throw new CliError(EXIT.usage, ctx.t.missingOption(option));
  return value;
}
