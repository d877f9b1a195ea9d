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
 * A claim on one unit of a `Resource` — SimPy's `Request`: an event that succeeds (with the request
 * itself) when the unit is granted. As in SimPy, `cancel()` withdraws it while it waits and does nothing
 * once it was granted; giving a unit back is `resource.release(request)`. `using request =
 * resource.request()` (or `withRequest`) does both at the end of the block, as SimPy's `with` does.
 *
 * @example
 * using req = staff.request();
 * const r = yield env.anyOf([req, env.timeout(4)]);
 * if (!r.has(req)) return; // gave up after 4 h: leaving the block withdraws the request
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
  /** @internal */ _status: number;
  /** @internal */ _usageSince: number;

  constructor(resource: Resource, priority: number, preempt: boolean) {
    super(resource.env);
    this.resource = resource;
    this.priority = priority;
    this.preempt = preempt;
    this.process = resource.env.activeProcess;
    this.requestedAt = resource.env.now;
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

  /** Withdraws the request while it waits; does nothing once it was granted (release it instead). */
  cancel(): void {
    this.resource._withdraw(this);
  }

  /** SimPy's `with` exit: withdraws the request if it still waits, then releases it (a no-op if it holds no unit). */
  [Symbol.dispose](): void {
    this.cancel();
    this.resource.release(this);
  }

  /** `Request(it-staff by Process(restore), priority 1)`. */
  override toString(): string {
    const by = this.process === null ? '' : ` by ${this.process}`;
    return `Request(${this.resource.name}${by}${this.priority === 0 ? '' : `, priority ${this.priority}`})`;
  }
}
