export { MAX_EVENTS_PER_YEAR, simulate } from './simulate.ts';
export type { SimulateOptions, SimulationResult, TraceEntry } from './simulate.ts';
export type { IncidentOutcome } from './outcome.ts';
export type { HazardEvent } from './hazard-event.ts';
export { metricNames, criticalServices } from './metric-names.ts';
export { runningCostYen } from './running-cost.ts';
export { TOTAL_LOSS_DATA_HOURS, newestCopyAt } from './processes/recovery.ts';
export { EVACUATION_WINDOW_HOURS } from './processes/disaster.ts';
export { HOURS_PER_YEAR } from './year-metrics.ts';
