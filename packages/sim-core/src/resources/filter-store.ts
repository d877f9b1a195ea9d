import { StoreGet } from './store-get.ts';
import { Store } from './store.ts';

/**
 * A `Store` whose gets may ask for an item matching a filter — SimPy's `FilterStore`. A get takes the
 * first item (in store order) for which its filter is true. Each examination goes through every waiting
 * get in arrival order, so a get whose filter matches nothing does not hold back the gets behind it.
 *
 * @example
 * const desk = new FilterStore<Ticket>(env, { name: 'tickets' });
 * const ticket = yield desk.get((t) => t.system === 'registry');
 */
export class FilterStore<T> extends Store<T> {
  /** Takes the first item for which `filter` is true (any item without a filter). */
  override get(filter?: (item: T) => boolean): StoreGet<T> {
    return this._addGet(new StoreGet(this, filter ?? null));
  }

  /** @internal */
  override get _kind(): string {
    return 'FilterStore';
  }

  /** @internal SimPy's `FilterStore._do_get`: serves this get if an item matches, and goes on to the next. */
  override _doGet(get: StoreGet<T>): boolean {
    const items = this.items;
    const filter = get.filter;
    const i = filter === null ? 0 : items.findIndex(filter);
    if (i >= 0 && i < items.length) this._serve(get, items.splice(i, 1)[0] as T);
    return true;
  }
}
