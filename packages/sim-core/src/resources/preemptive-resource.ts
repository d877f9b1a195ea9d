import { Preempted } from './preempted.ts';
import { compareKeys, PriorityResource } from './priority-resource.ts';
import { PREEMPTED, type Request } from './request.ts';

/**
 * A `PriorityResource` whose important requests can take a unit from a less important user — SimPy's
 * `PreemptiveResource`.
 *
 * Policy (preempt-resume), as SimPy's:
 * - Whenever the head of the queue is examined (when a request arrives, and when a release is
 *   processed) and every unit is busy, a head made with `preempt: true` (the default) is compared with
 *   the least important user: the one with the largest key (priority, request time, not preempt), the
 *   most recently granted among equal keys. If that user's key is strictly larger, it is evicted and
 *   the head granted in its place. So a request preempts only from the head of the queue, and two
 *   requests of equal priority made at the same time differ by their `preempt` flag.
 * - The evicted user's process gets an `Interrupt` whose `cause` is a `Preempted { by, usageSince, at,
 *   resource }` (URGENT, so before anything else at that time). Its request is no longer a user;
 *   releasing it does nothing. A request made outside any process, or by a process that has ended or is
 *   the one preempting, is evicted without notice (SimPy would raise).
 * - Nothing is resumed automatically: to resume, the process requests again with its remaining work
 *   `work - (at - usageSince)`. That is a new request, queued by its new key.
 *
 * @example
 * const staff = new PreemptiveResource(env, { name: 'it-staff' });
 * const req = staff.request({ priority: 0 }); // evicts a priority-1 user if no unit is free
 */
export class PreemptiveResource extends PriorityResource {
  override get _kind(): string {
    return 'PreemptiveResource';
  }

  /** @internal SimPy's `PreemptiveResource._do_put`: evict the least important user if the head may, then grant. */
  override _doPut(head: Request): void {
    const users = this.users;
    if (users.length >= this.capacity && head.preempt) {
      let victim = users[0];
      for (let i = 1; i < users.length; i++) if (compareKeys(users[i], victim) >= 0) victim = users[i];
      if (compareKeys(victim, head) > 0) this._evict(victim, head);
    }
    super._doPut(head);
  }

  private _evict(victim: Request, by: Request): void {
    const env = this.env;
    this.users.splice(this.users.indexOf(victim), 1);
    victim._status = PREEMPTED;
    this._touch();
    const cause = new Preempted(by.process ?? by, victim._usageSince, env.now, this);
    env.trace?.record('resource.preempt', this.name, { request: String(victim), by: String(cause.by) });
    const process = victim.process;
    if (process !== null && process.isAlive && process !== env.activeProcess) process.interrupt(cause);
  }
}
