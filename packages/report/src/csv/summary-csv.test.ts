import { describe, expect, it } from 'vitest';
import { summaryCSV } from './summary-csv.ts';
import { csvRows, testStudy } from './test-study.ts';

describe('summaryCSV', () => {
  it('has one row per option: each metric’s mean, interval, standard deviation and 1-in-100 figures, then action probabilities', async () => {
    const { scenario, result } = await testStudy();
    const [heading, ...rows] = csvRows([...summaryCSV(result, { lang: 'en', scenario })].join(''));
    expect(rows.map((r) => r[1])).toEqual(['onprem', 'cloud']);
    expect(rows.every((r) => r.length === heading!.length)).toBe(true);
    const col = (name: string) => heading!.findIndex((h) => h.endsWith(`[${name}]`));
    const onprem = result.variants[0]!;
    expect(Number(rows[0]![col('costYen.mean')])).toBe(Math.round(onprem.metrics.costYen!.mean));
    expect(Number(rows[0]![col('costYen.var100')])).toBe(Math.round(onprem.metrics.costYen!.returnPeriods.find((r) => r.returnPeriodYears === 100)!.valueAtRisk!));
    expect(Number(rows[0]![col('action.notifyIndividuals.probability')])).toBeCloseTo(onprem.actions.notifyIndividuals!.annualProbability, 6);
    // The standard deviation over the 1,100 pooled years, computed here the textbook way.
    const years = [...result.tables[0]!.columns.incidentCostYen!];
    const mean = years.reduce((s, v) => s + v, 0) / years.length;
    const sd = Math.sqrt(years.reduce((s, v) => s + (v - mean) * (v - mean), 0) / (years.length - 1));
    expect(Number(rows[0]![col('incidentCostYen.sd')])).toBe(Math.round(sd));
    expect(heading![col('costYen.mean')]).toMatch(/: annual mean \[costYen\.mean\]$/);
  });
});
