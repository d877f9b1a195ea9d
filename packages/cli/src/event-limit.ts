import { HOURS_PER_YEAR } from '@machi/scenarios';
import { CliError, EXIT } from './cli-error.ts';
import type { Messages } from './messages.ts';

/**
 * The user's side of sim-core's `EventLimitError` (a scenario whose rates make a simulated year take
 * events without end): an invalid-input `CliError` naming the limit, the simulated year and what was due
 * next — or undefined for any other error. The error may come from this thread or, as plain data in its
 * `cause`, from a worker thread (an error's class does not cross threads).
 *
 * @example
 * try { simulate(scenario, options); } catch (e) { throw eventLimitError(e, t) ?? e; }
 */
export function eventLimitError(error: unknown, t: Messages): CliError | undefined {
  for (let e = error, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { name, limit, time, subject } = e as Record<string, unknown>;
    if (name === 'EventLimitError' && typeof limit === 'number' && typeof time === 'number' && typeof subject === 'string') {
      return new CliError(EXIT.invalidInput, t.eventLimit(limit, Math.floor(time / HOURS_PER_YEAR) + 1, subject));
    }
  }
  return undefined;
}
