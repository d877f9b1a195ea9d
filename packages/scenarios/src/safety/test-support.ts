import type { VariantTable } from '../montecarlo/table.ts';
import { SAFETY_METRICS, type SafetyMetric } from '../schema/index.ts';

/**
 * A variant table of the safety metrics for tests: `cells(metric, replication, year)` gives each value
 * (metrics left out of `cells` are 0).
 */
export function safetyTable(
  variant: string,
  replications: number,
  years: number,
  cells: (metric: SafetyMetric, replication: number, year: number) => number = () => 0,
): VariantTable {
  const columns: Record<string, Float64Array> = {};
  for (const metric of SAFETY_METRICS) {
    const column = new Float64Array(replications * years);
    for (let r = 0; r < replications; r++) for (let y = 0; y < years; y++) column[r * years + y] = cells(metric, r, y);
    columns[metric] = column;
  }
  return { variant, years, replications, names: [...SAFETY_METRICS], columns };
}

/** Weight 1 and scale 1 on every metric, with these changes. */
export const evenSettings = (weights: Partial<Record<SafetyMetric, number>> = {}, scales: Partial<Record<SafetyMetric, number>> = {}) => ({
  weights: { ...Object.fromEntries(SAFETY_METRICS.map((m) => [m, 1])), ...weights } as Record<SafetyMetric, number>,
  scales: { ...Object.fromEntries(SAFETY_METRICS.map((m) => [m, 1])), ...scales } as Record<SafetyMetric, number>,
});
