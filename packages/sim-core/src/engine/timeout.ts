import type { Environment } from './environment.ts';
import { Event, TRIGGERED } from './event.ts';
import { formatHours } from './format-hours.ts';
import { NORMAL } from './queue.ts';

/**
 * An event that succeeds with `value` after `delayHours` of simulated time. It is triggered on
 * creation. A delay that is negative, NaN or infinite throws a RangeError naming it.
 *
 * @example
 * env.process(function* () { yield env.timeout(24); log.push(env.now); }); // 24
 */
export class Timeout<T = undefined> extends Event<T> {
  readonly delayHours: number;

  constructor(env: Environment, delayHours: number, value?: T) {
    super(env);
    // One comparison chain rejects negatives, NaN and Infinity alike.
    if (!(delayHours >= 0 && delayHours < Infinity)) {
      throw new RangeError(`delay must be a finite number of hours >= 0, got ${delayHours}`);
    }
    this.delayHours = delayHours;
    this._value = value;
    this._state = TRIGGERED;
    env._enqueue(this, NORMAL, delayHours);
  }

  /** `Timeout(24h)`. */
  override toString(): string {
    return `Timeout(${formatHours(this.delayHours)}h)`;
  }
}
