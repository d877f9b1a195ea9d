import { Event } from '../engine/index.ts';
import type { Store } from './store.ts';

/**
 * A pending take from a `Store`: succeeds with the item. `cancel()` withdraws it while it waits and
 * does nothing once it has its item.
 *
 * @example
 * const ticket = yield desk.get((t) => t.system === 'registry');
 */
export class StoreGet<T> extends Event<T> {
  readonly store: Store<T>;
  /** Only items for which this returns true are taken; null takes the first item. */
  readonly filter: ((item: T) => boolean) | null;
  readonly requestedAt: number;

  constructor(store: Store<T>, filter: ((item: T) => boolean) | null) {
    super(store.env);
    this.store = store;
    this.filter = filter;
    this.requestedAt = store.env.now;
  }

  cancel(): void {
    this.store._withdraw(this);
  }

  /** `StoreGet(tickets)`. */
  override toString(): string {
    return `StoreGet(${this.store.name})`;
  }
}
