import { Request } from './request.ts';
import { Resource } from './resource.ts';

/**
 * A `Resource` whose waiting requests are served by priority — lower number first — and first come,
 * first served among equal priorities. No request ever interrupts a current user (see
 * `PreemptiveResource` for that).
 *
 * @example
 * const vendor = new PriorityResource(env, { name: 'vendor-engineer' });
 * const req = vendor.request({ priority: 0 }); // registry before groupware (priority 2)
 */
export class PriorityResource extends Resource {
  /** Requests one unit; `priority` must be a finite number (default 0, lower = more important). */
  override request(options: { readonly priority?: number } = {}): Request {
    const priority = checkPriority(options.priority ?? 0);
    return this._request(new Request(this, priority, false, this._order++));
  }

  override get _kind(): string {
    return 'PriorityResource';
  }

  /** @internal Inserts after every waiter at least as important: priority order, FIFO among ties. */
  override _enqueue(request: Request): void {
    const queue = this.queue;
    let lo = 0;
    let hi = queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (queue[mid].priority <= request.priority) lo = mid + 1;
      else hi = mid;
    }
    if (lo === queue.length) queue.push(request);
    else queue.splice(lo, 0, request);
  }
}

/** @internal */
export function checkPriority(priority: number): number {
  if (!Number.isFinite(priority)) throw new RangeError(`priority must be a finite number, got ${priority}`);
  return priority;
}
