import { Event, TRIGGERED } from '../engine/event.ts';
import { NORMAL } from '../engine/queue.ts';
import type { Request } from './request.ts';
import type { Resource } from './resource.ts';

/**
 * The event `resource.release(request)` returns — SimPy's `Release`. The unit is free at once; the
 * next waiting request is granted when this event is processed (after the events already due now), so a
 * request made in between competes for it by priority. Yield it to go on after that grant.
 *
 * @example
 * yield staff.release(req); // the next user has the unit (and will run after this process yields again)
 */
export class Release extends Event<undefined> {
  readonly resource: Resource;
  readonly request: Request;

  /** @internal Made by `Resource.release`, already triggered. */
  constructor(resource: Resource, request: Request) {
    super(resource.env);
    this.resource = resource;
    this.request = request;
    this._state = TRIGGERED;
    // hot path: the resource's own callback re-checks the queue first, before any process waiting here.
    this._cb = resource._afterRelease;
    resource.env._enqueue(this, NORMAL, 0);
  }

  /** `Release(it-staff)`. */
  override toString(): string {
    return `Release(${this.resource.name})`;
  }
}
