import type { Environment } from '../engine/index.ts';
import { PriorityItem } from './priority-item.ts';
import type { StorePut } from './store-put.ts';
import { Store, type StoreOptions } from './store.ts';

export interface PriorityStoreOptions<T> extends StoreOptions {
  /**
   * Priority key of an item: lower comes out first; must return a finite number. Defaults to the item
   * itself for numbers and to `priority` for `PriorityItem`s.
   */
  readonly priority?: (item: T) => number;
}

/**
 * A `Store` whose items come out lowest key first — SimPy's `PriorityStore`. Items are kept in a binary
 * heap with the algorithm of Python's `heapq`, so items of equal priority come out in the same order as
 * in SimPy (heap order, not necessarily arrival order): give distinct keys where order among equals
 * matters.
 *
 * @example
 * const backlog = new PriorityStore<PriorityItem<string>>(env, { name: 'backlog' });
 * backlog.put(new PriorityItem(1, 'tax')); backlog.put(new PriorityItem(0, 'registry')); // registry first
 */
export class PriorityStore<T> extends Store<T> {
  private readonly _priority: (item: T) => number;

  constructor(env: Environment, options: PriorityStoreOptions<T> = {}) {
    super(env, options);
    this._priority = options.priority ?? defaultPriority;
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

  /** @internal `heapq.heappush`: append, then sift the new item up past every parent it is less than. */
  override _insert(item: T): void {
    const items = this.items;
    const key = this._priority(item);
    let pos = items.length;
    items.push(item);
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      if (!(key < this._priority(items[parent]))) break;
      items[pos] = items[parent];
      pos = parent;
    }
    items[pos] = item;
  }

  /** @internal `heapq.heappop`: the top; the last item moves to the root and sifts down (CPython's `_siftup`). */
  override _take(): T {
    const items = this.items;
    const last = items.pop() as T;
    if (items.length === 0) return last;
    const top = items[0];
    items[0] = last;
    siftUp(items, this._priority);
    return top;
  }
}

/**
 * CPython's `heapq._siftup(heap, 0)`: moves the smaller child up until a leaf is reached, then sifts
 * the displaced root item back up from there (`_siftdown`). Kept literally so that ties resolve as in SimPy.
 */
function siftUp<T>(items: T[], priority: (item: T) => number): void {
  const end = items.length;
  const item = items[0];
  const key = priority(item);
  let pos = 0;
  let child = 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !(priority(items[child]) < priority(items[right]))) child = right;
    items[pos] = items[child];
    pos = child;
    child = 2 * pos + 1;
  }
  while (pos > 0) {
    const parent = (pos - 1) >> 1;
    if (!(key < priority(items[parent]))) break;
    items[pos] = items[parent];
    pos = parent;
  }
  items[pos] = item;
}

function defaultPriority(item: unknown): number {
  if (typeof item === 'number') return item;
  if (item instanceof PriorityItem) return item.priority;
  throw new TypeError(`PriorityStore needs a priority(item) option for ${String(item)}; numbers and PriorityItems have one`);
}
