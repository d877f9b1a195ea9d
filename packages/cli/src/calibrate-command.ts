import { join } from 'node:path';
import { calibrationScenarios } from '@machi/scenarios';
import { calibrate, defaultWorkers } from '@machi/scenarios/node';
import { renderCalibration } from '@machi/report';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { parseInteger } from './parse-integer.ts';
import { prepareOut } from './prepare-out.ts';
import { progressLine } from './progress-line.ts';
import { workerCount } from './workers-option.ts';

/** The options of `machi calibrate`, as commander hands them over (text, unchecked). */
export interface CalibrateArgs {
  readonly runs?: string;
  readonly seed?: string;
  readonly workers?: string;
  readonly out?: string;
}

/** Files `machi calibrate --out DIR` writes. */
export const CALIBRATION_FILES = ['calibration.json', 'calibration.md', 'calibration.html'] as const;

/**
 * `machi calibrate [--runs N] [--seed S] [--workers N] [--out DIR]`: every class of Japan's
 * municipalities simulated through the preset that represents it, scaled and summed over Japan, and
 * set against the observed national yearly counts. Prints the calibration appendix (Markdown tables in
 * the `--lang` language); with `--out`, also writes calibration.json, calibration.md and
 * calibration.html there, all or nothing. The same options give the same bytes for any `--workers`.
 *
 * @throws CliError (usage) for a bad option; (invalid input) when DIR cannot be written.
 * @example
 * await calibrateCommand({ runs: '200', seed: '1' }, ctx); // '## 付録：全国の観測値との照合 …'
 */
export async function calibrateCommand(args: CalibrateArgs, ctx: Context): Promise<string> {
  const runs = parseInteger('--runs', args.runs ?? '200', 'positive', ctx.t);
  const seed = parseInteger('--seed', args.seed ?? '1', 'integer', ctx.t);
  const workers = args.workers === undefined ? defaultWorkers() : workerCount(args.workers, ctx);
  if (args.out !== undefined) prepareOut(args.out, ctx);
  const progress = progressLine(ctx);
  let result;
  try {
    result = await calibrate(calibrationScenarios(), { runs, seed, workers, onProgress: ({ blocks, of }) => progress.update({ replications: blocks, runs: of }) });
  } finally {
    progress.done();
  }
  const appendix = renderCalibration(result, ctx.lang);
  const markdown = appendix.toMarkdown();
  if (args.out === undefined) return markdown;
  const out = args.out;
  try {
    ctx.io.writeFiles([
      { path: join(out, 'calibration.json'), pieces: [`${JSON.stringify(result, null, 2)}\n`] },
      { path: join(out, 'calibration.md'), pieces: [markdown] },
      { path: join(out, 'calibration.html'), pieces: [appendix.toHTML()] },
    ]);
  } catch (error) {
    throw new CliError(EXIT.invalidInput, ctx.t.cannotWrite(out, error instanceof Error ? error.message : String(error)));
  }
  return `${markdown}\n${ctx.t.written(CALIBRATION_FILES.map((f) => join(out, f)))}\n`;
}
