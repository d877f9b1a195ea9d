import type { Reason } from '../vocabulary/reasons.ts';
import type { Incident } from './incident.ts';

export type { Reason };

/** One reason something is down, owned by the incident that caused it. */
export interface Cause {
  readonly incident: Incident;
  readonly reason: Reason;
}

/** Removes one cause (by identity) from a list; lists stay in insertion order, so results are deterministic. */
export function removeCause(list: Cause[], cause: Cause): void {
  const i = list.indexOf(cause);
  if (i >= 0) list.splice(i, 1);
}
