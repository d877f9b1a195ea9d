import type { Environment } from '../engine/index.ts';
import { StoreGet } from './store-get.ts';
import { StorePut } from './store-put.ts';
import { UsageStatistics, type ResourceStatistics } from './usage-statistics.ts';

export interface StoreOptions {
  /** Maximum number of items (default Infinity); a positive integer or Infinity. */
  readonly capacity?: number;
  readonly name?: string;
  /** Keep statistics (default true): busy = items held, queue = waiting gets. */
  readonly statistics?: boolean;
}

/**
 * A buffer of discrete items — SimPy's `Store` and `FilterStore` in one. `put(item)` waits while the
 * store is full; `get(filter?)` takes the first item (in store order) for which `filter` is true, and
 * waits while there is none. Waiting gets are served in arrival order, but a get whose filter matches
 * nothing does not hold back later gets; waiting puts go in strictly in arrival order.
 *
 * @example
 * const desk = new Store<string>(env, { name: 'tickets' });
 * env.process(function* () { log.push(yield desk.get()); });
 * desk.put('registry down');
 */
export class Store<T> {
  readonly env: Environment;
  readonly name: string;
  readonly capacity: number;
  /** Items held, in the order gets see them. */
  readonly items: T[] = [];
  /** @internal */ readonly _gets: StoreGet<T>[] = [];
  /** @internal */ readonly _puts: StorePut<T>[] = [];
  private readonly _stats: UsageStatistics | null;

  constructor(env: Environment, options: StoreOptions = {}) {
    const capacity = options.capacity ?? Infinity;
    if (!(capacity > 0 && (Number.isInteger(capacity) || capacity === Infinity))) {
      throw new RangeError(`capacity must be a positive integer or Infinity, got ${capacity}`);
    }
    this.env = env;
    this.name = options.name ?? 'store';
    this.capacity = capacity;
    this._stats = options.statistics === false ? null : new UsageStatistics(env.now);
  }

  /** Gets waiting for an item. */
  get waitingGets(): number {
    return this._gets.length;
  }

  /** Puts waiting for room. */
  get waitingPuts(): number {
    return this._puts.length;
  }

  /** Adds `item`, at once if there is room. */
  put(item: T): StorePut<T> {
    const put = new StorePut(this, item);
    this._puts.push(put);
    this._dispatch();
    return put;
  }

  /** Takes the first item matching `filter` (any item without one), at once if there is one. */
  get(filter?: (item: T) => boolean): StoreGet<T> {
    const get = new StoreGet(this, filter ?? null);
    this._gets.push(get);
    this._dispatch();
    return get;
  }

  statistics(): ResourceStatistics {
    if (this._stats === null) throw new Error(`statistics are off for ${this}`);
    return this._stats.snapshot(this.env.now, this.capacity);
  }

  resetStatistics(): void {
    this._stats?.reset(this.env.now);
  }

  /** `Store(tickets 2 items, 1 waiting)`. */
  toString(): string {
    const cap = this.capacity === Infinity ? '' : `/${this.capacity}`;
    return `${this._kind}(${this.name} ${this.items.length}${cap} items, ${this._gets.length} waiting)`;
  }

  /** @internal */
  get _kind(): string {
    return 'Store';
  }

  /** @internal Where a new item goes: at the end here, by priority in PriorityStore. */
  _insert(item: T): void {
    this.items.push(item);
  }

  /** @internal */
  _withdraw(event: StoreGet<T> | StorePut<T>): void {
    const list: (StoreGet<T> | StorePut<T>)[] = event instanceof StoreGet ? this._gets : this._puts;
    const i = list.indexOf(event);
    if (i < 0) return;
    list.splice(i, 1);
    // A withdrawn put at the head may have been holding back the ones behind it.
    this._dispatch();
  }

  /** @internal Serves puts and gets until neither can progress. */
  _dispatch(): void {
    const items = this.items;
    const gets = this._gets;
    const puts = this._puts;
    const env = this.env;
    let progress = true;
    while (progress) {
      progress = false;
      while (puts.length > 0 && items.length < this.capacity) {
        const put = puts.shift() as StorePut<T>;
        this._insert(put.item);
        env.trace?.record('store.put', this.name, { items: items.length });
        put.succeed(undefined);
        progress = true;
      }
      for (let g = 0; g < gets.length && items.length > 0; ) {
        const get = gets[g];
        const filter = get.filter;
        let i = 0;
        if (filter !== null) while (i < items.length && !filter(items[i])) i++;
        if (i === items.length) {
          g++;
          continue;
        }
        const item = items.splice(i, 1)[0];
        gets.splice(g, 1);
        this._stats?.wait(env.now - get.requestedAt);
        env.trace?.record('store.get', this.name, { items: items.length, waitHours: env.now - get.requestedAt });
        get.succeed(item);
        progress = true;
      }
    }
    this._stats?.update(env.now, items.length, gets.length);
  }
}
