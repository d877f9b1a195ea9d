import type { HazardEventKind } from '../vocabulary/incident-causes.ts';

/**
 * A hazard as it happened in one replication, before its effects: the same in every variant of the
 * replication (common random numbers), so comparisons are paired.
 */
export interface HazardEvent {
  atHours: number;
  kind: HazardEventKind;
  magnitude?: number;
  /** JMA instrumental intensity at each site, in site order of the scenario. */
  intensityBySite?: Record<string, number>;
  detail?: Record<string, string | number | boolean>;
}
