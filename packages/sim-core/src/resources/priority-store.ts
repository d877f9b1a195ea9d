import type { Environment } from '../engine/index.ts';
import type { StorePut } from './store-put.ts';
import { Store, type StoreOptions } from './store.ts';

export interface PriorityStoreOptions<T> extends StoreOptions {
  /** Priority key of an item: lower comes out first. Must return a finite number. */
  readonly priority: (item: T) => number;
}

/**
 * A `Store` whose items come out in order of `priority(item)`, lowest first, and first in, first out
 * among equal keys. A filtered get takes the first matching item in that order.
 *
 * @example
 * const backlog = new PriorityStore(env, { name: 'backlog', priority: (t: Ticket) => t.severity });
 */
export class PriorityStore<T> extends Store<T> {
  private readonly _priority: (item: T) => number;

  constructor(env: Environment, options: PriorityStoreOptions<T>) {
    super(env, options);
    this._priority = options.priority;
  }

  /** Adds `item`; a key that is not a finite number throws a RangeError. */
  override put(item: T): StorePut<T> {
    const key = this._priority(item);
    if (!Number.isFinite(key)) throw new RangeError(`priority(item) must be a finite number, got ${key}`);
    return super.put(item);
  }

  override get _kind(): string {
    return 'PriorityStore';
  }

  /** @internal Binary search for the slot after every item with a key <= the new one. */
  override _insert(item: T): void {
    const key = this._priority(item);
    const items = this.items;
    const priority = this._priority;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (priority(items[mid]) <= key) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, item);
  }
}
