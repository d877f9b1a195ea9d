import type { MonteCarloResult } from '@machi/scenarios';
import { formatPercent } from '../format/percent.ts';
import { actionLabel, formatMetric, metricLabel, variantLabel } from '../labels.ts';
import { Table } from '../table.ts';
import { word } from '../words.ts';
import type { TableOptions } from './metric-table.ts';

/**
 * The stopping rule's view of every headline estimate: its value, its 95% half-width, the half-width
 * wanted, and whether it met the target.
 */
export function convergenceSummaryTable(result: MonteCarloResult, { lang, scenario }: TableOptions): Table {
  const rows = result.headline.map((h) => {
    const isAction = h.estimate.startsWith('action.');
    const f = isAction ? formatPercent : (x: number) => formatMetric(h.estimate, x, lang);
    const name = isAction ? actionLabel(h.estimate.slice(7), lang) : metricLabel(h.estimate, lang, scenario);
    return [variantLabel(h.variant, lang, scenario), name, f(h.value), h.halfWidth === null ? '–' : `± ${f(h.halfWidth)}`, `± ${f(h.target)}`, h.met ? (lang === 'ja' ? '達成' : 'met') : lang === 'ja' ? '未達' : 'not met'];
  });
  return new Table({
    id: 'convergence',
    title: lang === 'ja' ? '推定の精度(停止規則)' : 'Precision of the estimates (stopping rule)',
    columns: [
      { key: 'variant', label: word('variant', lang) },
      { key: 'estimate', label: word('metric', lang) },
      { key: 'value', label: lang === 'ja' ? '推定値' : 'estimate', align: 'right' },
      { key: 'halfWidth', label: lang === 'ja' ? '95%半幅' : '95% half-width', align: 'right' },
      { key: 'target', label: lang === 'ja' ? '目標' : 'target', align: 'right' },
      { key: 'met', label: lang === 'ja' ? '判定' : 'verdict' },
    ],
    rows,
    data: result.headline,
  });
}
