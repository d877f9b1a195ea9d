import { CliError, EXIT } from './cli-error.ts';
import type { Messages } from './messages.ts';
import { parseInteger } from './parse-integer.ts';

/**
 * Longest horizon of one replication. Reports give return periods up to 1,000 years; a longer study is
 * more replications, not longer ones (memory and time grow with both alike, and more replications also
 * narrow the intervals).
 */
export const MAX_HORIZON_YEARS = 1000;

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
