import { Request } from './request.ts';
import { Resource } from './resource.ts';

export interface PriorityRequestOptions {
  /** Lower is more important (default 0); a finite number. */
  readonly priority?: number;
  /**
   * May preempt a less important user on a `PreemptiveResource` (default true, as in SimPy). On any
   * priority resource it also orders requests of equal priority made at the same time: preempting first.
   */
  readonly preempt?: boolean;
}

/**
 * A `Resource` whose waiting requests are served by priority — SimPy's `PriorityResource`. The queue
 * is sorted by the key (priority, request time, not preempt): lower priority number first, then the
 * earlier request, then a request made with `preempt: true` (the default) before one without; equal
 * keys stay first come, first served. No request ever interrupts a current user (see
 * `PreemptiveResource` for that).
 *
 * @example
 * const vendor = new PriorityResource(env, { name: 'vendor-engineer' });
 * const req = vendor.request({ priority: 0 }); // registry before groupware (priority 2)
 */
export class PriorityResource extends Resource {
  /** Requests one unit; `priority` must be a finite number (default 0, lower = more important). */
  override request(options: PriorityRequestOptions = {}): Request {
    return this._put(new Request(this, checkPriority(options.priority ?? 0), options.preempt ?? true));
  }

  override get _kind(): string {
    return 'PriorityResource';
  }

  /** @internal Inserts after every waiter whose key is at most the new one's (SimPy's stable sort). */
  override _enqueue(request: Request): void {
    const queue = this.queue;
    let lo = 0;
    let hi = queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(queue[mid], request) <= 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo === queue.length) queue.push(request);
    else queue.splice(lo, 0, request);
  }
}

/** @internal SimPy's `PriorityRequest.key` order, (priority, request time, not preempt): negative if `a` is more important. */
export function compareKeys(a: Request, b: Request): number {
  if (a.priority !== b.priority) return a.priority < b.priority ? -1 : 1;
  if (a.requestedAt !== b.requestedAt) return a.requestedAt < b.requestedAt ? -1 : 1;
  return a.preempt === b.preempt ? 0 : a.preempt ? -1 : 1;
}

/** @internal */
export function checkPriority(priority: number): number {
  if (!Number.isFinite(priority)) throw new RangeError(`priority must be a finite number, got ${priority}`);
  return priority;
}
