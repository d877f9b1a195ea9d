import { join } from 'node:path';
import { parseText, PRESETS, type Scenario, type SensitivityStudyResult, type UncertaintyStudyResult } from '@machi/scenarios';
import { defaultWorkers } from '@machi/scenarios/node';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { parseInteger } from './parse-integer.ts';
import { prepareOut } from './prepare-out.ts';
import { loadScenarioArg, scenarioSource } from './scenario-source.ts';
import { inputSetsCSV, renderStudyReport, shellWord } from '@machi/report';
import { studyVariants } from './study-args.ts';
import { STUDY_SIZE_LIMITS } from './study-size-limits.ts';
import { studyQueueOption, type StudyQueue } from './study-executor.ts';
import { workerCount } from './workers-option.ts';
import { parseYears } from './years-option.ts';
import type { FileToWrite } from './write-files.ts';

/** The options both study commands share, as commander hands them over (text, unchecked). */
export interface StudyCommandArgs {
  readonly variants?: string;
  readonly seed?: string;
  readonly years?: string;
  readonly workers?: string;
  readonly replications?: string;
  readonly resamples?: string;
  readonly out?: string;
  readonly queue?: string;
  readonly shards?: string;
}

/** A study command's checked options, its scenario (validated and as written) and its out folder. */
export interface PreparedStudy {
  readonly scenario: Scenario;
  /** The scenario as written (a preset's object or the file's parsed text): ranges live there. */
  readonly written: unknown;
  readonly variants: string[];
  readonly seed: number;
  readonly horizonYears: number;
  readonly workers: number;
  readonly replications: number | undefined;
  readonly resamples: number | undefined;
  readonly out: string;
  /** `--queue URL [--shards N]`: the input sets go to `machi worker` processes. */
  readonly queue: StudyQueue | undefined;
}

/** Files a study command writes into `--out` (and the report's figures as `figures/<id>.svg`). */
export const STUDY_FILES = ['result.json', 'input-sets.csv', 'report.md', 'report.html'] as const;

/**
 * Everything a study command checks before its long work: `--out` given, every option well formed, the
 * scenario valid (located errors), its variants known and at least two, some number with a range, and the
 * out folder writable (created).
 *
 * @throws CliError (usage) for a bad option; (invalid input) for a scenario with issues or without ranges,
 *   or a folder that cannot be written. Nothing is written then.
 */
export function prepareStudy(arg: string, args: StudyCommandArgs, ctx: Context, leastReplications: number, hasRanges: (written: unknown) => boolean): PreparedStudy {
  const { t } = ctx;
  const out = args.out;
  if (out === undefined || out === '') throw new CliError(EXIT.usage, t.missingOption('--out <dir>'));
  const seed = parseInteger('--seed', args.seed ?? '1', 'integer', t);
  const horizonYears = parseYears(args.years ?? '10', t);
  const workers = args.workers === undefined ? defaultWorkers() : workerCount(args.workers, ctx);
  const replications = args.replications === undefined ? undefined : parseReplications(args.replications, leastReplications, ctx);
  const resamples = args.resamples === undefined ? undefined : atMost('--resamples', parseInteger('--resamples', args.resamples, 'positive', t), ctx);
  const queue = studyQueueOption(args, ctx);
  const { file, scenario } = loadScenarioArg(arg, ctx, horizonYears);
  const variants = studyVariants(args.variants, scenario, ctx);
  if (variants.length < 2) throw new CliError(EXIT.usage, t.study.fewVariants(variants.length));
  const written = writtenScenario(arg, ctx);
  if (!hasRanges(written)) throw new CliError(EXIT.invalidInput, t.study.noRanges(file));
  prepareOut(out, ctx);
  return { scenario, written, variants, seed, horizonYears, workers, replications, resamples, out, queue };
}

/** The scenario of a FILE|PRESET argument as written: the preset's object, or the file's parsed YAML/JSON. */
function writtenScenario(arg: string, ctx: Context): unknown {
  const { file, text, preset } = scenarioSource(arg, ctx);
  if (preset) return PRESETS[arg];
  const parsed = parseText(text, file);
  // loadScenarioArg has parsed the same text already: it cannot fail here.
  return parsed.ok ? parsed.data : undefined;
}

function parseReplications(text: string, least: number, ctx: Context): number {
  const value = Number(text);
  if (!(/^\d+$/.test(text) && Number.isSafeInteger(value) && value >= least)) throw new CliError(EXIT.usage, ctx.t.study.badReplications(text, least));
  return atMost('--replications', value, ctx);
}

/** `value` when it is within `STUDY_SIZE_LIMITS[option]`. @throws CliError (usage) naming the option and its limit. */
export function atMost(option: keyof typeof STUDY_SIZE_LIMITS, value: number, ctx: Context): number {
  const most = STUDY_SIZE_LIMITS[option];
  if (value > most) throw new CliError(EXIT.usage, ctx.t.study.tooLarge(option, String(value), most));
  return value;
}

/** A power of two from 2 spelled in decimal digits (the balance of a Sobol net or Saltelli base). @throws CliError (usage) with `message()`. */
export function parsePowerOfTwo(text: string, message: () => string): number {
  const value = Number(text);
  if (!(/^\d+$/.test(text) && Number.isSafeInteger(value) && value >= 2 && (value & (value - 1)) === 0)) throw new CliError(EXIT.usage, message());
  return value;
}

/**
 * Writes a study into `out` all or nothing: result.json, input-sets.csv (UTF-8 with BOM, headings in the
 * `--lang` language), report.md and report.html (the section "How sure are we?" and the stamp with
 * `command`), and the report's figures as SVG. Returns the main files' paths.
 *
 * @throws CliError (invalid input) when a file cannot be written; nothing is written then.
 */
export function writeStudyOutputs(study: UncertaintyStudyResult | SensitivityStudyResult, prepared: PreparedStudy, command: string, ctx: Context): string[] {
  const { out, scenario } = prepared;
  const studies = study.kind === 'uncertainty' ? { uncertainty: study } : { sensitivity: study };
  const report = renderStudyReport(studies, { lang: ctx.lang, scenario, command });
  const files: FileToWrite[] = [
    { path: join(out, 'result.json'), pieces: [`${JSON.stringify(study, null, 2)}\n`] },
    { path: join(out, 'input-sets.csv'), pieces: inputSetsCSV(study, { lang: ctx.lang, scenario }) },
    { path: join(out, 'report.md'), pieces: [report.toMarkdown()] },
    { path: join(out, 'report.html'), pieces: [report.toHTML()] },
    ...report.figureFiles().map((f) => ({ path: join(out, f.path), pieces: [f.text] })),
  ];
  try {
    ctx.io.writeFiles(files);
  } catch (error) {
    throw new CliError(EXIT.invalidInput, ctx.t.cannotWrite(out, error instanceof Error ? error.message : String(error)));
  }
  return STUDY_FILES.map((f) => join(out, f));
}

/** The command line that regenerates a study: the same argument, seed, sizes and language. */
export function studyCommandLine(command: string, arg: string, options: readonly (readonly [string, string | number | undefined])[], ctx: Context, out: string): string {
  const parts = ['machi', command, arg];
  for (const [flag, value] of options) if (value !== undefined) parts.push(flag, String(value));
  parts.push('--lang', ctx.lang, '--out', out);
  return parts.map(shellWord).join(' ');
}
