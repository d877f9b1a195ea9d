import { Event } from '../engine/index.ts';
import type { Store } from './store.ts';

/**
 * A pending insertion into a `Store`: succeeds once the item is in. `cancel()` withdraws it while the
 * store is full and does nothing once the item is in.
 *
 * @example
 * yield desk.put({ system: 'registry' }); // waits while the store is full
 */
export class StorePut<T> extends Event<undefined> {
  readonly store: Store<T>;
  readonly item: T;

  constructor(store: Store<T>, item: T) {
    super(store.env);
    this.store = store;
    this.item = item;
  }

  cancel(): void {
    this.store._withdraw(this);
  }

  /** `StorePut(tickets)`. */
  override toString(): string {
    return `StorePut(${this.store.name})`;
  }
}
