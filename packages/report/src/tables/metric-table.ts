import type { MonteCarloResult, Scenario } from '@machi/scenarios';
import { formatMetric, metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { Table } from '../table.ts';
import { word } from '../words.ts';
import { estimateText, NOT_NEGATIVE } from '../format/estimate-text.ts';
import { localeOf } from '../locales/locale-of.ts';
import { worseYear } from '../worse-year.ts';

export interface TableOptions {
  readonly lang: Lang;
  /** For the names of variants and services. */
  readonly scenario?: Scenario;
}

/**
 * One metric, one column per variant (as the decision and return-period tables, so an option's long
 * label heads its column once): the expected annual value with its 95% interval (Monte Carlo noise
 * only), the median, the 1-in-10 and 1-in-100 years (the value at risk of the return-period tables, so
 * the same figures as there; "too few years" where the run cannot say), and the largest year simulated.
 *
 * @example
 * metricTable(result, 'costYen', { lang: 'ja' }).toMarkdown();
 */
export function metricTable(result: MonteCarloResult, metric: string, { lang, scenario }: TableOptions): Table {
  const f = (x: number, finer = 0) => formatMetric(metric, x, lang, finer);
  const worse = (x: number | null) => (x === null ? word('notAvailable', lang) : f(x));
  const stats = result.variants.map((v) => {
    const m = v.metrics[metric];
    if (!m) throw new RangeError(`metricTable: no metric ${metric} in variant ${v.id}`);
    return { variant: v.id, mean: m.mean, ciLow: m.ciLow, ciHigh: m.ciHigh, p50: m.p50, oneIn10: worseYear(m, 10), oneIn100: worseYear(m, 100), max: m.max };
  });
  const rows: [string, (s: (typeof stats)[number]) => string][] = [
    [word('mean', lang), (s) => estimateText(s.mean, s.ciLow, s.ciHigh, f, lang, { cell: true, within: NOT_NEGATIVE })],
    [word('median', lang), (s) => f(s.p50)],
    [word('p90', lang), (s) => worse(s.oneIn10)],
    [word('p99', lang), (s) => worse(s.oneIn100)],
    [word('max', lang), (s) => f(s.max)],
  ];
  return new Table({
    id: `metric-${metric}`,
    title: metricLabel(metric, lang, scenario),
    columns: [
      { key: 'statistic', label: word('statistic', lang) },
      ...result.variants.map((v) => ({ key: v.id, label: variantLabel(v.id, lang, scenario), align: 'right' as const })),
    ],
    rows: rows.map(([label, cell]) => [label, ...stats.map(cell)]),
    data: stats,
    note: localeOf(lang).tables.metricNote,
  });
}
