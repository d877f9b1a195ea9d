import type { Environment } from './environment.ts';
import { Condition } from './condition.ts';
import type { Event } from './event.ts';

/**
 * Succeeds once every member has succeeded (immediately if there are none); fails with the first
 * member failure. The value holds all members and their values, in the order given.
 *
 * @example
 * const r = yield env.allOf([restoreA, restoreB]); // r.values: [valueA, valueB]
 */
export class AllOf extends Condition {
  constructor(env: Environment, events: Iterable<Event<any>>) {
    super(env, events, (count) => count, 'AllOf');
  }
}
