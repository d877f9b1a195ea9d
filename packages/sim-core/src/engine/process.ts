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
  /** @internal */ _name: string;
  /** @internal Started from a generator object without a name: named when it fails (see `generatorName`). */
  _unnamed: boolean;
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
    this._name = label;
    this._unnamed = name === undefined && typeof generator !== 'function';
    this._generator = gen;
    this._target = null;
    // hot path: the pending process itself is queued as its own start (no Initialize event); it is the
    // only event ever queued while pending, which is how `step` recognises it.
    env._enqueue(this, URGENT, 0);
    env.trace?.record('process.start', label);
  }

  /**
   * The name given, else the generator function's. A process started from a generator object is
   * `process` until it fails: JavaScript offers no way from a generator object to its function, so the
   * name is then read from the failure's stack (see `generatorName`), for the error message.
   */
  get name(): string {
    return this._name;
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
  interrupt<Cause>(cause?: Cause): void {
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
    this.env.trace?.record('process.interrupt', this._name, { cause: String((interruption._value as Interrupt).cause) });
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
        if (this._unnamed && error !== current._value) this._name = generatorName(error) ?? this._name;
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
    if (ok) this.env.trace?.record('process.end', this._name);
    else this.env.trace?.record('process.fail', this._name, { error: value instanceof Error ? value.message : String(value) });
  }
}

/**
 * The name of the generator that raised `error` in the resume now failing, or undefined. V8 (Node,
 * Deno, Chromium) prints the running generator's frame as `at restoreRegistry.next (<anonymous>)` (or
 * `.throw`) just above the engine's `_resume`; an anonymous one is `Generator.next`. Other engines, a
 * stack cut short by `Error.stackTraceLimit`, or an error made elsewhere and thrown on (the caller
 * skips the one thrown into the generator) leave the process unnamed rather than misnamed.
 */
function generatorName(error: unknown): string | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i + 1].includes('._resume (')) continue;
    const frame = /^\s*at (\S+)\.(?:next|throw) \(<anonymous>\)$/.exec(lines[i]);
    return frame === null || frame[1] === 'Generator' ? undefined : frame[1];
  }
  return undefined;
}
