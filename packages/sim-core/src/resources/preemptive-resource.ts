import { Preempted } from './preempted.ts';
import { checkPriority, PriorityResource } from './priority-resource.ts';
import { PREEMPTED, Request } from './request.ts';

/**
 * A `PriorityResource` whose important requests can take a unit from a less important user.
 *
 * Policy (preempt-resume):
 * - A request made with `preempt: true` (the default) that finds every unit busy and no waiting request
 *   at least as important as itself looks at the least important user: the one with the largest
 *   priority number; among those, the most recently granted; then the most recent request. If that user
 *   is strictly less important (larger number), it is evicted at once and the new request is granted in
 *   its place. Equal priorities never preempt.
 * - The evicted user's process gets an `Interrupt` whose `cause` is a `Preempted { by, usageSince, at,
 *   resource }` (URGENT, so before anything else at that time). Its request is no longer a user;
 *   releasing it does nothing. A request made outside any process is evicted without notice.
 * - Nothing is resumed automatically: to resume, the process requests again with its remaining work
 *   `work - (at - usageSince)`. That is a new request: it queues by priority and, among equals, behind
 *   those already waiting (it does not keep its former place).
 *
 * @example
 * const staff = new PreemptiveResource(env, { name: 'it-staff' });
 * const req = staff.request({ priority: 0 }); // evicts a priority-1 user if no unit is free
 */
export class PreemptiveResource extends PriorityResource {
  /** Requests one unit; see the class comment for when `preempt` (default true) evicts a user. */
  override request(options: { readonly priority?: number; readonly preempt?: boolean } = {}): Request {
    const priority = checkPriority(options.priority ?? 0);
    const request = new Request(this, priority, options.preempt ?? true, this._order++);
    const users = this.users;
    const queue = this.queue;
    if (request.preempt && users.length >= this.capacity && (queue.length === 0 || queue[0].priority > priority)) {
      let victim = users[0];
      for (let i = 1; i < users.length; i++) {
        const u = users[i];
        if (
          u.priority > victim.priority ||
          (u.priority === victim.priority &&
            (u._usageSince > victim._usageSince || (u._usageSince === victim._usageSince && u._order > victim._order)))
        ) {
          victim = u;
        }
      }
      if (victim.priority > priority) this._evict(victim, request);
    }
    return this._request(request);
  }

  override get _kind(): string {
    return 'PreemptiveResource';
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
