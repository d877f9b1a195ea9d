/**
 * The error thrown into a process by `process.interrupt(cause)`. The process may catch it and carry on;
 * the event it was waiting for no longer resumes it. `cause` says why (for preemption, a `Preempted`).
 *
 * @example
 * try { yield env.timeout(8); } catch (e) { if (e instanceof Interrupt) log.push(e.cause); else throw e; }
 */
export class Interrupt extends Error {
  declare readonly cause: unknown;

  constructor(cause?: unknown) {
    super(`Interrupt(${String(cause)})`, { cause });
    this.name = 'Interrupt';
  }
}
