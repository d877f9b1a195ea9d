import { PENDING } from '../engine/event.ts';
import type { PutGetRequest } from './put-get-request.ts';
import { ResourceBase } from './resource-base.ts';

/**
 * The put and get queues of a `Store` or `Container`, served as SimPy's `BaseResource` serves them:
 * a new put (get) examines the waiting puts (gets) from the head; a processed get (put) examines the
 * waiting puts (gets) again. Each examination goes on to the next waiting request only while
 * `_doPut`/`_doGet` say so: a `Store` serves one request per examination, a `Container` every request
 * that fits in order up to the first that does not, a `FilterStore` every get that finds an item.
 */
export abstract class PutGetResource<P extends PutGetRequest<any>, G extends PutGetRequest<any>> extends ResourceBase {
  /** Puts waiting for room, in arrival order — SimPy's `put_queue`. */
  readonly waitingPuts: P[] = [];
  /** Gets waiting to be served, in arrival order — SimPy's `get_queue`. */
  readonly waitingGets: G[] = [];
  /** @internal What a processed put calls. */
  readonly _afterPut = (): void => this._triggerGets();
  /** @internal What a processed get calls. */
  readonly _afterGet = (): void => this._triggerPuts();

  /** @internal Tries to do `put`; returns whether to go on to the next waiting put. */
  abstract _doPut(put: P): boolean;
  /** @internal Tries to do `get`; returns whether to go on to the next waiting get. */
  abstract _doGet(get: G): boolean;
  /** @internal Records the current busy amount and waiting gets in the statistics. */
  abstract _touch(): void;

  /** @internal */
  _addPut(put: P): P {
    this.waitingPuts.push(put);
    this._triggerPuts();
    return put;
  }

  /** @internal */
  _addGet(get: G): G {
    this.waitingGets.push(get);
    this._triggerGets();
    return get;
  }

  /** @internal Withdraws a waiting request; nothing else is re-examined, as in SimPy. */
  _withdraw(request: P | G): void {
    const list: PutGetRequest<any>[] = request.isPut ? this.waitingPuts : this.waitingGets;
    const i = list.indexOf(request);
    if (i < 0) return;
    list.splice(i, 1);
    this._touch();
  }

  private _triggerPuts(): void {
    this._trigger(this.waitingPuts, true);
  }

  private _triggerGets(): void {
    this._trigger(this.waitingGets, false);
  }

  /** SimPy's `_trigger_put`/`_trigger_get` loop over one queue: served requests leave it. */
  private _trigger(queue: (P | G)[], puts: boolean): void {
    let i = 0;
    while (i < queue.length) {
      const request = queue[i];
      const proceed = puts ? this._doPut(request as P) : this._doGet(request as G);
      if (request._state === PENDING) i++;
      else queue.splice(i, 1);
      if (!proceed) break;
    }
    this._touch();
  }
}
