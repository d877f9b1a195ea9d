/** Priority of events that must run before ordinary ones at the same time (process starts, interrupts). */
export const URGENT = 0;
/** Priority of ordinary events: timeouts, triggered events, finished processes. */
export const NORMAL = 1;

/**
 * Keys pack (priority, insertion sequence) into one exactly representable double:
 * priority * 2^50 + sequence, with priority in {0, 1} and sequence < 2^50, stays below 2^53.
 */
const PRIORITY_STRIDE = 1125899906842624;

/**
 * A binary min-heap ordered by (time, priority, insertion sequence), the order SimPy's `heappush` of
 * `(time, priority, eid, event)` gives. Keys are unique, so equal-time items of equal priority come out
 * in the order they went in (FIFO), identically on every run and platform.
 *
 * Times are not validated here: callers (`Environment`, `Timeout`) check delays before pushing.
 *
 * @example
 * const q = new EventQueue<string>();
 * q.push(5, NORMAL, 'b'); q.push(5, URGENT, 'a');
 * q.pop(); // 'a'
 */
export class EventQueue<T> {
  // hot path: three parallel arrays instead of an entry object per item — no allocation per push,
  // and the comparisons read packed doubles.
  private readonly _times: number[] = [];
  private readonly _keys: number[] = [];
  private readonly _items: (T | undefined)[] = [];
  private _size = 0;
  private _sequence = 0;

  /** Number of queued items. */
  get size(): number {
    return this._size;
  }

  /** Time of the first item; only meaningful when `size > 0`. */
  peekTime(): number {
    return this._times[0];
  }

  /** Queues `item` at `time`; `priority` is URGENT or NORMAL. */
  push(time: number, priority: number, item: T): void {
    const times = this._times;
    const keys = this._keys;
    const items = this._items;
    const key = priority * PRIORITY_STRIDE + this._sequence++;
    let i = this._size++;
    // hot path: sift up moving a hole, compare written inline.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < time || (pt === time && keys[parent] < key)) break;
      times[i] = pt;
      keys[i] = keys[parent];
      items[i] = items[parent];
      i = parent;
    }
    times[i] = time;
    keys[i] = key;
    items[i] = item;
  }

  /** Removes and returns the first item; the caller checks `size > 0` first. */
  pop(): T {
    const times = this._times;
    const keys = this._keys;
    const items = this._items;
    const top = items[0] as T;
    const n = --this._size;
    if (n === 0) {
      items[0] = undefined;
      return top;
    }
    const time = times[n];
    const key = keys[n];
    const item = items[n];
    items[n] = undefined;
    const half = n >> 1;
    let i = 0;
    // hot path: sift down moving a hole, compare written inline.
    while (i < half) {
      let child = 2 * i + 1;
      let ct = times[child];
      let ck = keys[child];
      const right = child + 1;
      if (right < n) {
        const rt = times[right];
        if (rt < ct || (rt === ct && keys[right] < ck)) {
          child = right;
          ct = rt;
          ck = keys[right];
        }
      }
      if (time < ct || (time === ct && key < ck)) break;
      times[i] = ct;
      keys[i] = ck;
      items[i] = items[child];
      i = child;
    }
    times[i] = time;
    keys[i] = key;
    items[i] = item;
    return top;
  }
}
