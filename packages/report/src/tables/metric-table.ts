import type { MonteCarloResult, Scenario } from '@machi/scenarios';
import { formatMetric, metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { Table } from '../table.ts';
import { word } from '../words.ts';
import { estimateText } from '../format/estimate-text.ts';
import { localeOf } from '../locales/locale-of.ts';
import { worseYear } from '../worse-year.ts';

export interface TableOptions {
  readonly lang: Lang;
  /** For the names of variants and services. */
  readonly scenario?: Scenario;
}

/**
 * One metric per variant: expected annual value with its 95% interval (Monte Carlo noise only), the
 * median, the 1-in-10 and 1-in-100 years (the value at risk of the return-period tables, so the same
 * figures as there; "too few years" where the run cannot say), and the largest year simulated.
 *
 * @example
 * metricTable(result, 'costYen', { lang: 'ja' }).toMarkdown();
 */
export function metricTable(result: MonteCarloResult, metric: string, { lang, scenario }: TableOptions): Table {
  const f = (x: number, finer = 0) => formatMetric(metric, x, lang, finer);
  const worse = (x: number | null) => (x === null ? word('notAvailable', lang) : f(x));
  const rows = result.variants.map((v) => {
    const m = v.metrics[metric];
    if (!m) throw new RangeError(`metricTable: no metric ${metric} in variant ${v.id}`);
    return [variantLabel(v.id, lang, scenario), estimateText(m.mean, m.ciLow, m.ciHigh, f, lang, { cell: true }), f(m.p50), worse(worseYear(m, 10)), worse(worseYear(m, 100)), f(m.max)];
  });
  return new Table({
    id: `metric-${metric}`,
    title: metricLabel(metric, lang, scenario),
    columns: [
      { key: 'variant', label: word('variant', lang) },
      { key: 'mean', label: word('mean', lang), align: 'right' },
      { key: 'p50', label: word('median', lang), align: 'right' },
      { key: 'oneIn10', label: word('p90', lang), align: 'right' },
      { key: 'oneIn100', label: word('p99', lang), align: 'right' },
      { key: 'max', label: word('max', lang), align: 'right' },
    ],
    rows,
    data: result.variants.map((v) => {
      const m = v.metrics[metric]!;
      return { variant: v.id, mean: m.mean, ciLow: m.ciLow, ciHigh: m.ciHigh, p50: m.p50, oneIn10: worseYear(m, 10), oneIn100: worseYear(m, 100), max: m.max };
    }),
    note: localeOf(lang).tables.metricNote,
  });
}
