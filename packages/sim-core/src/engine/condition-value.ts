import type { Event } from './event.ts';

/**
 * The value of an `AnyOf`/`AllOf`: the member events that had happened when the condition was
 * processed, with their values, in the order the events were given (nested conditions are flattened in
 * place). Iterates as `[event, value]` pairs, like a Map, in that order.
 *
 * @example
 * using request = counter.request();
 * const r = yield env.anyOf([request, env.timeout(patienceHours)]);
 * if (r.has(request)) log.push('served'); // else leaving the block withdraws the request
 */
export class ConditionValue implements Iterable<[Event<any>, unknown]> {
  readonly events: Event<any>[] = [];
  readonly values: unknown[] = [];

  /** Number of events that fired. */
  get size(): number {
    return this.events.length;
  }

  has(event: Event<any>): boolean {
    return this.events.includes(event);
  }

  /** The value of `event`; throws if it is not among the events that fired. */
  get<T>(event: Event<T>): T {
    const i = this.events.indexOf(event);
    if (i < 0) throw new Error(`${event} is not among the events of this condition's value`);
    return this.values[i] as T;
  }

  *[Symbol.iterator](): Iterator<[Event<any>, unknown]> {
    for (let i = 0; i < this.events.length; i++) yield [this.events[i], this.values[i]];
  }

  /** `ConditionValue(Timeout(5h), Process(a))`. */
  toString(): string {
    return `ConditionValue(${this.events.join(', ')})`;
  }
}
