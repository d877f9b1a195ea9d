import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import { en } from './locales/en.ts';
import { parseInteger } from './parse-integer.ts';

describe('parseInteger(option, text, rule, t)', () => {
  it('reads decimal integers within the rule', () => {
    expect(parseInteger('--seed', '-42', 'integer', en)).toBe(-42);
    expect(parseInteger('--replication', '0', 'nonNegative', en)).toBe(0);
    expect(parseInteger('--years', '007', 'positive', en)).toBe(7);
    expect(parseInteger('--seed', '9007199254740991', 'integer', en)).toBe(9007199254740991);
  });

  it.each(['abc', '', ' 1', '1.5', '1e3', '0x10', '+1', '9007199254740992'])('refuses %j as a usage error (exit 2)', async (text) => {
    expect(() => parseInteger('--seed', text, 'integer', en)).toThrow(new CliError(2, `--seed must be an integer, got "${text}"`));
  });

  it('refuses numbers outside the rule', () => {
    expect(() => parseInteger('--replication', '-1', 'nonNegative', en)).toThrow('--replication must be an integer >= 0, got "-1"');
    expect(() => parseInteger('--years', '0', 'positive', en)).toThrow('--years must be an integer >= 1, got "0"');
  });
});
