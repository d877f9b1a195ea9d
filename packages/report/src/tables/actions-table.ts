import { ACTIONS, type MonteCarloResult } from '@machi/scenarios';
import { formatPercent } from '../format/percent.ts';
import { formatNumber } from '../format/quantity.ts';
import { formatReturnPeriod } from '../format/return-period.ts';
import { actionLabel, variantLabel } from '../labels.ts';
import { Table } from '../table.ts';
import type { TableOptions } from './metric-table.ts';
import { intervalText } from './interval-text.ts';
import { word } from '../words.ts';

/**
 * Each response action's annual probability per variant, with its Wilson interval and the same
 * figure in the words of hazard maps ("4年に1度程度"); rows are actions in policy order, one column
 * per variant.
 *
 * @example
 * actionsTable(result, { lang: 'ja' }).toMarkdown();
 */
export function actionsTable(result: MonteCarloResult, { lang, scenario }: TableOptions): Table {
  const rows = ACTIONS.map((action) => [
    actionLabel(action, lang),
    ...result.variants.map((v) => {
      const a = v.actions[action]!;
      return `${formatPercent(a.annualProbability)} (${intervalText(a.ciLow, a.ciHigh, formatPercent, lang)}) ${formatReturnPeriod(a.returnPeriodYears, lang)}`;
    }),
  ]);
  return new Table({
    id: 'actions',
    title: lang === 'ja' ? '対応が必要になる年の確率(年間)' : 'Probability per year that each response is needed',
    columns: [{ key: 'action', label: word('action', lang) }, ...result.variants.map((v) => ({ key: v.id, label: variantLabel(v.id, lang, scenario), align: 'right' as const }))],
    rows,
    data: ACTIONS.map((action) => ({
      action,
      variants: result.variants.map((v) => ({ variant: v.id, annualProbability: v.actions[action]!.annualProbability, ciLow: v.actions[action]!.ciLow, ciHigh: v.actions[action]!.ciHigh })),
    })),
    note: lang === 'ja' ? '括弧内は95%信頼区間(Wilson)。' : 'Brackets: 95% Wilson interval.',
  });
}

/**
 * What drives one action in one variant: incidents that triggered it by cause, most frequent first.
 */
export function actionDriversTable(result: MonteCarloResult, action: string, { lang, scenario }: TableOptions): Table {
  const rows = result.variants.flatMap((v) => {
    const d = v.actions[action]!.drivers;
    return Object.entries(d.byCause)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5)
      .map(([cause, n]) => [variantLabel(v.id, lang, scenario), cause, formatNumber(n), formatPercent(d.incidents > 0 ? n / d.incidents : 0)]);
  });
  return new Table({
    id: `drivers-${action}`,
    title: lang === 'ja' ? `「${actionLabel(action, lang)}」の主な原因` : `What leads to "${actionLabel(action, lang)}"`,
    columns: [
      { key: 'variant', label: word('variant', lang) },
      { key: 'cause', label: lang === 'ja' ? '原因' : 'cause' },
      { key: 'incidents', label: lang === 'ja' ? '件数(全試行)' : 'incidents (all runs)', align: 'right' },
      { key: 'share', label: lang === 'ja' ? '割合' : 'share', align: 'right' },
    ],
    rows,
  });
}
