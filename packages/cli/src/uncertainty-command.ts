import { studyInputs, uncertaintyStudyWith, type Scenario, type UncertaintyStudyResult } from '@machi/scenarios';
import { formatPercent, studyMetricLabel } from '@machi/report';
import { alignColumns } from './align-columns.ts';
import type { Context } from './context.ts';
import { atMost, parsePowerOfTwo, prepareStudy, studyCommandLine, writeStudyOutputs, type StudyCommandArgs } from './study-command.ts';
import { CliError, EXIT } from './cli-error.ts';
import { runStudy } from './study-executor.ts';
import { rankingLine } from './study-ranking-line.ts';
import { studyFlags, withStudyOptions } from './study-run.ts';
import { parseInputSetRange, StudyShardWritten } from './study-shards.ts';

/** The options of `machi uncertainty` as commander hands them over (text, unchecked). */
export interface UncertaintyArgs extends StudyCommandArgs {
  readonly inputSets?: string;
  readonly inputSetRange?: string;
  readonly merge?: string;
}

/**
 * `machi uncertainty FILE|PRESET [--variants a,b] [--input-sets N] [--replications R] [--seed S] [--years Y]
 * [--resamples B] [--workers W] --out DIR`: the two-level study — an outer loop over N input sets (a
 * scrambled Sobol net over the scenario's ranged numbers), an inner loop of R replications per set and
 * option with common random numbers — written to DIR/result.json, DIR/input-sets.csv, DIR/report.md and
 * DIR/report.html (the section "How sure are we?") with its figures. Prints the probability that each
 * option is best on each metric and that the ranking holds, and the precision reached. A progress bar goes
 * to stderr only on a terminal. The same command gives the same bytes, whatever `--workers`.
 *
 * Options, the scenario and DIR are checked before the study starts.
 *
 * @throws CliError (usage) for a bad option or unknown variant; (invalid input, located) for a scenario with
 *   issues; (invalid input) for a scenario without ranges or a folder that cannot be written.
 * @example
 * await uncertaintyCommand('small-town', { inputSets: '32', replications: '4', out: 'study' }, ctx);
 */
export async function uncertaintyCommand(arg: string, args: UncertaintyArgs, ctx: Context): Promise<string> {
  const inputSets = args.inputSets === undefined ? undefined : parseInputSets(args.inputSets, ctx);
  const range = args.inputSetRange === undefined ? undefined : parseInputSetRange(args.inputSetRange, ctx);
  const apart = batchOptions(args, ctx);
  const prepared = prepareStudy(arg, args, ctx, 2, (written) => studyInputs(written).inputs.length > 0);
  const sizeOptions = ['--input-sets', '--replications', '--years', '--variants'];
  const place = { ...prepared, sizeOptions, ...apart, ...(range === undefined ? {} : { range }) };
  let study: UncertaintyStudyResult;
  try {
    study = await withStudyOptions(prepared, { inputSets }, ctx, (options) =>
      runStudy(place, ctx, (executorFor) => uncertaintyStudyWith(prepared.written, options, executorFor)),
    );
  } catch (error) {
    if (!(error instanceof StudyShardWritten)) throw error;
    return `${ctx.t.studyQueue.studyShardWritten(error.file, error.range.first, error.range.last, error.total)}\n`;
  }
  const command = studyCommandLine('uncertainty', arg, studyFlags(prepared, [['--input-sets', study.design.inputSets]], study.design.replications), ctx, prepared.out);
  const files = writeStudyOutputs(study, prepared, command, ctx);
  return uncertaintySummaryText(study, files, ctx, prepared.scenario);
}

/** What `machi uncertainty` prints: the study in one line, P(best) per metric, whether the ranking holds, the precision, the files. */
function uncertaintySummaryText(study: UncertaintyStudyResult, files: readonly string[], ctx: Context, scenario: Scenario): string {
  const { t, lang } = ctx;
  const s = t.study;
  // Option ids, as `machi run` prints them: a terminal line per option, whatever its label's length.
  const name = (id: string) => id;
  const parts = [`${s.header(study.stamp.scenarioName, study.design.inputSets, study.design.replications, String(study.stamp.seed), study.numbers.ranged, study.numbers.fixed)}\n`];
  for (const best of study.probabilityBest) {
    parts.push(`${s.bestTitle(studyMetricLabel(best.metric, lang, scenario))}\n`);
    const { noDifference, tied } = best.result;
    if (noDifference !== null) {
      // Options that never differ have no best one: a line that says so, not equal shares or a ranking.
      parts.push(`  ${s.noDifference(formatPercent(noDifference.zeroShare))}\n`);
      continue;
    }
    const shares = [...best.result.options.map((o) => ({ ...o, name: name(o.name) })), ...(tied.probability > 0 ? [{ ...tied, name: s.tiedRow }] : [])];
    parts.push(alignColumns(shares.map((o) => [`  ${o.name}`, formatPercent(o.probability), `[${formatPercent(o.low)} – ${formatPercent(o.high)}]`])));
    const ranking = study.rankingHolds.find((r) => r.metric === best.metric);
    if (ranking) parts.push(rankingLine(ranking, s));
  }
  const widest = study.precision.widestProbabilityInterval;
  if (widest !== null) parts.push(`${s.precision(formatPercent(widest), null)}\n`);
  parts.push(`${t.written(files)}\n`);
  return parts.join('');
}

/** `--input-set-range` and `--merge`: one at a time, and neither with `--queue`. @throws CliError (usage). */
function batchOptions(args: UncertaintyArgs, ctx: Context): { merge?: string } {
  const { t } = ctx;
  if (args.inputSetRange !== undefined && args.merge !== undefined) throw new CliError(EXIT.usage, t.optionsConflict('--input-set-range', '--merge'));
  for (const [option, given] of [['--input-set-range', args.inputSetRange], ['--merge', args.merge]] as const) {
    if (given !== undefined && args.queue !== undefined) throw new CliError(EXIT.usage, t.optionsConflict(option, '--queue'));
  }
  return args.merge === undefined ? {} : { merge: args.merge };
}

function parseInputSets(text: string, ctx: Context): number {
  return atMost('--input-sets', parsePowerOfTwo(text, () => ctx.t.study.badInputSets(text)), ctx);
}
