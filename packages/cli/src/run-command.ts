import { runMonteCarloWith, studyKey, studyOptions, tableColumns, type MonteCarloResult, type Scenario, type StudyKey } from '@machi/scenarios';
import { blockExecutor } from '@machi/scenarios/node';
import { Checkpoint } from './checkpoint.ts';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { parseInteger } from './parse-integer.ts';
import { loadPngRenderer } from './png-renderer.ts';
import { prepareOut } from './prepare-out.ts';
import { progressLine } from './progress-line.ts';
import { runOnQueue } from './queue/run-on-queue.ts';
import { RUN_FILES, writeRunOutputs } from './run-outputs.ts';
import { runSummary } from './run-summary.ts';
import { loadScenarioArg, provenanceOfArg } from './scenario-source.ts';
import { parseStudyArgs, studyVariants, type StudyArgs } from './study-args.ts';
import { readStudies } from './study-file.ts';
import { checkTableMemory } from './table-memory.ts';

export { RUN_FILES };

/** The options of `machi run` / `machi compare` as commander hands them over (text, unchecked). */
export interface RunArgs extends StudyArgs {
  readonly out?: string;
  readonly resume?: boolean;
  readonly queue?: string;
  readonly shards?: string;
  /** Also write incidents.csv (`--incidents`). */
  readonly incidents?: boolean;
  /** Also write the figures as PNG (`--png`). */
  readonly png?: boolean;
  /** Studies to include in the report (`--study FILE`, repeatable): result.json files of `machi uncertainty|sensitivity`. */
  readonly study?: readonly string[];
}

/**
 * `machi run FILE|PRESET [--variants a,b] [--runs N] [--seed S] [--years Y] [--workers W]
 * [--precision P] [--resume | --queue URL [--shards N]] --out DIR`: the Monte Carlo of every variant (or
 * those named), written to DIR/result.json, DIR/replications.csv (UTF-8 with BOM) and
 * DIR/scenario.resolved.json (the canonical scenario that ran: `machi run DIR/scenario.resolved.json`
 * with the same options gives the same result.json), and the report in the `--lang` language:
 * DIR/report.html (self-contained), DIR/report.md with its figures in DIR/figures/*.svg; replications.csv
 * has its headings in that language too. Prints a summary; `compare` prints the paired comparisons
 * first. A progress line goes to stderr only when it is a terminal. The files hold no time or path: the
 * same command, the same bytes.
 *
 * With `--study FILE` (once for each kind), the report includes a study of this scenario made by `machi
 * uncertainty` or `machi sensitivity`: the section "How sure are we?" and its summary sentence.
 *
 * DIR and the study files are checked (DIR created) before the simulation starts. The run keeps its finished blocks in
 * DIR/.machi-checkpoint/ while it runs; killed, it continues with `--resume` and writes the same bytes.
 * With `--queue redis://…` the run is cut into shards that `machi worker` processes compute, on any
 * number of machines; the files are the same bytes again.
 *
 * @throws CliError (usage) for a bad option, an unknown variant, or runs × years × variants whose table
 *   would not fit in memory (`checkTableMemory`), or two studies of one kind; (invalid input, located) for a scenario with issues;
 *   (invalid input) for a study file that cannot be read, is no study, or is of another scenario or version;
 *   (invalid input) for a folder that cannot be written, a checkpoint of another study, a queue that
 *   cannot be reached. Nothing is written into DIR then. `--workers` above the machine's processors is
 *   reduced to them, with a note.
 * @example
 * await runCommand('small-town', { runs: '1000', out: 'out' }, ctx, 'run');
 */
export async function runCommand(arg: string, args: RunArgs, ctx: Context, mode: 'run' | 'compare'): Promise<string> {
  const { t } = ctx;
  const out = args.out;
  if (out === undefined || out === '') throw new CliError(EXIT.usage, t.missingOption('--out <dir>'));
  const options = parseStudyArgs(args, ctx);
  if (args.queue !== undefined) {
    if (args.resume) throw new CliError(EXIT.usage, t.optionsConflict('--resume', '--queue'));
    if (args.workers !== undefined) throw new CliError(EXIT.usage, t.workersWithQueue);
  } else if (args.shards !== undefined) throw new CliError(EXIT.usage, t.optionNeeds('--shards', '--queue'));
  const shards = args.shards === undefined ? undefined : parseInteger('--shards', args.shards, 'positive', t);
  const { scenario } = loadScenarioArg(arg, ctx, options.horizonYears);
  const variants = studyVariants(args.variants, scenario, ctx);
  checkTableMemory(scenario, variants, options.runs, options.horizonYears, t);
  const key = studyKey(scenario, { variants, runs: options.runs, seed: options.seed, horizonYears: options.horizonYears, precision: options.precision });
  const provenance = provenanceOfArg(arg, ctx);
  const studies = args.study === undefined ? undefined : { studies: readStudies(args.study, scenario, ctx), files: args.study };
  prepareOut(out, ctx);
  const png = args.png === true ? await loadPngRenderer(ctx) : undefined;

  const progress = progressLine(ctx);
  let result: MonteCarloResult;
  let checkpoint: Checkpoint | undefined;
  try {
    if (args.queue !== undefined) {
      result = await runOnQueue(scenario, key, { url: args.queue, shards, onProgress: progress.update }, ctx);
    } else {
      checkpoint = Checkpoint.open(out, key, tableColumns(scenario), args.resume === true, ctx);
      result = await runLocally(scenario, key, options.workers, checkpoint, progress.update, ctx);
    }
  } finally {
    progress.done();
  }
  const files = writeRunOutputs(result, scenario, provenance, out, ctx, { incidents: args.incidents === true, png, ...(studies ? { studies } : {}) });
  checkpoint?.remove();
  return runSummary(result, scenario, files, mode, ctx);
}

/** The run on this machine's worker threads, its finished blocks kept in `checkpoint` as it goes. */
async function runLocally(
  scenario: Scenario,
  key: StudyKey,
  workers: number,
  checkpoint: Checkpoint,
  onProgress: (p: { replications: number; runs: number }) => void,
  ctx: Context,
): Promise<MonteCarloResult> {
  if (checkpoint.replications > 0) ctx.io.stderr(`machi: ${ctx.t.resuming(checkpoint.replications, key.runs, checkpoint.folder)}\n`);
  const executor = blockExecutor(scenario, workers);
  try {
    return await runMonteCarloWith(
      scenario,
      { ...studyOptions(key), onProgress },
      { concurrency: executor.concurrency, execute: checkpoint.wrap(executor.execute), release: executor.release },
    );
  } finally {
    await executor.release();
  }
}
