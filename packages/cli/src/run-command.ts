import { join } from 'node:path';
import {
  canonicalScenario,
  replicationsCSV,
  resultToJSON,
  variantIds,
  type MonteCarloResult,
} from '@machi/scenarios';
import { defaultWorkers, runMonteCarlo } from '@machi/scenarios/node';
import { csvHeading, regenerateCommand, renderReport } from '@machi/report';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { parseInteger } from './parse-integer.ts';
import { progressLine } from './progress-line.ts';
import { runSummary } from './run-summary.ts';
import { loadScenarioArg, provenanceOfArg } from './scenario-source.ts';
import { noteStale } from './stale-note.ts';
import { checkTableMemory } from './table-memory.ts';
import { workerCount } from './workers-option.ts';
import { parseYears } from './years-option.ts';

/** The options of `machi run` / `machi compare` as commander hands them over (text, unchecked). */
export interface RunArgs {
  readonly variants?: string;
  readonly runs?: string;
  readonly seed?: string;
  readonly years?: string;
  readonly workers?: string;
  readonly precision?: string;
  readonly out?: string;
}

/** Files a run writes into `--out` (and the report's figures as `figures/<id>.svg`). */
export const RUN_FILES = ['result.json', 'replications.csv', 'scenario.resolved.json', 'report.md', 'report.html'] as const;

/**
 * `machi run FILE|PRESET [--variants a,b] [--runs N] [--seed S] [--years Y] [--workers W]
 * [--precision P] --out DIR`: the Monte Carlo of every variant (or those named), written to
 * DIR/result.json, DIR/replications.csv (UTF-8 with BOM) and DIR/scenario.resolved.json (the canonical
 * scenario that ran: `machi run DIR/scenario.resolved.json` with the same options gives the same
 * result.json), and the report in the `--lang` language: DIR/report.html (self-contained), DIR/report.md
 * with its figures in DIR/figures/*.svg; replications.csv has its headings in that language too.
 * Prints a summary; `compare` prints the paired comparisons first. A progress line goes to
 * stderr only when it is a terminal. The files hold no time or path: the same command, the same bytes.
 *
 * @throws CliError (usage) for a bad option, an unknown variant, or runs × years × variants whose table
 *   would not fit in memory (`checkTableMemory`); (invalid input, located) for a scenario with issues.
 *   Nothing is written then. `--workers` above the machine's processors is reduced to them, with a note.
 * @example
 * await runCommand('small-town', { runs: '1000', out: 'out' }, ctx, 'run');
 */
export async function runCommand(arg: string, args: RunArgs, ctx: Context, mode: 'run' | 'compare'): Promise<string> {
  const { t } = ctx;
  const out = args.out;
  if (out === undefined || out === '') throw new CliError(EXIT.usage, t.missingOption('--out <dir>'));
  const runs = parseInteger('--runs', args.runs ?? '1000', 'positive', t);
  const seed = parseInteger('--seed', args.seed ?? '1', 'integer', t);
  const horizonYears = parseYears(args.years ?? '10', t);
  const workers = args.workers === undefined ? defaultWorkers() : workerCount(args.workers, ctx);
  const precision = args.precision === undefined ? undefined : parsePrecision(args.precision, ctx);
  const { scenario } = loadScenarioArg(arg, ctx, horizonYears);
  const known = variantIds(scenario);
  const variants = args.variants === undefined ? known : args.variants.split(',').map((v) => v.trim());
  for (const v of variants) if (!known.includes(v)) throw new CliError(EXIT.usage, t.unknownVariant(v, known));
  if (new Set(variants).size !== variants.length || variants.length === 0) {
    throw new CliError(EXIT.usage, t.badVariantList(args.variants ?? ''));
  }
  checkTableMemory(scenario, variants, runs, horizonYears, t);

  const progress = progressLine(ctx);
  let result: MonteCarloResult;
  try {
    result = await runMonteCarlo(scenario, { variants, runs, seed, horizonYears, workers, precision, onProgress: progress.update });
  } finally {
    progress.done();
  }
  const report = renderReport(result, {
    lang: ctx.lang,
    scenario,
    provenance: provenanceOfArg(arg, ctx),
    command: regenerateCommand(result.stamp, ctx.lang, out),
  });
  try {
    noteStale(ctx, ctx.io.writeFiles([
      { path: join(out, 'result.json'), pieces: [resultToJSON(result)] },
      { path: join(out, 'replications.csv'), pieces: replicationsCSV(result.tables, { heading: csvHeading(ctx.lang, scenario) }) },
      { path: join(out, 'scenario.resolved.json'), pieces: [`${JSON.stringify(JSON.parse(canonicalScenario(scenario)), null, 2)}\n`] },
      { path: join(out, 'report.md'), pieces: [report.toMarkdown()] },
      { path: join(out, 'report.html'), pieces: [report.toHTML()] },
      ...report.figureFiles().map((f) => ({ path: join(out, f.path), pieces: [f.text] })),
    ]));
  } catch (error) {
    throw new CliError(EXIT.invalidInput, t.cannotWrite(out, error instanceof Error ? error.message : String(error)));
  }
  return runSummary(result, RUN_FILES.map((f) => join(out, f)), mode, ctx);
}

function parsePrecision(text: string, ctx: Context): number {
  const value = Number(text);
  if (!/^0?\.\d+$/.test(text) || !(value > 0 && value < 1)) throw new CliError(EXIT.usage, ctx.t.badPrecision(text));
  return value;
}
