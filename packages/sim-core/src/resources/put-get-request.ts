import { Event, PENDING } from '../engine/event.ts';
import type { PutGetResource } from './put-get-resource.ts';

/**
 * A put into or a get from a `Store` or `Container` — SimPy's base `Put` and `Get` events. It
 * succeeds once the resource could do it. When it is processed, the resource re-examines the other
 * side's waiting requests (a processed get may make room for a put, a processed put may serve a get),
 * as SimPy does: not at the moment it succeeded. `cancel()` withdraws it while it waits and does
 * nothing afterwards; `using` cancels it at the end of a block, as SimPy's `with`.
 *
 * @example
 * using get = desk.get();
 * const r = yield env.anyOf([get, env.timeout(4)]); // gives up after 4 h; leaving the block withdraws it
 */
export abstract class PutGetRequest<T> extends Event<T> {
  readonly resource: PutGetResource<any, any>;
  /** True for a put, false for a get. */
  readonly isPut: boolean;
  /** Simulated time of the request, hours. */
  readonly requestedAt: number;

  protected constructor(resource: PutGetResource<any, any>, isPut: boolean) {
    super(resource.env);
    this.resource = resource;
    this.isPut = isPut;
    this.requestedAt = resource.env.now;
    this._cb = isPut ? resource._afterPut : resource._afterGet;
  }

  /** Withdraws the request while it waits; does nothing once it succeeded. */
  cancel(): void {
    if (this._state === PENDING) this.resource._withdraw(this);
  }

  /** SimPy's `with` exit: `cancel()`. */
  [Symbol.dispose](): void {
    this.cancel();
  }
}
