import type { Environment } from '../engine/index.ts';
import { PutGetResource } from './put-get-resource.ts';
import { StoreGet } from './store-get.ts';
import { StorePut } from './store-put.ts';

export interface StoreOptions {
  /** Maximum number of items (default Infinity); a positive integer or Infinity. */
  readonly capacity?: number;
  readonly name?: string;
  /** Keep statistics (default true): busy = items held, queue = waiting gets. */
  readonly statistics?: boolean;
}

/**
 * A buffer of discrete items — SimPy's `Store`. `put(item)` waits while the store is full; `get()`
 * takes the first item and waits while there is none; both sides are served first come, first served.
 * As in SimPy, a put or get takes effect on the other side only when it is processed: a get that takes
 * an item from a full store lets a waiting put in once the get is processed, and each processed put
 * or get serves at most one request of the other side.
 *
 * @example
 * const desk = new Store<string>(env, { name: 'tickets' });
 * env.process(function* () { log.push(yield desk.get()); });
 * desk.put('registry down');
 */
export class Store<T> extends PutGetResource<StorePut<T>, StoreGet<T>> {
  /** Items held, in the order gets see them (heap order in a `PriorityStore`). */
  readonly items: T[] = [];

  constructor(env: Environment, options: StoreOptions = {}) {
    const capacity = options.capacity ?? Infinity;
    if (!(capacity > 0 && (Number.isInteger(capacity) || capacity === Infinity))) {
      throw new RangeError(`capacity must be a positive integer or Infinity, got ${capacity}`);
    }
    super(env, options.name ?? 'store', capacity, options.statistics);
  }

  /** Adds `item`, at once if there is room and no put waits before it. */
  put(item: T): StorePut<T> {
    return this._addPut(new StorePut(this, item));
  }

  /** Takes the first item, at once if there is one and no get waits before it. */
  get(): StoreGet<T> {
    return this._addGet(new StoreGet(this, null));
  }

  /** `Store(tickets 2 items, 1 waiting)`. */
  override toString(): string {
    const cap = this.capacity === Infinity ? '' : `/${this.capacity}`;
    return `${this._kind}(${this.name} ${this.items.length}${cap} items, ${this.waitingGets.length} waiting)`;
  }

  /** @internal */
  get _kind(): string {
    return 'Store';
  }

  /** @internal SimPy's `Store._do_put`: one put per examination. */
  _doPut(put: StorePut<T>): boolean {
    if (this.items.length < this.capacity) {
      this._insert(put.item);
      this.env.trace?.record('store.put', this.name, { items: this.items.length });
      put.succeed(undefined);
    }
    return false;
  }

  /** @internal SimPy's `Store._do_get`: one get per examination. */
  _doGet(get: StoreGet<T>): boolean {
    if (this.items.length > 0) this._serve(get, this._take());
    return false;
  }

  /** @internal Where a new item goes: at the end here, into the heap in `PriorityStore`. */
  _insert(item: T): void {
    this.items.push(item);
  }

  /** @internal Which item a plain get takes: the first here, the heap's top in `PriorityStore`. */
  _take(): T {
    return this.items.shift() as T;
  }

  /** @internal Hands `item`, already removed from `items`, to `get`. */
  _serve(get: StoreGet<T>, item: T): void {
    const waitHours = this.env.now - get.requestedAt;
    this._stats?.wait(waitHours);
    this.env.trace?.record('store.get', this.name, { items: this.items.length, waitHours });
    get.succeed(item);
  }

  /** @internal */
  _touch(): void {
    this._stats?.update(this.env.now, this.items.length, this.waitingGets.length);
  }
}
