import { PutGetRequest } from './put-get-request.ts';
import type { Store } from './store.ts';

/**
 * A pending take from a `Store` — SimPy's `StoreGet` (and `FilterStoreGet`): succeeds with the item.
 *
 * @example
 * const ticket = yield desk.get();
 */
export class StoreGet<T> extends PutGetRequest<T> {
  /** Only items for which this returns true are taken (`FilterStore`); null takes the first item. */
  readonly filter: ((item: T) => boolean) | null;

  constructor(store: Store<T>, filter: ((item: T) => boolean) | null) {
    super(store, false);
    this.filter = filter;
  }

  /** `StoreGet(tickets)`. */
  override toString(): string {
    return `StoreGet(${this.resource.name})`;
  }
}
