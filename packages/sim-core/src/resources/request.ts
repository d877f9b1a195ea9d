import { Event, type Process } from '../engine/index.ts';
import type { Resource } from './resource.ts';

/** @internal Request states. */
export const WAITING = 0;
/** @internal */
export const GRANTED = 1;
/** @internal */
export const RELEASED = 2;
/** @internal */
export const CANCELLED = 3;
/** @internal */
export const PREEMPTED = 4;

/**
 * A claim on one unit of a `Resource`: an event that succeeds (with the request itself) when the unit
 * is granted. `cancel()` withdraws it while waiting (reneging) or releases it once granted; cancelling
 * or releasing twice, or after preemption, does nothing.
 *
 * @example
 * const req = staff.request();
 * const r = yield env.anyOf([req, env.timeout(4)]);
 * if (!r.has(req)) req.cancel(); // gave up after 4 h
 */
export class Request extends Event<Request> {
  readonly resource: Resource;
  /** Lower is more important (0 for a plain Resource). */
  readonly priority: number;
  /** Whether it may preempt a less important user (PreemptiveResource only). */
  readonly preempt: boolean;
  /** The process that made the request, if any: the one interrupted on preemption. */
  readonly process: Process<any> | null;
  /** Simulated time of the request, hours. */
  readonly requestedAt: number;
  /** @internal */ _order: number;
  /** @internal */ _status: number;
  /** @internal */ _usageSince: number;

  constructor(resource: Resource, priority: number, preempt: boolean, order: number) {
    super(resource.env);
    this.resource = resource;
    this.priority = priority;
    this.preempt = preempt;
    this.process = resource.env.activeProcess;
    this.requestedAt = resource.env.now;
    this._order = order;
    this._status = WAITING;
    this._usageSince = NaN;
  }

  /** Time the unit was granted, or NaN if it has not been. */
  get usageSince(): number {
    return this._usageSince;
  }

  /** True while it holds a unit. */
  get granted(): boolean {
    return this._status === GRANTED;
  }

  /** True while it waits in the queue. */
  get waiting(): boolean {
    return this._status === WAITING;
  }

  /** Withdraws a waiting request, or releases a granted one. */
  cancel(): void {
    this.resource.release(this);
  }

  /** `Request(it-staff by Process(restore), priority 1)`. */
  override toString(): string {
    const by = this.process === null ? '' : ` by ${this.process}`;
    return `Request(${this.resource.name}${by}${this.priority === 0 ? '' : `, priority ${this.priority}`})`;
  }
}
