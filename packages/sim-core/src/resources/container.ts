import { formatHours, type Environment } from '../engine/index.ts';
import { ContainerRequest } from './container-request.ts';
import { PutGetResource } from './put-get-resource.ts';

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
 * arrival order: a large waiting get holds back smaller ones behind it. As in SimPy, a put or get takes
 * effect on the other side only when it is processed. Amounts must be finite, > 0 and at most the
 * capacity (RangeError naming the value), since a larger one could never be served (SimPy lets it wait
 * for ever).
 *
 * @example
 * const fuel = new Container(env, { name: 'fuel', capacity: 1000, init: 400 });
 * env.process(function* () { yield fuel.get(50); yield env.timeout(10); });
 */
export class Container extends PutGetResource<ContainerRequest, ContainerRequest> {
  private _level: number;

  constructor(env: Environment, options: ContainerOptions = {}) {
    const capacity = options.capacity ?? Infinity;
    const init = options.init ?? 0;
    if (!(capacity > 0)) throw new RangeError(`capacity must be > 0, got ${capacity}`);
    if (!(init >= 0 && init <= capacity && init < Infinity)) {
      throw new RangeError(`init must be a finite number between 0 and the capacity (${capacity}), got ${init}`);
    }
    super(env, options.name ?? 'container', capacity, options.statistics, init);
    this._level = init;
  }

  /** Current amount held. */
  get level(): number {
    return this._level;
  }

  /** Adds `amount`, waiting until it fits. */
  put(amount: number): ContainerRequest {
    return this._addPut(new ContainerRequest(this, this._check(amount), true));
  }

  /** Removes `amount`, waiting until the level covers it. */
  get(amount: number): ContainerRequest {
    return this._addGet(new ContainerRequest(this, this._check(amount), false));
  }

  /** `Container(fuel 400/1000, 0 waiting)`. */
  override toString(): string {
    const cap = this.capacity === Infinity ? '' : `/${formatHours(this.capacity)}`;
    return `Container(${this.name} ${formatHours(this._level)}${cap}, ${this.waitingGets.length} waiting)`;
  }

  /** @internal SimPy's `Container._do_put`: goes on while puts fit. */
  _doPut(put: ContainerRequest): boolean {
    if (this.capacity - this._level < put.amount) return false;
    this._level += put.amount;
    this.env.trace?.record('container.put', this.name, { amount: put.amount, level: this._level });
    put.succeed(put.amount);
    return true;
  }

  /** @internal SimPy's `Container._do_get`: goes on while the level covers the gets. */
  _doGet(get: ContainerRequest): boolean {
    if (this._level < get.amount) return false;
    this._level -= get.amount;
    this._stats?.wait(this.env.now - get.requestedAt);
    this.env.trace?.record('container.get', this.name, { amount: get.amount, level: this._level });
    get.succeed(get.amount);
    return true;
  }

  /** @internal */
  _touch(): void {
    this._stats?.update(this.env.now, this._level, this.waitingGets.length);
  }

  private _check(amount: number): number {
    if (!(amount > 0 && amount < Infinity)) throw new RangeError(`amount must be a finite number > 0, got ${amount}`);
    if (amount > this.capacity) throw new RangeError(`amount(=${amount}) exceeds the capacity (${this.capacity}) of ${this}`);
    return amount;
  }
}
