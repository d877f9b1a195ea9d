import { ACTIONS, DATA_CLASSES } from '../policy/index.ts';
import type { ResolvedScenario } from '../schema/index.ts';

/**
 * The per-year metric columns of one scenario, in a fixed order: the headline metrics, then one column
 * per critical service, data class and response action. Monte Carlo tables use exactly these names.
 */
export function metricNames(scenario: Pick<ResolvedScenario, 'services' | 'systems'>): string[] {
  return [
    'downtimeHours',
    ...criticalServices(scenario).map((s) => `downtimeHours.${s.id}`),
    'residentHoursWithoutService',
    'residentsWithoutService',
    'personsAffected',
    ...DATA_CLASSES.map((c) => `personsAffected.${c}`),
    'dataLostHours',
    'runningCostYen',
    'incidentCostYen',
    'costYen',
    'incidents',
    ...ACTIONS.map((a) => `action.${a}`),
    'evacuationListUnreachableHours',
    'evacuationSupportResidentsUncovered',
  ];
}

/** Services that depend on at least one critical system. */
export function criticalServices<S extends { id: string; dependsOn: readonly string[] }>(scenario: {
  services: readonly S[];
  systems: readonly { id: string; critical: boolean }[];
}): S[] {
  const critical = new Set(scenario.systems.filter((s) => s.critical).map((s) => s.id));
  return scenario.services.filter((s) => s.dependsOn.some((d) => critical.has(d)));
}
