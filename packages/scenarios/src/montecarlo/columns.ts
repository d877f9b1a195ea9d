import { criticalServices, metricNames } from '../model/index.ts';
import type { IncidentOutcome } from '../model/index.ts';
import type { ResolvedScenario } from '../schema/index.ts';
import { columnName, columnTraits, LARGEST_METRICS, metricColumn, METRICS, type ExceedanceMetric, type LargestMetric, type MetricStorage } from '../vocabulary/metrics.ts';

type IncidentMeasure = (outcome: IncidentOutcome, critical: ReadonlySet<string>) => number;

/**
 * What one incident contributes to each `largest.*` column. An incident counts in the year it started
 * (annual totals split outages at year ends; the largest-incident columns do not).
 */
const LARGEST: { readonly [M in LargestMetric]: IncidentMeasure } = {
  incidentCostYen: (o) => o.costYen,
  downtimeHours: (o, critical) => o.services.reduce((sum, s) => (critical.has(s.service) ? sum + s.downHours : sum), 0),
  residentHoursWithoutService: (o) => o.residentHoursWithoutService,
  personsAffected: (o) => o.personsAffected,
  dataLostHours: (o) => o.dataLostHours,
};

const LARGEST_COLUMNS = LARGEST_METRICS.map((metric) => [columnName({ kind: 'largest', metric }), LARGEST[metric]] as const);

/** The `largest.*` column an exceedance metric's single-incident curve (OEP) reads. */
export const largestColumn = (metric: ExceedanceMetric): string => columnName({ kind: 'largest', metric: METRICS[metric].exceedance.largestOf });

/** Table columns of one scenario: `metricNames` then the `largest.*` columns, in a fixed order. */
export function tableColumns(scenario: Pick<ResolvedScenario, 'services' | 'systems'>): string[] {
  return [...metricNames(scenario), ...LARGEST_COLUMNS.map(([name]) => name)];
}

/** How a table keeps a column (yen in Float64 so that every yen of a year's total survives). */
export const columnStorage = (column: string): MetricStorage => columnTraits(metricColumn(column)).storage;

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
    for (const [name, measure] of LARGEST_COLUMNS) {
      const column = columns[name]!;
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
