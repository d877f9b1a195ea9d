import { join } from 'node:path';
import { measureEffects, measureStudyPlan, type MeasureEffect } from '@machi/scenarios';
import { runMonteCarlo } from '@machi/scenarios/node';
import { renderMeasureStudy } from '@machi/report';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { prepareOut } from './prepare-out.ts';
import { progressLine } from './progress-line.ts';
import { loadScenarioArg } from './scenario-source.ts';
import { parseStudyArgs, studyVariants, type StudyArgs } from './study-args.ts';
import { checkTableMemory } from './table-memory.ts';

/** The options of `machi measures` as commander hands them over (text, unchecked). */
export interface MeasuresArgs extends Omit<StudyArgs, 'precision'> {
  readonly out?: string;
}

/** Files `machi measures --out DIR` writes. */
export const MEASURES_FILES = ['measures.md', 'measures.html', 'measures.csv'] as const;

/**
 * `machi measures FILE|PRESET [--variants a,b] [--runs N] [--seed S] [--years Y] [--workers W] [--out DIR]`:
 * the second study — what each measure of each option buys. Each option runs with all its measures and
 * without each one in turn over the same histories (one Monte Carlo per option, same seed: common
 * random numbers); the report gives, per option and measure, its cost a year, critical downtime with
 * and without it, downtime and data loss avoided, total cost added and cost per hour avoided, with 95%
 * paired intervals, in the `--lang` language. With `--out DIR` it writes measures.md, measures.html and
 * measures.csv all or nothing; without it prints the Markdown. Options and the folder are checked
 * before the long work starts.
 *
 * @throws CliError (usage) for a bad option or an unknown variant; (invalid input) for a scenario with
 *   issues or a folder it cannot write to.
 * @example
 * await measuresCommand('small-town', { runs: '200', out: 'measures' }, ctx);
 */
export async function measuresCommand(arg: string, args: MeasuresArgs, ctx: Context): Promise<string> {
  const { t } = ctx;
  const { runs, seed, horizonYears, workers } = parseStudyArgs(args, ctx);
  const out = args.out;
  if (out === '') throw new CliError(EXIT.usage, t.optionMissingArgument('--out <dir>'));
  const { scenario } = loadScenarioArg(arg, ctx, horizonYears);
  const variants = studyVariants(args.variants, scenario, ctx);
  const plans = variants.map((v) => measureStudyPlan(scenario, v));
  for (const plan of plans) checkTableMemory(plan.scenario, plan.variants, runs, horizonYears, t);
  if (out !== undefined) prepareOut(out, ctx);

  const effects: MeasureEffect[] = [];
  const progress = progressLine(ctx);
  const total = plans.reduce((n, p) => n + (p.pairs.length > 0 ? runs : 0), 0);
  let done = 0;
  try {
    for (const plan of plans) {
      // An option without measures has nothing to compare: no run.
      if (plan.pairs.length === 0) continue;
      const result = await runMonteCarlo(plan.scenario, {
        variants: plan.variants,
        runs,
        seed,
        horizonYears,
        workers,
        onProgress: (p) => progress.update({ replications: done + p.replications, runs: total }),
      });
      done += runs;
      effects.push(...measureEffects(plan, result));
    }
  } finally {
    progress.done();
  }
  const report = renderMeasureStudy({ scenarioName: scenario.name, seed, runs, horizonYears, effects }, { lang: ctx.lang, scenario });
  if (out === undefined) return report.markdown;
  const files = [
    { path: join(out, 'measures.md'), pieces: [report.markdown] },
    { path: join(out, 'measures.html'), pieces: [report.html] },
    { path: join(out, 'measures.csv'), pieces: [report.csv] },
  ];
  try {
    ctx.io.writeFiles(files);
  } catch (error) {
    throw new CliError(EXIT.invalidInput, t.cannotWrite(out, error instanceof Error ? error.message : String(error)));
  }
  return `${t.written(files.map((f) => f.path))}\n`;
}
