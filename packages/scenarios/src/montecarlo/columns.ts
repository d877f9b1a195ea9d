import { criticalServices, metricNames } from '../model/index.ts';
import type { IncidentOutcome } from '../model/index.ts';
import type { ResolvedScenario } from '../schema/index.ts';

/**
 * Metrics that get exceedance curves: the annual total (AEP) from the metric's own column, the largest
 * single incident of the year (OEP) from a `largest.<metric>` column. `costYen`'s OEP is the largest
 * incident cost (running costs belong to no incident).
 */
export const EXCEEDANCE_METRICS = [
  'costYen',
  'incidentCostYen',
  'downtimeHours',
  'residentHoursWithoutService',
  'personsAffected',
  'dataLostHours',
] as const;

type IncidentMeasure = (outcome: IncidentOutcome, critical: ReadonlySet<string>) => number;

/**
 * What one incident contributes to each `largest.*` column. An incident counts in the year it started
 * (annual totals split outages at year ends; the largest-incident columns do not).
 */
const LARGEST: Readonly<Record<string, IncidentMeasure>> = {
  incidentCostYen: (o) => o.costYen,
  downtimeHours: (o, critical) => o.services.reduce((sum, s) => (critical.has(s.service) ? sum + s.downHours : sum), 0),
  residentHoursWithoutService: (o) => o.residentHoursWithoutService,
  personsAffected: (o) => o.personsAffected,
  dataLostHours: (o) => o.dataLostHours,
};

export const largestColumn = (metric: string): string => `largest.${metric === 'costYen' ? 'incidentCostYen' : metric}`;

/** Table columns of one scenario: `metricNames` then the `largest.*` columns, in a fixed order. */
export function tableColumns(scenario: Pick<ResolvedScenario, 'services' | 'systems'>): string[] {
  return [...metricNames(scenario), ...Object.keys(LARGEST).map((m) => `largest.${m}`)];
}

/** Columns of yen amounts: kept in Float64 so that every yen of a year's total survives. */
export const isYenColumn = (column: string): boolean => column.endsWith('Yen');

/**
 * Adds each outcome to the `largest.*` cells of its year: `rows[column][rowOffset + year]` becomes the
 * largest value of any one incident that started in that year.
 */
export function recordLargest(
  columns: Record<string, Float64Array>,
  rowOffset: number,
  outcomes: readonly IncidentOutcome[],
  scenario: Pick<ResolvedScenario, 'services' | 'systems'>,
  years: number,
): void {
  const critical = criticalSet(scenario);
  for (const outcome of outcomes) {
    if (outcome.year >= years) continue;
    for (const [metric, measure] of Object.entries(LARGEST)) {
      const column = columns[`largest.${metric}`]!;
      const value = measure(outcome, critical);
      if (value > column[rowOffset + outcome.year]!) column[rowOffset + outcome.year] = value;
    }
  }
}

const criticalCache = new WeakMap<object, ReadonlySet<string>>();
function criticalSet(scenario: Pick<ResolvedScenario, 'services' | 'systems'>): ReadonlySet<string> {
  let set = criticalCache.get(scenario);
  if (!set) criticalCache.set(scenario, (set = new Set(criticalServices(scenario).map((s) => s.id))));
  return set;
}
