import { Environment, Interrupt, type ProcessGenerator } from '../engine/index.ts';
import { Preempted } from './preempted.ts';
import { PriorityResource, type PriorityRequestOptions } from './priority-resource.ts';
import type { Request } from './request.ts';
import type { Resource } from './resource.ts';

/** The event log the resource tests assert: (time, who, what). */
export type Log = [number, string, string][];

/**
 * Runs `model` in `env` (a fresh environment unless given one, to inspect it afterwards) until no events
 * are left, or until `until`, and returns its log.
 */
export function logOf(model: (env: Environment, log: Log) => void, until?: number, env = new Environment()): Log {
  const log: Log = [];
  model(env, log);
  env.run(until === undefined ? {} : { until });
  return log;
}

/**
 * A user that arrives at `arrive`, takes a unit of `resource` (with `request`'s priority on a priority
 * resource), logs `got`, holds it `hours` and logs `done`, or logs its preemption. Leaving the `using`
 * block gives the unit back, as SimPy's `with` does (edges.py has the same `user`).
 */
export function* user(env: Environment, log: Log, resource: Resource, name: string, arrive: number, hours: number, request: PriorityRequestOptions = {}): ProcessGenerator {
  yield env.timeout(arrive);
  using req = resource instanceof PriorityResource ? resource.request(request) : resource.request();
  try {
    yield req;
    log.push([env.now, name, 'got']);
    yield env.timeout(hours);
    log.push([env.now, name, 'done']);
  } catch (e) {
    if (!(e instanceof Interrupt && e.cause instanceof Preempted)) throw e;
    log.push([env.now, name, `preempted, had the unit since ${e.cause.usageSince}`]);
  }
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
