import type { MonteCarloResult } from '@machi/scenarios';
import { formatMetric, metricLabel, variantLabel } from '../labels.ts';
import { formatReturnPeriod } from '../format/return-period.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { word } from '../words.ts';
import type { TableOptions } from './metric-table.ts';

/**
 * A metric at each return period per variant: the value of a year as bad as once in T years (VaR) and
 * the mean of the years worse than it (TVaR). Periods beyond a tenth of the simulated years read "too
 * few years": nothing is extrapolated.
 *
 * @example
 * returnPeriodTable(result, 'costYen', { lang: 'ja' });
 */
export function returnPeriodTable(result: MonteCarloResult, metric: string, { lang, scenario }: TableOptions): Table {
  const periods = result.variants[0]?.metrics[metric]?.returnPeriods.map((r) => r.returnPeriodYears) ?? [];
  const f = (x: number) => formatMetric(metric, x, lang);
  const rows = periods.map((years, i) => [
    formatReturnPeriod(years, lang),
    ...result.variants.map((v) => {
      const r = v.metrics[metric]!.returnPeriods[i]!;
      return r.valueAtRisk === null || r.tailValueAtRisk === null ? word('notAvailable', lang) : `${f(r.valueAtRisk)}\n(${f(r.tailValueAtRisk)})`;
    }),
  ]);
  return new Table({
    id: `return-periods-${metric}`,
    title: localeOf(lang).tables.returnPeriodTitle(metricLabel(metric, lang, scenario)),
    columns: [{ key: 'period', label: word('returnPeriod', lang) }, ...result.variants.map((v) => ({ key: v.id, label: variantLabel(v.id, lang, scenario), align: 'right' as const }))],
    rows,
    data: result.variants.map((v) => ({ variant: v.id, returnPeriods: v.metrics[metric]!.returnPeriods })),
    note: localeOf(lang).tables.returnPeriodNote(word('valueAtRisk', lang), word('tailValueAtRisk', lang)),
  });
}
