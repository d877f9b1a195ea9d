import type { Environment } from '../engine/index.ts';
import { UsageStatistics, type ResourceStatistics } from './usage-statistics.ts';

/**
 * What every resource has: its environment, name and capacity, and the usage statistics kept on each
 * change of state (busy units, items or level; waiting requests or gets). `Resource`, `Store` and
 * `Container` build on it, so they share one `statistics()` and one `resetStatistics()`.
 *
 * @example
 * staff.statistics().utilisation; // time-averaged busy units / capacity since creation or the last reset
 */
export abstract class ResourceBase {
  readonly env: Environment;
  readonly name: string;
  readonly capacity: number;
  /** @internal null when created with `statistics: false`. */ readonly _stats: UsageStatistics | null;

  protected constructor(env: Environment, name: string, capacity: number, statistics: boolean | undefined, busy = 0) {
    this.env = env;
    this.name = name;
    this.capacity = capacity;
    this._stats = statistics === false ? null : new UsageStatistics(env.now, busy, 0);
  }

  /** Statistics since creation or the last reset; throws if created with `statistics: false`. */
  statistics(): ResourceStatistics {
    if (this._stats === null) throw new Error(`statistics are off for ${this}`);
    return this._stats.snapshot(this.env.now, this.capacity);
  }

  /** Restarts the statistics at the current time (e.g. after a warm-up). */
  resetStatistics(): void {
    this._stats?.reset(this.env.now);
  }
}
