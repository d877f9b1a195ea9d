import { formatHours, type Process } from '../engine/index.ts';
import type { Request } from './request.ts';
import type { Resource } from './resource.ts';

/**
 * The `cause` of the `Interrupt` a preempted user receives: who took its unit, since when it had held
 * it and when it lost it, so it can resume with `remaining = work - (at - usageSince)`.
 *
 * @example
 * catch (e) { if (e instanceof Interrupt && e.cause instanceof Preempted) remaining -= e.cause.usedHours; }
 */
export class Preempted {
  /** The preempting process, or its request if it was made outside any process. */
  readonly by: Process<any> | Request;
  /** When the preempted request had been granted, hours. */
  readonly usageSince: number;
  /** When it was preempted, hours. */
  readonly at: number;
  readonly resource: Resource;

  constructor(by: Process<any> | Request, usageSince: number, at: number, resource: Resource) {
    this.by = by;
    this.usageSince = usageSince;
    this.at = at;
    this.resource = resource;
  }

  /** Hours of use before preemption: `at - usageSince`. */
  get usedHours(): number {
    return this.at - this.usageSince;
  }

  /** `Preempted(by Process(b) at t=5h after 5h of use)`. */
  toString(): string {
    return `Preempted(by ${this.by} at t=${formatHours(this.at)}h after ${formatHours(this.usedHours)}h of use)`;
  }
}
