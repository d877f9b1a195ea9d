import { PutGetRequest } from './put-get-request.ts';
import type { Store } from './store.ts';

/**
 * A pending insertion into a `Store` — SimPy's `StorePut`: succeeds once the item is in.
 *
 * @example
 * yield desk.put({ system: 'registry' }); // waits while the store is full
 */
export class StorePut<T> extends PutGetRequest<undefined> {
  readonly item: T;

  constructor(store: Store<T>, item: T) {
    super(store, true);
    this.item = item;
  }

  /** `StorePut(tickets)`. */
  override toString(): string {
    return `StorePut(${this.resource.name})`;
  }
}
