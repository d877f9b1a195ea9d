import type { Incident } from './incident.ts';

/** Why a system, site, route or office is unavailable: shown in outcome records and virtual cases. */
export type Reason =
  | 'site-destroyed'
  | 'site-flooded'
  | 'power'
  | 'evacuated'
  | 'facility'
  | 'zone-outage'
  | 'region-outage'
  | 'hardware'
  | 'encrypted'
  | 'isolated'
  | 'restoring'
  | 'line-cut'
  | 'office-unusable'
  | 'lgwan-outage'
  | 'cutover';

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
