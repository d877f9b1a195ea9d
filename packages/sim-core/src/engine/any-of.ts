import type { Environment } from './environment.ts';
import { Condition } from './condition.ts';
import type { Event } from './event.ts';

/**
 * Succeeds as soon as one member succeeds (immediately if there are none); fails if a member fails
 * first. The value holds every member processed by the time the condition is, in the order given.
 *
 * @example
 * const r = yield env.anyOf([request, env.timeout(4)]); // reneging after 4 h
 */
export class AnyOf extends Condition {
  constructor(env: Environment, events: Iterable<Event<any>>) {
    super(env, events, (count) => (count === 0 ? 0 : 1), 'AnyOf');
  }
}
