import { formatHours } from './format-hours.ts';
import { SimulationError } from './simulation-error.ts';

/**
 * A run stopped by its `maxEvents` guard: the model kept scheduling (an arrival rate of 1e300 per
 * year, a process that reschedules itself at zero delay) where it would otherwise never end. Names
 * the limit, the simulated time reached and the process or callback that was due next — in a
 * runaway, almost always the one scheduling without end.
 *
 * @example
 * // EventLimitError: more than 1000 events by t=0h (maxEvents); next due: Callback(arrivals hardware.registry)
 */
export class EventLimitError extends SimulationError {
  /** The `maxEvents` that was exceeded. */
  readonly limit: number;

  constructor(limit: number, time: number, subject: string) {
    const message = `more than ${limit} events by t=${formatHours(time)}h (maxEvents); next due: ${subject}`;
    super(message, { cause: undefined, time, subject });
    this.name = 'EventLimitError';
    this.limit = limit;
  }
}
