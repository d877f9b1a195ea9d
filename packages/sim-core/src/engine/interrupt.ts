/**
 * The error thrown into a process by `process.interrupt(cause)` — SimPy's `Interrupt`. The process may
 * catch it and carry on; the event it was waiting for no longer resumes it. `cause` says why, typed by
 * whoever interrupts (for preemption, a `Preempted`); narrow it where it is caught.
 *
 * @example
 * try { yield env.timeout(8); } catch (e) { if (!(e instanceof Interrupt)) throw e; if (e.cause instanceof Preempted) log.push(e.cause.by); }
 */
export class Interrupt<Cause = unknown> extends Error {
  declare readonly cause: Cause;

  constructor(cause: Cause) {
    super(`Interrupt(${String(cause)})`, { cause });
    this.name = 'Interrupt';
  }
}
