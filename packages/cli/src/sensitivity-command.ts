import { sensitivityStudyWith, studyInputs, type Scenario, type SensitivityStudyResult } from '@machi/scenarios';
import { coordinateLabel, formatPercent, studyMetricLabel } from '@machi/report';
import type { DecisionQuantity } from '@machi/scenarios';
import { alignColumns } from './align-columns.ts';
import type { Context } from './context.ts';
import { parseInteger } from './parse-integer.ts';
import { atMost, parsePowerOfTwo, prepareStudy, studyCommandLine, writeStudyOutputs, type StudyCommandArgs } from './study-command.ts';
import { runStudy } from './study-executor.ts';
import { studyFlags, withStudyOptions } from './study-run.ts';

/** The options of `machi sensitivity` as commander hands them over (text, unchecked). */
export interface SensitivityArgs extends StudyCommandArgs {
  readonly trajectories?: string;
  readonly leading?: string;
  readonly baseCount?: string;
  readonly switching?: string;
}

/**
 * `machi sensitivity FILE|PRESET [--variants a,b] [--trajectories T] [--leading L] [--base-count N]
 * [--switching S] [--replications R] [--seed S] [--years Y] [--resamples B] [--workers W] --out DIR`: which
 * ranged numbers move the decision — Morris screening of every input, first-order and total Sobol indices
 * of the L leading ones (Saltelli's design, N base rows), a tornado, and the switching values of the S
 * leading ones — for the paired differences between the options. Writes DIR/result.json,
 * DIR/input-sets.csv, DIR/report.md and DIR/report.html with its figures; prints the leading inputs, the
 * switching values and the precision reached. Options, the scenario and DIR are checked first.
 *
 * @throws CliError (usage) for a bad option or unknown variant; (invalid input, located) for a scenario with
 *   issues; (invalid input) for a scenario without ranges or a folder that cannot be written.
 * @example
 * await sensitivityCommand('small-town', { trajectories: '4', out: 'sensitivity' }, ctx);
 */
export async function sensitivityCommand(arg: string, args: SensitivityArgs, ctx: Context): Promise<string> {
  const { t } = ctx;
  const trajectories = args.trajectories === undefined ? undefined : atMost('--trajectories', parseInteger('--trajectories', args.trajectories, 'positive', t), ctx);
  const leading = args.leading === undefined ? undefined : parseInteger('--leading', args.leading, 'positive', t);
  const switching = args.switching === undefined ? undefined : parseInteger('--switching', args.switching, 'nonNegative', t);
  const baseCount = args.baseCount === undefined ? undefined : atMost('--base-count', parsePowerOfTwo(args.baseCount, () => t.study.badBaseCount(args.baseCount!)), ctx);
  const prepared = prepareStudy(arg, args, ctx, 3, (written) => studyInputs(written).inputs.length > 0);
  const sizeOptions = ['--trajectories', '--base-count', '--leading', '--replications', '--years', '--variants'];
  const study = await withStudyOptions(prepared, { trajectories, leading, baseCount, switching }, ctx, (options) =>
    runStudy({ ...prepared, sizeOptions }, ctx, (executorFor) => sensitivityStudyWith(prepared.written, options, executorFor)),
  );
  const own: [string, number | undefined][] = [
    ['--trajectories', trajectories],
    ['--leading', leading],
    ['--base-count', baseCount],
    ['--switching', switching],
  ];
  const command = studyCommandLine('sensitivity', arg, studyFlags(prepared, own), ctx, prepared.out);
  const files = writeStudyOutputs(study, prepared, command, ctx);
  return sensitivitySummaryText(study, files, ctx, prepared.scenario);
}

/** What `machi sensitivity` prints: the study in one line, the leading inputs, the switching values, the precision, the files. */
function sensitivitySummaryText(study: SensitivityStudyResult, files: readonly string[], ctx: Context, scenario: Scenario): string {
  const { t, lang } = ctx;
  const s = t.study;
  const sets = study.screening.design.inputSets + study.indices.design.inputSets + study.tornado.design.inputSets + study.switching.design.inputSets;
  const parts = [`${s.header(study.stamp.scenarioName, sets, study.screening.design.replications, String(study.stamp.seed), study.numbers.ranged, study.numbers.fixed)}\n`];
  parts.push(`${s.leadingTitle}\n`);
  const label = (name: string) => coordinateLabel(name, study.factors, lang, scenario);
  // Option ids, as `machi run` prints them: one terminal line per input.
  const quantity = (q: DecisionQuantity) => `${studyMetricLabel(q.metric, lang, scenario)}: ${q.kind === 'difference' ? `${q.variant} − ${q.versus}` : q.variant}`;
  parts.push(alignColumns(study.leading.slice(0, 5).map((l) => [`  ${label(l.name)}`, l.relativeMuStar.toFixed(2), quantity(l.quantity)])));
  for (const { switching } of study.switching.results) {
    for (const c of switching.crossings) parts.push(`${s.switchesAt(label(switching.input), String(Number(c.value.toPrecision(3))), formatPercent(c.probability))}\n`);
  }
  const { widestFirstOrderInterval: first, widestTotalInterval: total } = study.precision;
  const indices = first === null && total === null ? null : formatPercent(Math.max(first ?? 0, total ?? 0));
  parts.push(`${s.precision(study.precision.widestProbabilityInterval === null ? null : formatPercent(study.precision.widestProbabilityInterval), indices)}\n`);
  parts.push(`${t.written(files)}\n`);
  return parts.join('');
}
