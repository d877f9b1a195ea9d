import type { MonteCarloResult, Scenario } from '@machi/scenarios';
import { formatMetric, metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { Table } from '../table.ts';
import { word } from '../words.ts';
import { intervalText } from './interval-text.ts';

export interface TableOptions {
  readonly lang: Lang;
  /** For the names of variants and services. */
  readonly scenario?: Scenario;
}

/**
 * One metric per variant: expected annual value with its 95% interval (Monte Carlo noise only), the
 * median, 1-in-10 and 1-in-100 years, and the largest year simulated.
 *
 * @example
 * metricTable(result, 'costYen', { lang: 'ja' }).toMarkdown();
 */
export function metricTable(result: MonteCarloResult, metric: string, { lang, scenario }: TableOptions): Table {
  const f = (x: number) => formatMetric(metric, x, lang);
  const rows = result.variants.map((v) => {
    const m = v.metrics[metric];
    if (!m) throw new RangeError(`metricTable: no metric ${metric} in variant ${v.id}`);
    return [variantLabel(v.id, lang, scenario), f(m.mean), intervalText(m.ciLow, m.ciHigh, f, lang), f(m.p50), f(m.p90), f(m.p99), f(m.max)];
  });
  return new Table({
    id: `metric-${metric}`,
    title: metricLabel(metric, lang, scenario),
    columns: [
      { key: 'variant', label: word('variant', lang) },
      { key: 'mean', label: word('mean', lang), align: 'right' },
      { key: 'interval', label: word('interval95', lang), align: 'right' },
      { key: 'p50', label: word('median', lang), align: 'right' },
      { key: 'p90', label: word('p90', lang), align: 'right' },
      { key: 'p99', label: word('p99', lang), align: 'right' },
      { key: 'max', label: word('max', lang), align: 'right' },
    ],
    rows,
    data: result.variants.map((v) => {
      const { mean, ciLow, ciHigh, p50, p90, p99, max } = v.metrics[metric]!;
      return { variant: v.id, mean, ciLow, ciHigh, p50, p90, p99, max };
    }),
  });
}
