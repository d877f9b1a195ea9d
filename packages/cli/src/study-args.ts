import { variantIds, type Scenario } from '@machi/scenarios';
import { defaultWorkers } from '@machi/scenarios/node';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { parseInteger } from './parse-integer.ts';
import { workerCount } from './workers-option.ts';
import { parseYears } from './years-option.ts';

/** The options that define a Monte Carlo study, as commander hands them over (text, unchecked). */
export interface StudyArgs {
  readonly variants?: string;
  readonly runs?: string;
  readonly seed?: string;
  readonly years?: string;
  readonly workers?: string;
  readonly precision?: string;
}

/** A study's options, checked: what `machi run`, `compare` and `shard` share. */
export interface StudyOptions {
  readonly runs: number;
  readonly seed: number;
  readonly horizonYears: number;
  /** Worker threads of this process (not part of the study: they do not change results). */
  readonly workers: number;
  readonly precision: number | undefined;
}

/**
 * The study options of `args` with their defaults (1000 runs, seed 1, 10 years, one worker per core),
 * checked before the scenario is read: at most `MAX_HORIZON_YEARS` years; `--workers` above the
 * processors is reduced to them with a note (`workerCount`).
 *
 * @throws CliError (usage) naming the option and the text.
 */
export function parseStudyArgs(args: StudyArgs, ctx: Context): StudyOptions {
  const { t } = ctx;
  const runs = parseInteger('--runs', args.runs ?? '1000', 'positive', t);
  const seed = parseInteger('--seed', args.seed ?? '1', 'integer', t);
  const horizonYears = parseYears(args.years ?? '10', t);
  const workers = args.workers === undefined ? defaultWorkers() : workerCount(args.workers, ctx);
  const precision = args.precision === undefined ? undefined : parsePrecision(args.precision, ctx);
  return { runs, seed, horizonYears, workers, precision };
}

/**
 * The variants `--variants a,b` names (default every variant of the scenario, in file order).
 *
 * @throws CliError (usage) for an unknown variant, or one named twice.
 */
export function studyVariants(text: string | undefined, scenario: Scenario, ctx: Context): string[] {
  const known = variantIds(scenario);
  const variants = text === undefined ? known : text.split(',').map((v) => v.trim());
  for (const v of variants) if (!known.includes(v)) throw new CliError(EXIT.usage, ctx.t.unknownVariant(v, known));
  if (new Set(variants).size !== variants.length || variants.length === 0) throw new CliError(EXIT.usage, ctx.t.badVariantList(text ?? ''));
  return variants;
}

function parsePrecision(text: string, ctx: Context): number {
  const value = Number(text);
  if (!/^0?\.\d+$/.test(text) || !(value > 0 && value < 1)) throw new CliError(EXIT.usage, ctx.t.badPrecision(text));
  return value;
}
