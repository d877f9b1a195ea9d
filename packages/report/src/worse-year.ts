import type { MetricResult } from '@machi/scenarios';

/**
 * The value of a year as bad as once in `years` years, as the whole report writes it: the value at risk
 * of the return-period tables (the order statistic x(n−k), k = ⌊n/T⌋, never interpolated), so that a
 * "1-in-100 year" reads the same in every table, figure and sentence. Null when too few years were
 * simulated to say (fewer than ten times `years`) or when `years` is not one of the reported periods.
 *
 * @example
 * worseYear(result.variants[0].metrics.costYen, 100); // 2.85e8
 */
export function worseYear(metric: MetricResult, years: number): number | null {
  return metric.returnPeriods.find((r) => r.returnPeriodYears === years)?.valueAtRisk ?? null;
}
