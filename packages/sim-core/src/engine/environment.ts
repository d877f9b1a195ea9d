import { AllOf } from './all-of.ts';
import { AnyOf } from './any-of.ts';
import { Event, PENDING, PROCESSED, TRIGGERED } from './event.ts';
import { formatHours } from './format-hours.ts';
import { Process, type ProcessGenerator } from './process.ts';
import { EventLimitError } from './event-limit-error.ts';
import { EventQueue, NORMAL, URGENT } from './queue.ts';
import { SimulationError } from './simulation-error.ts';
import { Timeout } from './timeout.ts';
import { Trace } from './trace.ts';

/** A plain callback scheduled with `env.schedule`. */
export type ScheduledCallback = (env: Environment) => void;

export interface EnvironmentOptions {
  /** Initial simulated time in hours (default 0). */
  readonly start?: number;
  /** Collect a `Trace` for this run (default false: `env.trace` is undefined and costs nothing). */
  readonly trace?: boolean;
}

export interface RunOptions {
  /** Stop before events at this time (hours), or once this event has been processed. */
  readonly until?: number | Event<any>;
  /**
   * Most events (and callbacks) this run may process; one more throws an `EventLimitError` naming the
   * time and what was due next, so that a model scheduling without end fails instead of hanging.
   * Default: no limit.
   */
  readonly maxEvents?: number;
}

/**
 * The simulated clock and the event queue — SimPy's `Environment`. Time is a number of hours. Events
 * and plain callbacks share one queue ordered by (time, priority, insertion sequence), so simultaneous
 * happenings resolve FIFO within a priority (URGENT before NORMAL), the same way on every run.
 *
 * @example
 * const env = new Environment();
 * env.process(function* () { yield env.timeout(36); log.push([env.now, 'registry', 'up']); });
 * env.run(); // log: [[36, 'registry', 'up']]
 */
export class Environment {
  /** The trace of this run, or undefined when tracing is off. */
  readonly trace: Trace | undefined;
  private _now: number;
  private readonly _queue = new EventQueue<Event<any> | ScheduledCallback>();
  private _stopped = false;
  private _runs = 0;
  /** @internal */ _activeProcess: Process<any> | null = null;
  /** @internal What a starting process is resumed with: processed, ok, undefined. */
  readonly _start: Event<undefined>;

  constructor(options: EnvironmentOptions = {}) {
    const start = options.start ?? 0;
    if (!Number.isFinite(start)) throw new RangeError(`start must be a finite number of hours, got ${start}`);
    this._now = start;
    this.trace = options.trace === true ? new Trace(this) : undefined;
    this._start = new Event(this);
    this._start._state = PROCESSED;
  }

  /** Current simulated time, hours. */
  get now(): number {
    return this._now;
  }

  /** The process whose generator is running, or null between processes. */
  get activeProcess(): Process<any> | null {
    return this._activeProcess;
  }

  /** A new pending event, to be triggered with `succeed`/`fail`. */
  event<T = unknown>(): Event<T> {
    return new Event<T>(this);
  }

  /** An event succeeding with `value` after `delayHours`; a negative, NaN or infinite delay throws. */
  timeout<T = undefined>(delayHours: number, value?: T): Timeout<T> {
    return new Timeout(this, delayHours, value);
  }

  /**
   * Starts a process now from a generator function or, as in SimPy, a generator object (`env.process(car(env))`);
   * `name` defaults to the function's (for a generator object, found when the process fails: see `Process.name`).
   */
  process<R>(generator: ProcessGenerator<R> | (() => ProcessGenerator<R>), name?: string): Process<R> {
    return new Process(this, generator, name);
  }

  /** An event succeeding when any of `events` succeeds (see `AnyOf`). */
  anyOf(events: Iterable<Event<any>>): AnyOf {
    return new AnyOf(this, events);
  }

  /** An event succeeding when all of `events` have succeeded (see `AllOf`). */
  allOf(events: Iterable<Event<any>>): AllOf {
    return new AllOf(this, events);
  }

  /**
   * Calls `callback(env)` after `delayHours`, without an event object: the cheap path for hot loops.
   * It shares the queue and its (time, priority, insertion sequence) order with events, so a callback
   * and an event due at the same time with the same priority run in the order they were scheduled.
   * A negative, NaN or infinite delay, or a priority other than URGENT/NORMAL, throws a RangeError.
   */
  schedule(delayHours: number, callback: ScheduledCallback, priority: number = NORMAL): void {
    if (!(delayHours >= 0 && delayHours < Infinity)) {
      throw new RangeError(`delay must be a finite number of hours >= 0, got ${delayHours}`);
    }
    if (priority !== URGENT && priority !== NORMAL) {
      throw new RangeError(`priority must be URGENT (0) or NORMAL (1), got ${priority}`);
    }
    this._queue.push(this._now + delayHours, priority, callback);
  }

  /** Time of the next scheduled event, or Infinity if none. */
  peek(): number {
    return this._queue.size === 0 ? Infinity : this._queue.peekTime();
  }

  /**
   * Processes the next event (or callback). Throws if the queue is empty, and throws a
   * `SimulationError` if the event failed and nothing handled it.
   */
  step(): void {
    const queue = this._queue;
    if (queue.size === 0) throw new Error(`step() found no scheduled events at t=${formatHours(this._now)}h`);
    this._process(queue);
  }

  /** hot path: pops and processes the first item; `queue.size > 0` is the caller's check. */
  private _process(queue: EventQueue<Event<any> | ScheduledCallback>): void {
    this._now = queue.peekTime();
    const item = queue.pop();
    if (typeof item === 'function') {
      // try/catch costs nothing here until something throws; the wrap names the time and the callback.
      try {
        item(this);
      } catch (error) {
        throw this._callbackFailure(item, error);
      }
      return;
    }
    if (item._state === PENDING) {
      (item as Process<any>)._resume(this._start);
      return;
    }
    // hot path: fields read directly; the single-callback slot avoids an array for one waiter, and a
    // waiting process is itself the waiter (a method call, no closure per process).
    item._state = PROCESSED;
    const cb = item._cb;
    if (cb !== null) {
      item._cb = null;
      if (typeof cb === 'function') cb(item);
      else cb._resume(item);
    }
    const cbs = item._cbs;
    if (cbs !== null) {
      item._cbs = null;
      for (let i = 0; i < cbs.length; i++) {
        const waiter = cbs[i];
        if (typeof waiter === 'function') waiter(item);
        else waiter._resume(item);
      }
    }
    if (!item._ok && !item._defused) throw this._failure(item);
  }

  /**
   * Runs the simulation. With no `until`, until no events are left. With `until: T` (hours), processes
   * the events before T and, as SimPy does, the URGENT ones already scheduled for T, none of the NORMAL
   * ones at T, and leaves `now = T`; T must be later than `now` (RangeError otherwise). With `until:
   * event`, stops once that event has been processed and returns its value (throwing if it failed, or if
   * the queue empties first). With `maxEvents`, throws an `EventLimitError` rather than process more
   * events than that.
   */
  run(options: RunOptions = {}): unknown {
    const until = options.until;
    const maxEvents = options.maxEvents ?? Infinity;
    if (!(maxEvents === Infinity || (Number.isSafeInteger(maxEvents) && maxEvents >= 0))) {
      throw new RangeError(`maxEvents must be a non-negative integer, got ${maxEvents}`);
    }
    this._stopped = false;
    // A run that threw leaves its stop event (or callback) behind; the token keeps it from stopping a later run.
    const token = ++this._runs;
    const stop = (): void => {
      if (this._runs === token) this._stopped = true;
    };
    if (until instanceof Event) {
      if (until.env !== this) throw new TypeError(`until ${until} belongs to another environment`);
      if (until._state === PROCESSED) return this._outcome(until);
      until._addCallback(stop);
    } else if (until !== undefined && until !== Infinity) {
      if (!(until > this._now)) {
        throw new RangeError(`until(=${until}) must be > the current simulation time (${this._now})`);
      }
      // As SimPy does: the stop event is URGENT at T, so it runs after the URGENT events already
      // scheduled for T and before every NORMAL event (timeouts, triggered events) due at T.
      const at = new Event(this);
      at._state = TRIGGERED;
      at._cb = stop;
      this._queue.push(until, URGENT, at);
    }
    const queue = this._queue;
    let processed = 0;
    while (!this._stopped && queue.size > 0) {
      if (++processed > maxEvents) throw this._limitFailure(queue, maxEvents);
      this._process(queue);
    }
    if (until instanceof Event) {
      if (!this._stopped) throw new Error(`No scheduled events left but "until" event was not triggered: ${until}`);
      return this._outcome(until);
    }
    return undefined;
  }

  private _outcome(event: Event<any>): unknown {
    if (!event._ok) throw this._failure(event);
    return event._value;
  }

  /** `Environment(t=36h)`. */
  toString(): string {
    return `Environment(t=${formatHours(this._now)}h)`;
  }

  /** @internal Queues an already-triggered event `delayHours` from now (delay validated by callers). */
  _enqueue(event: Event<any>, priority: number, delayHours: number): void {
    this._queue.push(this._now + delayHours, priority, event);
  }

  /** The run has spent its `maxEvents`: names what was due next (dequeued, as the run ends here). */
  private _limitFailure(queue: EventQueue<Event<any> | ScheduledCallback>, limit: number): EventLimitError {
    const time = queue.peekTime();
    const item = queue.pop();
    const waiter = typeof item === 'function' ? undefined : item._cb;
    const subject =
      typeof item === 'function' ? `Callback(${item.name || 'anonymous'})` : waiter instanceof Process ? String(waiter) : String(item);
    return new EventLimitError(limit, time, subject);
  }

  private _callbackFailure(callback: ScheduledCallback, error: unknown): unknown {
    if (error instanceof SimulationError) return error;
    const subject = `Callback(${callback.name || 'anonymous'})`;
    const message = error instanceof Error ? error.message : String(error);
    return new SimulationError(`${subject} failed at t=${formatHours(this._now)}h: ${message}`, {
      cause: error,
      time: this._now,
      subject,
    });
  }

  private _failure(event: Event<any>): SimulationError {
    const error = event._value;
    const message = error instanceof Error ? error.message : String(error);
    const subject = String(event);
    return new SimulationError(`${subject} failed at t=${formatHours(this._now)}h: ${message}`, {
      cause: error,
      time: this._now,
      subject,
    });
  }
}
