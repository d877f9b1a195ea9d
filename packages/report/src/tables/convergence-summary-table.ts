import type { MonteCarloResult } from '@machi/scenarios';
import { formatPercent } from '../format/percent.ts';
import { columnOf, formatMetric, metricLabel, variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { word } from '../words.ts';
import type { TableOptions } from './metric-table.ts';

/**
 * The stopping rule's view of every headline estimate, one row per estimate and one column per option
 * (as the decision table): its value and 95% half-width, then the half-width wanted and whether it met
 * the target. An option's labels are long, so they head the columns once rather than begin every row.
 */
export function convergenceSummaryTable(result: MonteCarloResult, { lang, scenario }: TableOptions): Table {
  const t = localeOf(lang).tables;
  const variants = [...new Set(result.headline.map((h) => h.variant))];
  const estimates = [...new Set(result.headline.map((h) => h.estimate))];
  const cell = (variant: string, estimate: string) => {
    const h = result.headline.find((x) => x.variant === variant && x.estimate === estimate);
    if (!h) return '–';
    // An action's estimate is its annual probability, not a count.
    const f = columnOf(h.estimate)?.kind === 'action' ? formatPercent : (x: number) => formatMetric(h.estimate, x, lang);
    return `${f(h.value)}${h.halfWidth === null ? '' : ` ± ${f(h.halfWidth)}`}\n${t.convergenceTarget(f(h.target), h.met ? t.met : t.notMet)}`;
  };
  return new Table({
    id: 'convergence',
    title: t.convergenceTitle,
    columns: [
      { key: 'estimate', label: word('metric', lang) },
      ...variants.map((v) => ({ key: v, label: variantLabel(v, lang, scenario), align: 'right' as const })),
    ],
    rows: estimates.map((e) => [metricLabel(e, lang, scenario), ...variants.map((v) => cell(v, e))]),
    data: result.headline,
    note: t.convergenceNote,
  });
}
