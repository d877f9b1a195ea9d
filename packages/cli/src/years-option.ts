import { BOUNDS } from '@machi/scenarios';
import { CliError, EXIT } from './cli-error.ts';
import type { Messages } from './messages.ts';
import { parseInteger } from './parse-integer.ts';

/** Longest horizon of one replication: `BOUNDS.horizonYears` of `@machi/scenarios` (1,000 years). */
export const MAX_HORIZON_YEARS = BOUNDS.horizonYears;

/**
 * `--years`: a positive integer of at most `MAX_HORIZON_YEARS`.
 *
 * @throws CliError (usage) naming the option, the text and the bound with its reason.
 * @example
 * parseYears('10', t); // 10
 */
export function parseYears(text: string, t: Messages): number {
  const years = parseInteger('--years', text, 'positive', t);
  if (years > MAX_HORIZON_YEARS) throw new CliError(EXIT.usage, t.tooManyYears(text, MAX_HORIZON_YEARS));
  return years;
}
