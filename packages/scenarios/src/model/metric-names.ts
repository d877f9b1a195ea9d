import { ACTIONS, DATA_CLASSES } from '../policy/index.ts';
import type { ResolvedScenario } from '../schema/index.ts';
import { columnName, METRICS, type Metric, type MetricColumn, type MetricTraits } from '../vocabulary/metrics.ts';

type Layout = Pick<ResolvedScenario, 'services' | 'systems'>;

/**
 * The per-year metric columns of one scenario, in a fixed order (the layout of `years` records, of
 * Monte Carlo tables and of `replications.csv`): the headline metrics, each followed by its breakdown
 * per critical service or data class, then the costs, the incident count, one column per response
 * action, the evacuation-support metrics and the planned downtime.
 */
export function metricColumns(scenario: Layout): MetricColumn[] {
  const withBreakdown = (metric: Metric): MetricColumn[] => {
    const traits: MetricTraits = METRICS[metric];
    const own: MetricColumn = { kind: 'metric', metric };
    if (traits.breakdown === 'criticalService') return [own, ...criticalServices(scenario).map((s): MetricColumn => ({ kind: 'service', metric, service: s.id }))];
    if (traits.breakdown === 'dataClass') return [own, ...DATA_CLASSES.map((dataClass): MetricColumn => ({ kind: 'dataClass', metric, dataClass }))];
    return [own];
  };
  return [
    ...withBreakdown('downtimeHours'),
    ...withBreakdown('residentHoursWithoutService'),
    ...withBreakdown('residentsWithoutService'),
    ...withBreakdown('personsAffected'),
    ...withBreakdown('dataLostHours'),
    ...withBreakdown('systemsLost'),
    ...withBreakdown('residentsWithRecordsLost'),
    ...withBreakdown('runningCostYen'),
    ...withBreakdown('incidentCostYen'),
    ...withBreakdown('costYen'),
    ...withBreakdown('incidents'),
    ...ACTIONS.map((action): MetricColumn => ({ kind: 'action', action })),
    ...withBreakdown('evacuationListUnreachableHours'),
    ...withBreakdown('evacuationSupportResidentsUncovered'),
    ...withBreakdown('plannedDowntimeHours'),
  ];
}

/** The names of `metricColumns(scenario)`: the keys of every `years` record. */
export function metricNames(scenario: Layout): string[] {
  return metricColumns(scenario).map(columnName);
}

/** Services that depend on at least one critical system. */
export function criticalServices<S extends { id: string; dependsOn: readonly string[] }>(scenario: {
  services: readonly S[];
  systems: readonly { id: string; critical: boolean }[];
}): S[] {
  const critical = new Set(scenario.systems.filter((s) => s.critical).map((s) => s.id));
  return scenario.services.filter((s) => s.dependsOn.some((d) => critical.has(d)));
}
