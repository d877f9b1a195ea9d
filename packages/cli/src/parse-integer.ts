import { CliError, EXIT } from './cli-error.ts';
import type { IntegerRule, Messages } from './messages.ts';

const DECIMAL = /^-?\d+$/;
const MINIMUM: Readonly<Record<IntegerRule, number>> = { integer: -Infinity, nonNegative: 0, positive: 1 };

/**
 * The integer an option's text spells in decimal digits — not `1e3`, `0x10`, `1.0` or a number past
 * 2^53 (where two seeds would collide) — and within `rule`.
 *
 * @throws CliError (usage) naming the option and the text otherwise.
 * @example
 * parseInteger('--years', '10', 'positive', t); // 10
 */
export function parseInteger(option: string, text: string, rule: IntegerRule, t: Messages): number {
  const value = Number(text);
  if (!(DECIMAL.test(text) && Number.isSafeInteger(value) && value >= MINIMUM[rule])) {
    throw new CliError(EXIT.usage, t.badInteger(option, text, rule));
  }
  return value;
}
