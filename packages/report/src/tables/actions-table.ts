import { ACTIONS, type MonteCarloResult } from '@machi/scenarios';
import { formatPercent } from '../format/percent.ts';
import { formatNumber } from '../format/quantity.ts';
import { formatReturnPeriod } from '../format/return-period.ts';
import { causeLabel } from '../cause-label.ts';
import { actionLabel, variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import type { TableOptions } from './metric-table.ts';
import { estimateText, PROBABILITY } from '../format/estimate-text.ts';
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
      return `${estimateText(a.annualProbability, a.ciLow, a.ciHigh, formatPercent, lang, { cell: true, within: PROBABILITY })}\n${formatReturnPeriod(a.returnPeriodYears, lang)}`;
    }),
  ]);
  return new Table({
    id: 'actions',
    title: localeOf(lang).tables.actionsTitle,
    columns: [{ key: 'action', label: word('action', lang) }, ...result.variants.map((v) => ({ key: v.id, label: variantLabel(v.id, lang, scenario), align: 'right' as const }))],
    rows,
    data: ACTIONS.map((action) => ({
      action,
      variants: result.variants.map((v) => ({ variant: v.id, annualProbability: v.actions[action]!.annualProbability, ciLow: v.actions[action]!.ciLow, ciHigh: v.actions[action]!.ciHigh })),
    })),
    note: localeOf(lang).tables.actionsNote,
  });
}

/**
 * What leads to one action: incidents that triggered it, by cause (rows, most frequent first over all
 * variants), with each variant's count over all replications and its share of that variant's total.
 */
export function actionDriversTable(result: MonteCarloResult, action: string, { lang, scenario }: TableOptions): Table {
  const totals = new Map<string, number>();
  for (const v of result.variants) for (const [cause, n] of Object.entries(v.actions[action]!.drivers.byCause)) totals.set(cause, (totals.get(cause) ?? 0) + n);
  const causes = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([cause]) => cause);
  const rows = causes.map((cause) => [
    causeLabel(cause, lang, scenario),
    ...result.variants.map((v) => {
      const d = v.actions[action]!.drivers;
      const n = d.byCause[cause] ?? 0;
      return `${formatNumber(n)} (${formatPercent(d.incidents > 0 ? n / d.incidents : 0)})`;
    }),
  ]);
  return new Table({
    id: `drivers-${action}`,
    title: localeOf(lang).tables.driversTitle(actionLabel(action, lang)),
    columns: [{ key: 'cause', label: word('cause', lang) }, ...result.variants.map((v) => ({ key: v.id, label: variantLabel(v.id, lang, scenario), align: 'right' as const }))],
    rows,
    data: result.variants.map((v) => ({ variant: v.id, drivers: v.actions[action]!.drivers })),
    note: localeOf(lang).tables.driversNote,
  });
}
