import { Interrupt, type Environment, type ProcessGenerator } from '../engine/index.ts';
import { Preempted } from './preempted.ts';
import type { PriorityResource } from './priority-resource.ts';
import type { Request } from './request.ts';
import type { Resource } from './resource.ts';

/** The event log the resource tests assert: (time, who, what). */
export type Log = [number, string, string][];

/**
 * Starts a process `name` that arrives at `arriveAt`, takes a unit of `resource` (with `priority` on a
 * PriorityResource), logs `got`, holds it `hours`, releases it and logs `released`.
 */
export function holder(env: Environment, resource: Resource, log: Log, name: string, arriveAt: number, hours: number, priority?: number): void {
  env.process(function* (): ProcessGenerator {
    yield env.timeout(arriveAt);
    const req: Request = yield priority === undefined ? resource.request() : (resource as PriorityResource).request({ priority });
    log.push([env.now, name, 'got']);
    yield env.timeout(hours);
    resource.release(req);
    log.push([env.now, name, 'released']);
  }, name);
}

/**
 * Starts a job `name` needing `workHours` of `resource` at `priority`, which, when preempted, logs who
 * preempted it and after how long, and requests again for what is left (preempt-resume).
 */
export function job(env: Environment, resource: PriorityResource, log: Log, name: string, arriveAt: number, priority: number, workHours: number): void {
  env.process(function* (): ProcessGenerator {
    yield env.timeout(arriveAt);
    let remaining = workHours;
    while (remaining > 0) {
      const req: Request = yield resource.request({ priority });
      log.push([env.now, name, remaining === workHours ? 'start' : `resume, ${remaining}h left`]);
      try {
        yield env.timeout(remaining);
        resource.release(req);
        remaining = 0;
      } catch (e) {
        if (!(e instanceof Interrupt && e.cause instanceof Preempted)) throw e;
        remaining -= e.cause.usedHours;
        log.push([env.now, name, `preempted by ${e.cause.by} after ${e.cause.usedHours}h`]);
      }
    }
    log.push([env.now, name, 'done']);
  }, name);
}
