import type { Environment } from '../engine/index.ts';
import { CANCELLED, GRANTED, RELEASED, Request, WAITING } from './request.ts';
import { UsageStatistics, type ResourceStatistics } from './usage-statistics.ts';

export interface ResourceOptions {
  /** Units that can be in use at once: a positive integer (default 1). */
  readonly capacity?: number;
  /** Name used in messages and traces (default 'resource'). */
  readonly name?: string;
  /** Keep utilisation, queue-length and wait statistics (default true). */
  readonly statistics?: boolean;
}

/**
 * `capacity` identical units (staff, engineers, lines) shared by processes, granted first come, first
 * served — SimPy's `Resource`. `request()` returns a `Request` event that succeeds when a unit is free;
 * `release(request)` frees it and grants the next waiter at once (its event fires at the current time).
 *
 * A process interrupted while waiting for a request leaves it in the queue: it should either yield it
 * again (keeping its place) or `cancel()` it; a request granted to nobody who listens keeps its unit
 * until released.
 *
 * @example
 * const staff = new Resource(env, { capacity: 2, name: 'it-staff' });
 * env.process(function* () { const req = yield staff.request(); yield env.timeout(8); staff.release(req); });
 */
export class Resource {
  readonly env: Environment;
  readonly name: string;
  readonly capacity: number;
  /** Requests holding a unit, in grant order. */
  readonly users: Request[] = [];
  /** Requests waiting, in service order. */
  readonly queue: Request[] = [];
  /** @internal */ _stats: UsageStatistics | null;
  /** @internal */ _order = 0;

  constructor(env: Environment, options: ResourceOptions = {}) {
    const capacity = options.capacity ?? 1;
    if (!(Number.isInteger(capacity) && capacity > 0)) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.env = env;
    this.name = options.name ?? 'resource';
    this.capacity = capacity;
    this._stats = options.statistics === false ? null : new UsageStatistics(env.now);
  }

  /** Units in use. */
  get count(): number {
    return this.users.length;
  }

  /** Requests one unit. */
  request(): Request {
    return this._request(new Request(this, 0, false, this._order++));
  }

  /**
   * Frees the unit held by `request`, or withdraws it if it is still waiting. Does nothing if it was
   * already released, cancelled or preempted. A request of another resource throws.
   */
  release(request: Request): void {
    if (request.resource !== this) throw new Error(`${request} belongs to ${request.resource}, not ${this}`);
    const status = request._status;
    if (status === GRANTED) {
      const users = this.users;
      // hot path: with capacity 1 (or LIFO releases) the request is last; pop avoids splice.
      const last = users.length - 1;
      if (users[last] === request) users.pop();
      else users.splice(users.indexOf(request), 1);
      request._status = RELEASED;
      this.env.trace?.record('resource.release', this.name, { request: String(request) });
      this._grantWaiting();
    } else if (status === WAITING) {
      this.queue.splice(this.queue.indexOf(request), 1);
      request._status = CANCELLED;
      this.env.trace?.record('resource.cancel', this.name, { request: String(request) });
      this._touch();
    }
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

  /** `Resource(it-staff 1/2 busy, 3 waiting)`. */
  toString(): string {
    return `${this._kind}(${this.name} ${this.users.length}/${this.capacity} busy, ${this.queue.length} waiting)`;
  }

  /** @internal Class name for messages (constructor.name does not survive minifiers). */
  get _kind(): string {
    return 'Resource';
  }

  /** @internal Grants at once if a unit is free, else queues. */
  _request(request: Request): Request {
    this.env.trace?.record('resource.request', this.name, { request: String(request) });
    if (this.users.length < this.capacity) this._grant(request);
    else this._enqueue(request);
    this._touch();
    return request;
  }

  /** @internal Queue discipline: FIFO here, by priority in subclasses. */
  _enqueue(request: Request): void {
    this.queue.push(request);
  }

  /** @internal Callers update the statistics afterwards (`_touch`), once per change. */
  _grant(request: Request): void {
    const now = this.env.now;
    request._status = GRANTED;
    request._usageSince = now;
    this.users.push(request);
    this._stats?.wait(now - request.requestedAt);
    this.env.trace?.record('resource.grant', this.name, { request: String(request), waitHours: now - request.requestedAt });
    request.succeed(request);
  }

  /** @internal */
  _grantWaiting(): void {
    const queue = this.queue;
    while (this.users.length < this.capacity && queue.length > 0) this._grant(queue.shift() as Request);
    this._touch();
  }

  /** @internal */
  _touch(): void {
    const stats = this._stats;
    if (stats !== null) stats.update(this.env.now, this.users.length, this.queue.length);
  }
}
