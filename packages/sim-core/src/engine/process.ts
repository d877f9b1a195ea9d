import type { Environment } from './environment.ts';
import { Event, PENDING, PROCESSED, TRIGGERED } from './event.ts';
import { Interrupt } from './interrupt.ts';
import { NORMAL, URGENT } from './queue.ts';

/** What a process runs: a generator yielding events, receiving their values and returning `R`. */
export type ProcessGenerator<R = void> = Generator<Event<any>, R, any>;

/**
 * A simulated activity driven by a generator, in the manner of SimPy. The generator yields events
 * (timeouts, requests, conditions, other processes) and receives their values; a failed event is thrown
 * into it at the `yield` (it may catch it). The process is itself an event: it succeeds with the
 * generator's return value, or fails with the error the generator let escape — unhandled, that stops the
 * run with `SimulationError: Process(name) failed at t=…h: …`.
 *
 * The generator starts at the current time, before ordinary events already due (URGENT priority).
 * Yielding a non-event, or an event of another environment, throws a TypeError naming the process.
 *
 * @example
 * const restore = env.process(function* () {
 *   yield env.timeout(36);
 *   return 'restored';
 * }, 'restore registry');
 * env.process(function* () { log.push(yield restore); }); // ['restored'] at t=36
 */
export class Process<R = unknown> extends Event<R> {
  readonly name: string;
  /** @internal */ _generator: ProcessGenerator<R>;
  /** @internal The event the process waits for, or null when running or finished. */
  _target: Event<any> | null;

  constructor(env: Environment, generator: ProcessGenerator<R> | (() => ProcessGenerator<R>), name?: string) {
    super(env);
    const gen = typeof generator === 'function' ? generator() : generator;
    const label = name ?? ((typeof generator === 'function' && generator.name) || 'process');
    if (gen === null || typeof gen !== 'object' || typeof gen.next !== 'function' || typeof gen.throw !== 'function') {
      throw new TypeError(`Process(${label}) needs a generator or a generator function, got ${String(gen)}`);
    }
    this.name = label;
    this._generator = gen;
    this._target = null;
    // hot path: the pending process itself is queued as its own start (no Initialize event); it is the
    // only event ever queued while pending, which is how `step` recognises it.
    env._enqueue(this, URGENT, 0);
    env.trace?.record('process.start', label);
  }

  /** True until the generator has returned or thrown. */
  get isAlive(): boolean {
    return this._state === PENDING;
  }

  /** The event the process is waiting for, or null. */
  get target(): Event<any> | null {
    return this._target;
  }

  /**
   * Throws an `Interrupt` carrying `cause` into the process at the current time (before ordinary events
   * due now). The event it was waiting for no longer resumes it, but is not cancelled either: a resource
   * request stays in its queue until the process withdraws it (`request.cancel()`) or yields it again.
   * Interrupting a finished process, or a process interrupting itself, throws.
   */
  interrupt(cause?: unknown): void {
    if (this._state !== PENDING) throw new Error(`${this} has terminated and cannot be interrupted`);
    if (this.env.activeProcess === this) throw new Error(`${this} cannot interrupt itself`);
    const interruption = new Event(this.env);
    interruption._ok = false;
    interruption._value = new Interrupt(cause);
    interruption._defused = true;
    interruption._state = TRIGGERED;
    interruption._cb = (event) => this._interrupted(event);
    this.env._enqueue(interruption, URGENT, 0);
  }

  /** `Process(restore registry)`. */
  override toString(): string {
    return `Process(${this.name})`;
  }

  /** @internal */
  _interrupted(interruption: Event<any>): void {
    // The process may have finished between the interrupt() call and now.
    if (this._state !== PENDING) return;
    const target = this._target;
    if (target !== null) target._removeCallback(this);
    this.env.trace?.record('process.interrupt', this.name, { cause: String((interruption._value as Interrupt).cause) });
    this._resume(interruption);
  }

  /** @internal hot path: runs the generator until it waits for an unprocessed event or ends. */
  _resume(event: Event<any>): void {
    const env = this.env;
    const gen = this._generator;
    env._activeProcess = this;
    let current = event;
    for (;;) {
      let result: IteratorResult<Event<any>, R>;
      // try/catch inside the loop measured no slower than without on Node 20; it turns errors escaping the
      // generator into the failure of the process.
      try {
        if (current._ok) {
          result = gen.next(current._value);
        } else {
          current._defused = true;
          result = gen.throw(current._value);
        }
      } catch (error) {
        this._finish(false, error);
        break;
      }
      if (result.done === true) {
        this._finish(true, result.value);
        break;
      }
      const next = result.value;
      // hot path: an event of this environment is recognised by its `env` and `_state` fields (cheaper
      // than instanceof); anything else (a resource yielded by mistake) takes the slow path, which names it.
      if (next == null || next.env !== env) this._badYield(next);
      const state = next._state;
      if (state !== PROCESSED) {
        if (state === undefined) this._badYield(next);
        next._addCallback(this);
        this._target = next;
        break;
      }
      // Already processed: resume at once with its outcome, as SimPy does.
      current = next;
    }
    env._activeProcess = null;
  }

  private _badYield(next: unknown): never {
    this.env._activeProcess = null;
    this._target = null;
    throw new TypeError(
      next instanceof Event
        ? `${this} yielded ${next}, which belongs to another environment`
        : `${this} yielded ${String(next)}, which is not an event (yield a timeout, request, condition or process)`,
    );
  }

  /** @internal */
  _finish(ok: boolean, value: unknown): void {
    this._target = null;
    this._ok = ok;
    this._value = value;
    this._state = TRIGGERED;
    this.env._enqueue(this, NORMAL, 0);
    if (ok) this.env.trace?.record('process.end', this.name);
    else this.env.trace?.record('process.fail', this.name, { error: value instanceof Error ? value.message : String(value) });
  }
}
