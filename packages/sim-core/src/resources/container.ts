import { formatHours, type Environment } from '../engine/index.ts';
import { ContainerRequest } from './container-request.ts';
import { UsageStatistics, type ResourceStatistics } from './usage-statistics.ts';

export interface ContainerOptions {
  /** Maximum level (default Infinity); > 0. */
  readonly capacity?: number;
  /** Initial level (default 0); between 0 and capacity. */
  readonly init?: number;
  readonly name?: string;
  /** Keep statistics (default true): busy = level, queue = waiting gets. */
  readonly statistics?: boolean;
}

/**
 * A continuous quantity (fuel, budget, staff-hours) — SimPy's `Container`. `put(amount)` waits until it
 * fits under the capacity, `get(amount)` until the level covers it. Each side is served strictly in
 * arrival order: a large waiting get holds back smaller ones behind it. Amounts must be finite, > 0 and
 * at most the capacity (RangeError naming the value), since a larger one could never be served.
 *
 * @example
 * const fuel = new Container(env, { name: 'fuel', capacity: 1000, init: 400 });
 * env.process(function* () { yield fuel.get(50); yield env.timeout(10); });
 */
export class Container {
  readonly env: Environment;
  readonly name: string;
  readonly capacity: number;
  private _level: number;
  /** @internal */ readonly _gets: ContainerRequest[] = [];
  /** @internal */ readonly _puts: ContainerRequest[] = [];
  private readonly _stats: UsageStatistics | null;

  constructor(env: Environment, options: ContainerOptions = {}) {
    const capacity = options.capacity ?? Infinity;
    const init = options.init ?? 0;
    if (!(capacity > 0)) throw new RangeError(`capacity must be > 0, got ${capacity}`);
    if (!(init >= 0 && init <= capacity && init < Infinity)) {
      throw new RangeError(`init must be a finite number between 0 and the capacity (${capacity}), got ${init}`);
    }
    this.env = env;
    this.name = options.name ?? 'container';
    this.capacity = capacity;
    this._level = init;
    this._stats = options.statistics === false ? null : new UsageStatistics(env.now, init, 0);
  }

  /** Current amount held. */
  get level(): number {
    return this._level;
  }

  /** Adds `amount`, waiting until it fits. */
  put(amount: number): ContainerRequest {
    return this._add(new ContainerRequest(this, this._check(amount), true), this._puts);
  }

  /** Removes `amount`, waiting until the level covers it. */
  get(amount: number): ContainerRequest {
    return this._add(new ContainerRequest(this, this._check(amount), false), this._gets);
  }

  statistics(): ResourceStatistics {
    if (this._stats === null) throw new Error(`statistics are off for ${this}`);
    return this._stats.snapshot(this.env.now, this.capacity);
  }

  resetStatistics(): void {
    this._stats?.reset(this.env.now);
  }

  /** `Container(fuel 400/1000, 0 waiting)`. */
  toString(): string {
    const cap = this.capacity === Infinity ? '' : `/${formatHours(this.capacity)}`;
    return `Container(${this.name} ${formatHours(this._level)}${cap}, ${this._gets.length} waiting)`;
  }

  /** @internal */
  _withdraw(request: ContainerRequest): void {
    const list = request.isPut ? this._puts : this._gets;
    const i = list.indexOf(request);
    if (i < 0) return;
    list.splice(i, 1);
    this._dispatch();
  }

  private _check(amount: number): number {
    if (!(amount > 0 && amount < Infinity)) throw new RangeError(`amount must be a finite number > 0, got ${amount}`);
    if (amount > this.capacity) throw new RangeError(`amount(=${amount}) exceeds the capacity (${this.capacity}) of ${this}`);
    return amount;
  }

  private _add(request: ContainerRequest, list: ContainerRequest[]): ContainerRequest {
    list.push(request);
    this._dispatch();
    return request;
  }

  private _dispatch(): void {
    const env = this.env;
    const puts = this._puts;
    const gets = this._gets;
    let progress = true;
    while (progress) {
      progress = false;
      while (puts.length > 0 && this.capacity - this._level >= puts[0].amount) {
        const put = puts.shift() as ContainerRequest;
        this._level += put.amount;
        env.trace?.record('container.put', this.name, { amount: put.amount, level: this._level });
        put.succeed(put.amount);
        progress = true;
      }
      while (gets.length > 0 && this._level >= gets[0].amount) {
        const get = gets.shift() as ContainerRequest;
        this._level -= get.amount;
        this._stats?.wait(env.now - get.requestedAt);
        env.trace?.record('container.get', this.name, { amount: get.amount, level: this._level });
        get.succeed(get.amount);
        progress = true;
      }
    }
    this._stats?.update(env.now, this._level, gets.length);
  }
}
