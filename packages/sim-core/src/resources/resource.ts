import type { Environment } from '../engine/index.ts';
import { Release } from './release.ts';
import { CANCELLED, GRANTED, RELEASED, Request, WAITING } from './request.ts';
import { ResourceBase } from './resource-base.ts';

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
 * served — SimPy's `Resource`, with its timing:
 * - `request()` returns a `Request` event; it is granted at once if a unit is free and nobody waits.
 * - `release(request)` frees the unit at once and returns a `Release` event; the head of the queue is
 *   granted when that event is processed, after the events already due now.
 * - A waiting request stays in the queue until granted or `cancel()`ed: a process interrupted while
 *   waiting should yield it again (keeping its place) or cancel it. `release()` of a request that holds
 *   no unit does nothing, and `cancel()` of a granted one does nothing, as in SimPy; `using` (or
 *   `withRequest`) does whichever applies at the end of a block.
 *
 * @example
 * const staff = new Resource(env, { capacity: 2, name: 'it-staff' });
 * env.process(function* () { const req = yield staff.request(); yield env.timeout(8); staff.release(req); });
 */
export class Resource extends ResourceBase {
  /** Requests holding a unit, in grant order. */
  readonly users: Request[] = [];
  /** Requests waiting, in service order — SimPy's `queue` (its `put_queue`). */
  readonly queue: Request[] = [];
  /** @internal What a processed `Release` calls: grant the head of the queue if a unit is free. */
  readonly _afterRelease = (): void => {
    const queue = this.queue;
    if (queue.length > 0) this._doPut(queue[0]);
  };

  constructor(env: Environment, options: ResourceOptions = {}) {
    const capacity = options.capacity ?? 1;
    if (!(Number.isInteger(capacity) && capacity > 0)) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    super(env, options.name ?? 'resource', capacity, options.statistics);
  }

  /** Units in use. */
  get count(): number {
    return this.users.length;
  }

  /** Requests one unit. */
  request(): Request {
    return this._put(new Request(this, 0, false));
  }

  /**
   * Frees the unit held by `request` now and returns the `Release` event, on whose processing the next
   * waiting request is granted. A request that holds no unit (waiting, released, preempted) frees
   * nothing, as in SimPy. A request of another resource throws.
   */
  release(request: Request): Release {
    if (request.resource !== this) throw new Error(`${request} belongs to ${request.resource}, not ${this}`);
    if (request._status === GRANTED) {
      const users = this.users;
      // hot path: with capacity 1 (or LIFO releases) the request is last; pop avoids splice.
      const last = users.length - 1;
      if (users[last] === request) users.pop();
      else users.splice(users.indexOf(request), 1);
      request._status = RELEASED;
      this.env.trace?.record('resource.release', this.name, { request: String(request) });
      this._touch();
    }
    return new Release(this, request);
  }

  /** `Resource(it-staff 1/2 busy, 3 waiting)`. */
  override toString(): string {
    return `${this._kind}(${this.name} ${this.users.length}/${this.capacity} busy, ${this.queue.length} waiting)`;
  }

  /** @internal Class name for messages (constructor.name does not survive minifiers). */
  get _kind(): string {
    return 'Resource';
  }

  /**
   * @internal Queues `request` and examines the head of the queue, as SimPy's `_trigger_put` does for
   * a new request: a request that is not at the head waits even if a unit is free.
   */
  _put(request: Request): Request {
    this.env.trace?.record('resource.request', this.name, { request: String(request) });
    // hot path: with nobody waiting and a unit free, queueing and taking the head is granting at once.
    if (this.queue.length === 0 && this.users.length < this.capacity) this._grant(request);
    else {
      this._enqueue(request);
      this._doPut(this.queue[0]);
    }
    this._touch();
    return request;
  }

  /** @internal Queue discipline: FIFO here, by priority in subclasses. */
  _enqueue(request: Request): void {
    this.queue.push(request);
  }

  /** @internal SimPy's `_do_put` for the head of the queue: grants it if a unit is free. */
  _doPut(head: Request): void {
    if (this.users.length < this.capacity) {
      this.queue.shift();
      this._grant(head);
      this._touch();
    }
  }

  /** @internal Withdraws a waiting request (`Request.cancel`); nothing else is re-examined, as in SimPy. */
  _withdraw(request: Request): void {
    if (request._status !== WAITING) return;
    this.queue.splice(this.queue.indexOf(request), 1);
    request._status = CANCELLED;
    this.env.trace?.record('resource.cancel', this.name, { request: String(request) });
    this._touch();
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
  _touch(): void {
    const stats = this._stats;
    if (stats !== null) stats.update(this.env.now, this.users.length, this.queue.length);
  }
}
