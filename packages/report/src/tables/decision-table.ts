import type { Action, Metric, MonteCarloResult } from '@machi/scenarios';
import { estimateText, NOT_NEGATIVE, type FinerFormat } from '../format/estimate-text.ts';
import { formatPercent } from '../format/percent.ts';
import { formatNumber } from '../format/quantity.ts';
import { actionLabel, formatMetric, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { word } from '../words.ts';
import { worseYear } from '../worse-year.ts';
import type { TableOptions } from './metric-table.ts';

// The public-facing actions a council asks about, in the policy's order; BCP and the council report
// are internal and stay in the actions section.
const PUBLIC_ACTIONS: readonly Action[] = ['notifyIndividuals', 'reportToCommission', 'publishNotice', 'pressConference', 'compensateResidents'];
const MEAN_METRICS = ['downtimeHours', 'dataLostHours'] as const satisfies readonly Metric[];

/** An estimate behind a cell, as `data-values` carries it (null ends: no interval). */
interface DecisionValue {
  readonly variant: string;
  readonly value: number | null;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
}

/** One row of the decision table: its key, its label, and one cell (and value) per variant. */
interface DecisionRow {
  readonly key: string;
  readonly label: string;
  readonly cells: readonly string[];
  readonly values: readonly DecisionValue[];
}

/** A row of estimates, one per variant (`estimate(variant)`), each written with its 95% interval. */
function estimateRow(result: MonteCarloResult, key: string, label: string, estimate: (variant: string) => Omit<DecisionValue, 'variant'> | undefined, format: FinerFormat, lang: Lang): DecisionRow {
  const values = result.variants.map((v) => ({ variant: v.id, ...(estimate(v.id) ?? { value: null, ciLow: null, ciHigh: null }) }));
  const cells = values.map((e) => (e.value === null ? '–' : estimateText(e.value, e.ciLow, e.ciHigh, format, lang, { cell: true, within: NOT_NEGATIVE })));
  return { key, label, cells, values };
}

/**
 * The table that opens the report, one column per option, made to fit one A4 page: the annual cost
 * and its 1-in-100-year value, the critical downtime and the data lost per year, the annual probability
 * of each public-facing action (notify, report to the regulator, publish, press conference,
 * compensate), and the safety score — each estimate with its 95% interval written as everywhere else
 * in the report. Every figure is the one the later sections show in detail.
 *
 * @example
 * decisionTable(result, { lang: 'ja', scenario }).toHTML();
 */
export function decisionTable(result: MonteCarloResult, { lang, scenario }: TableOptions): Table {
  const t = localeOf(lang).decision;
  const f = (metric: Metric) => (x: number, finer = 0) => formatMetric(metric, x, lang, finer);
  const variant = (id: string) => result.variants.find((v) => v.id === id)!;
  const mean = (metric: 'costYen' | (typeof MEAN_METRICS)[number]) =>
    estimateRow(result, metric, t.rows[metric], (id) => {
      const m = variant(id).metrics[metric]!;
      return { value: m.mean, ciLow: m.ciLow, ciHigh: m.ciHigh };
    }, f(metric), lang);
  const oneIn100: DecisionRow = (() => {
    const values = result.variants.map((v) => ({ variant: v.id, value: worseYear(v.metrics.costYen!, 100), ciLow: null, ciHigh: null }));
    const cells = values.map((e) => (e.value === null ? word('notAvailable', lang) : f('costYen')(e.value)));
    return { key: 'costYen-1in100', label: t.rows.costYen1in100, cells, values };
  })();
  const rows: DecisionRow[] = [
    mean('costYen'),
    oneIn100,
    ...MEAN_METRICS.map(mean),
    ...PUBLIC_ACTIONS.map((action) =>
      estimateRow(result, action, t.actionProbability(actionLabel(action, lang)), (id) => {
        const a = variant(id).actions[action]!;
        return { value: a.annualProbability, ciLow: a.ciLow, ciHigh: a.ciHigh };
      }, formatPercent, lang),
    ),
    estimateRow(result, 'safetyScore', t.safetyScore, (id) => {
      const s = result.safety.variants.find((x) => x.id === id);
      return s && { value: s.mean, ciLow: s.ciLow, ciHigh: s.ciHigh };
    }, (x, finer) => formatNumber(x, 1, finer), lang),
  ];
  return new Table({
    id: 'decision',
    title: t.title(result.stamp.runs.toLocaleString('en-US'), result.stamp.horizonYears),
    columns: [{ key: 'item', label: t.item }, ...result.variants.map((v) => ({ key: v.id, label: variantLabel(v.id, lang, scenario), align: 'right' as const }))],
    rows: rows.map((r) => [r.label, ...r.cells]),
    data: rows.map((r) => ({ key: r.key, values: r.values })),
    note: t.note,
  });
}
