import { simulate, variantIds } from '@machi/scenarios';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { parseInteger } from './parse-integer.ts';
import { loadScenarioArg } from './scenario-source.ts';
import { parseYears } from './years-option.ts';

/** The options of `machi simulate` as commander hands them over (text, unchecked). */
export interface SimulateArgs {
  readonly variant?: string;
  readonly seed?: string;
  readonly replication?: string;
  readonly years?: string;
  readonly trace?: boolean;
}

/**
 * `machi simulate FILE|PRESET --variant V --seed S --replication K [--years Y] [--trace]`: one
 * replication of one variant as 2-space JSON ending in "\n" — the `simulate` result unchanged, so the
 * same arguments print the same bytes on every run. Options are checked before the scenario is read.
 * `--variant`, `--seed` and `--replication` are required here rather than by commander, which would
 * report a missing `--seed` before the unknown option `--sed` that explains it.
 *
 * @throws CliError (usage) for a bad seed, replication or years, or an unknown variant or preset;
 *   (invalid input, located) for a scenario with issues.
 * @example
 * simulateCommand('small-town', { variant: 'onprem', seed: '2027', replication: '0' }, ctx);
 */
export function simulateCommand(arg: string, args: SimulateArgs, ctx: Context): string {
  const variant = required('--variant', args.variant, ctx);
  const seed = parseInteger('--seed', required('--seed', args.seed, ctx), 'integer', ctx.t);
  const replication = parseInteger('--replication', required('--replication', args.replication, ctx), 'nonNegative', ctx.t);
  const horizonYears = parseYears(args.years ?? '10', ctx.t);
  const { scenario } = loadScenarioArg(arg, ctx, horizonYears);
  const variants = variantIds(scenario);
  if (!variants.includes(variant)) throw new CliError(EXIT.usage, ctx.t.unknownVariant(variant, variants));
  const result = simulate(scenario, { variant, seed, replication, horizonYears, trace: args.trace === true });
  return `${JSON.stringify(result, null, 2)}\n`;
}

function required(option: string, value: string | undefined, ctx: Context): string {
  if (value === undefined) throw new CliError(EXIT.usage, ctx.t.missingOption(option));
  return value;
}
