/** A snapshot of a resource's statistics since creation (or the last reset). */
export interface ResourceStatistics {
  /** Hours observed. */
  readonly elapsedHours: number;
  /** Time-averaged busy units (users, items held, level) divided by capacity; NaN before time passes. */
  readonly utilisation: number;
  /** Time-averaged busy units. */
  readonly meanBusy: number;
  /** Time-averaged number of waiting requests (gets, for stores and containers). */
  readonly meanQueueLength: number;
  /** Request → grant times, zero waits included. */
  readonly waits: {
    readonly count: number;
    /** NaN when count is 0. */
    readonly meanHours: number;
    /** NaN when count is 0. */
    readonly maxHours: number;
  };
}

/**
 * Time-weighted busy and queue-length integrals plus a wait tally, updated on each change of state.
 * Kept inside resources (a few additions per change) so resources can leave it on by default.
 *
 * @example
 * const s = new UsageStatistics(0); s.update(2, 1, 0); s.update(4, 0, 0);
 * s.snapshot(4, 1).utilisation; // 0.5
 */
export class UsageStatistics {
  private _since: number;
  private _last: number;
  private _busy = 0;
  private _queued = 0;
  private _busyArea = 0;
  private _queueArea = 0;
  private _waitCount = 0;
  private _waitSum = 0;
  private _waitMax = 0;

  constructor(now: number, busy = 0, queued = 0) {
    this._since = now;
    this._last = now;
    this._busy = busy;
    this._queued = queued;
  }

  /** hot path: integrates the previous levels up to `now`, then records the new ones. */
  update(now: number, busy: number, queued: number): void {
    const dt = now - this._last;
    this._busyArea += this._busy * dt;
    this._queueArea += this._queued * dt;
    this._last = now;
    this._busy = busy;
    this._queued = queued;
  }

  /** Records one request → grant wait. */
  wait(hours: number): void {
    this._waitCount++;
    this._waitSum += hours;
    if (hours > this._waitMax) this._waitMax = hours;
  }

  /** Forgets everything before `now` (warm-up), keeping the current levels. */
  reset(now: number): void {
    this._since = now;
    this._last = now;
    this._busyArea = 0;
    this._queueArea = 0;
    this._waitCount = 0;
    this._waitSum = 0;
    this._waitMax = 0;
  }

  snapshot(now: number, capacity: number): ResourceStatistics {
    const elapsed = now - this._since;
    const tail = now - this._last;
    const meanBusy = (this._busyArea + this._busy * tail) / elapsed;
    const n = this._waitCount;
    return {
      elapsedHours: elapsed,
      utilisation: meanBusy / capacity,
      meanBusy,
      meanQueueLength: (this._queueArea + this._queued * tail) / elapsed,
      waits: { count: n, meanHours: n === 0 ? NaN : this._waitSum / n, maxHours: n === 0 ? NaN : this._waitMax },
    };
  }
}
