import type { Environment } from './environment.ts';
import { NORMAL } from './queue.ts';

/** @internal Life-cycle states. */
export const PENDING = 0;
/** @internal */
export const TRIGGERED = 1;
/** @internal */
export const PROCESSED = 2;

/** A function called with the event when it is processed. */
export type EventCallback<T = unknown> = (event: Event<T>) => void;

/** @internal A waiter resumed by method call: processes register themselves, not a closure. */
export interface Resumable {
  _resume(event: Event<any>): void;
}

/** @internal What `_cb`/`_cbs` hold. */
export type Waiter = EventCallback<any> | Resumable;

/**
 * Something that may happen, is going to happen, or has happened — SimPy's event life cycle:
 * pending → triggered (value set and scheduled by `succeed`/`fail`/`trigger`) → processed (its callbacks,
 * e.g. the processes waiting for it, ran). A failed event is never silently ignored: unless a process
 * received it (which defuses it) or someone set `defused = true`, processing it stops the run with a
 * `SimulationError` naming the time and the event.
 *
 * Triggering twice, or failing with a non-Error, throws.
 *
 * @example
 * const repaired = env.event<string>();
 * env.process(function* () { log.push(yield repaired); });
 * env.schedule(36, () => repaired.succeed('registry'));
 */
export class Event<T = unknown> {
  // hot path: every event has the same fields in the same order; one callback lives in `_cb` (the common
  // case: one waiting process) before `_cbs` is made. They are assigned in the constructor, not declared
  // as class fields: a base-class field initializer sees one hidden class per subclass (Timeout, Process,
  // Request, Release, conditions, store events...) and past four of them Node 20's V8 defines each field
  // the slow generic way — M/M/1 with a Resource ran ten times slower; plain assignments stay fast.
  declare readonly env: Environment;
  /** @internal */ declare _state: number;
  /** @internal */ declare _ok: boolean;
  /** @internal */ declare _value: unknown;
  /** @internal */ declare _defused: boolean;
  /** @internal */ declare _cb: Waiter | null;
  /** @internal */ declare _cbs: Waiter[] | null;

  constructor(env: Environment) {
    this.env = env;
    this._state = PENDING;
    this._ok = true;
    this._value = undefined;
    this._defused = false;
    this._cb = null;
    this._cbs = null;
  }

  /** True once the event has a value and is scheduled (or processed). */
  get triggered(): boolean {
    return this._state !== PENDING;
  }

  /** True once its callbacks have run. */
  get processed(): boolean {
    return this._state === PROCESSED;
  }

  /** Whether it succeeded; throws while pending. */
  get ok(): boolean {
    if (this._state === PENDING) throw new Error(`${this} has not been triggered yet; ok is not available`);
    return this._ok;
  }

  /** The success value, or the Error of a failed event; throws while pending. */
  get value(): T {
    if (this._state === PENDING) throw new Error(`${this} has not been triggered yet; value is not available`);
    return this._value as T;
  }

  /** A defused failure does not stop the run. Processes defuse the failures they receive. */
  get defused(): boolean {
    return this._defused;
  }

  set defused(defused: boolean) {
    this._defused = defused;
  }

  /** Triggers the event successfully with `value`; it is processed after the events already due now. */
  succeed(value?: T): this {
    if (this._state !== PENDING) throw new Error(`${this} has already been triggered`);
    this._ok = true;
    this._value = value;
    this._state = TRIGGERED;
    this.env._enqueue(this, NORMAL, 0);
    return this;
  }

  /** Triggers the event as failed with `error`, which is thrown into the processes waiting for it. */
  fail(error: Error): this {
    if (this._state !== PENDING) throw new Error(`${this} has already been triggered`);
    if (!(error instanceof Error)) throw new TypeError(`fail() needs an Error, got ${String(error)}`);
    this._ok = false;
    this._value = error;
    this._state = TRIGGERED;
    this.env._enqueue(this, NORMAL, 0);
    return this;
  }

  /** Triggers this event with the outcome of the triggered `event`; usable as a callback. */
  trigger(event: Event<T>): this {
    if (event._state === PENDING) throw new Error(`${event} has not been triggered yet; cannot copy it`);
    if (this._state !== PENDING) throw new Error(`${this} has already been triggered`);
    this._ok = event._ok;
    this._value = event._value;
    this._state = TRIGGERED;
    this.env._enqueue(this, NORMAL, 0);
    return this;
  }

  /** Calls `callback(event)` when the event is processed; callbacks run in the order added. */
  addCallback(callback: EventCallback<T>): void {
    if (this._state === PROCESSED) throw new Error(`${this} has already been processed; ${callback.name || 'the callback'} would never run`);
    this._addCallback(callback);
  }

  /** Removes a callback added earlier; returns whether it was found. */
  removeCallback(callback: EventCallback<T>): boolean {
    return this._removeCallback(callback);
  }

  /** @internal */
  _removeCallback(callback: Waiter): boolean {
    if (this._cb === callback) {
      this._cb = null;
      return true;
    }
    const cbs = this._cbs;
    if (cbs === null) return false;
    const i = cbs.indexOf(callback);
    if (i < 0) return false;
    cbs.splice(i, 1);
    return true;
  }

  /** @internal hot path: the first callback goes in a field, later ones in an array (order kept). */
  _addCallback(callback: Waiter): void {
    if (this._cb === null && this._cbs === null) this._cb = callback;
    else if (this._cbs === null) this._cbs = [callback];
    else this._cbs.push(callback);
  }

  /** `Event()` while pending, then `Event(succeeded)` or `Event(failed)`. */
  toString(): string {
    return `Event(${this._state === PENDING ? '' : this._ok ? 'succeeded' : 'failed'})`;
  }
}
