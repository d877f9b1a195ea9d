/** Exit codes: 0 success, 1 invalid input (a scenario, outcome or policy file), 2 a usage error. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

/**
 * A user's mistake, already worded in the chosen language. `run` prints it on stderr — prefixed
 * `machi: ` unless `located` (then it is `file:line:col  path  message` lines, printed as they are)
 * — and exits with `exitCode`. Anything else thrown is a bug and is reported without a stack trace.
 *
 * @example
 * throw new CliError(EXIT.usage, t.unknownVariant('cloud', ['onprem', 'housing']));
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    readonly exitCode: 1 | 2,
    message: string,
    readonly located = false,
  ) {
    super(message);
  }
}
