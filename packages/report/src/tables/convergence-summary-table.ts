import type { MonteCarloResult } from '@machi/scenarios';
import { formatPercent } from '../format/percent.ts';
import { columnOf, formatMetric, metricLabel, variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { word } from '../words.ts';
import type { TableOptions } from './metric-table.ts';

/**
 * The stopping rule's view of every headline estimate: its value, its 95% half-width, the half-width
 * wanted, and whether it met the target.
 */
export function convergenceSummaryTable(result: MonteCarloResult, { lang, scenario }: TableOptions): Table {
  const t = localeOf(lang).tables;
  const rows = result.headline.map((h) => {
    // An action's estimate is its annual probability, not a count.
    const f = columnOf(h.estimate)?.kind === 'action' ? formatPercent : (x: number) => formatMetric(h.estimate, x, lang);
    const name = metricLabel(h.estimate, lang, scenario);
    return [variantLabel(h.variant, lang, scenario), name, f(h.value), h.halfWidth === null ? '–' : `± ${f(h.halfWidth)}`, `± ${f(h.target)}`, h.met ? t.met : t.notMet];
  });
  return new Table({
    id: 'convergence',
    title: t.convergenceTitle,
    columns: [
      { key: 'variant', label: word('variant', lang) },
      { key: 'estimate', label: word('metric', lang) },
      { key: 'value', label: t.estimate, align: 'right' },
      { key: 'halfWidth', label: t.halfWidth, align: 'right' },
      { key: 'target', label: t.target, align: 'right' },
      { key: 'met', label: t.verdict },
    ],
    rows,
    data: result.headline,
  });
}
