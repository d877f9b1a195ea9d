import type { MonteCarloResult } from '@machi/scenarios';
import { formatPercent } from '../format/percent.ts';
import { formatMetric, metricLabel, variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { word } from '../words.ts';
import { estimateText } from '../format/estimate-text.ts';
import type { TableOptions } from './metric-table.ts';

/**
 * Paired comparisons (common random numbers: both variants met the same hazards in each replication)
 * of the chosen metrics: the mean difference A − B with its interval and the shares of years in which
 * A was lower, equal, higher. Only pairs with `baseline` as B when one is given.
 *
 * @example
 * comparisonsTable(result, { lang: 'ja', metrics: ['costYen'], baseline: 'onprem' });
 */
export function comparisonsTable(
  result: MonteCarloResult,
  { lang, scenario, metrics, baseline }: TableOptions & { readonly metrics: readonly string[]; readonly baseline?: string },
): Table {
  const wanted = new Set(metrics);
  const chosen = result.comparisons.filter((c) => wanted.has(c.metric) && (baseline === undefined || c.a === baseline || c.b === baseline));
  // With a baseline, every row reads "option − baseline": flip the pairs where the baseline came first.
  const rows = chosen.map((c) => {
    const flip = baseline !== undefined && c.a === baseline;
    const [a, b] = flip ? [c.b, c.a] : [c.a, c.b];
    const sign = flip ? -1 : 1;
    const f = (x: number, finer = 0) => formatMetric(c.metric, x, lang, finer);
    const low = c.ciLow === null ? null : sign * (flip ? c.ciHigh! : c.ciLow);
    const high = c.ciHigh === null ? null : sign * (flip ? c.ciLow! : c.ciHigh);
    return {
      cells: [
        `${variantLabel(a, lang, scenario)} − ${variantLabel(b, lang, scenario)}`,
        metricLabel(c.metric, lang, scenario),
        estimateText(sign * c.meanDifference, low, high, f, lang, { cell: true }),
        formatPercent(flip ? c.pAGreater : c.pALess),
        formatPercent(c.pEqual),
      ],
      data: { a, b, metric: c.metric, meanDifference: sign * c.meanDifference, ciLow: low, ciHigh: high, pALess: flip ? c.pAGreater : c.pALess, pEqual: c.pEqual },
    };
  });
  return new Table({
    id: 'comparisons',
    title: localeOf(lang).tables.comparisonsTitle,
    columns: [
      { key: 'pair', label: 'A − B' },
      { key: 'metric', label: word('metric', lang) },
      { key: 'difference', label: word('difference', lang), align: 'right' },
      { key: 'aLower', label: word('aBetter', lang), align: 'right' },
      { key: 'equal', label: word('equal', lang), align: 'right' },
    ],
    rows: rows.map((r) => r.cells),
    data: rows.map((r) => r.data),
    note: localeOf(lang).tables.comparisonsNote,
  });
}

/**
 * The paired comparisons of the chosen metrics with `baseline`, one row per metric and one column per
 * other option (option − baseline): the mean difference with its interval, then the shares of years in
 * which the option was lower and equal. The report's form of `comparisonsTable`: each option's long
 * label heads its column once instead of beginning one row per metric.
 *
 * @example
 * baselineComparisonsTable(result, { lang: 'ja', metrics: ['costYen', 'downtimeHours'], baseline: 'onprem' });
 */
export function baselineComparisonsTable(
  result: MonteCarloResult,
  { lang, scenario, metrics, baseline }: TableOptions & { readonly metrics: readonly string[]; readonly baseline: string },
): Table {
  const pairs = comparisonsTable(result, { lang, ...(scenario ? { scenario } : {}), metrics, baseline }).data as {
    a: string;
    metric: string;
    meanDifference: number;
    ciLow: number | null;
    ciHigh: number | null;
    pALess: number;
    pEqual: number;
  }[];
  const others = result.variants.map((v) => v.id).filter((id) => id !== baseline && pairs.some((p) => p.a === id));
  const shown = metrics.filter((m) => pairs.some((p) => p.metric === m));
  const t = localeOf(lang).tables;
  const cell = (a: string, metric: string) => {
    const p = pairs.find((x) => x.a === a && x.metric === metric);
    if (!p) return '–';
    const f = (x: number, finer = 0) => formatMetric(metric, x, lang, finer);
    return `${estimateText(p.meanDifference, p.ciLow, p.ciHigh, f, lang, { cell: true })}\n${t.comparisonShares(formatPercent(p.pALess), formatPercent(p.pEqual))}`;
  };
  return new Table({
    id: 'comparisons',
    title: t.comparisonsTitle,
    columns: [{ key: 'metric', label: word('metric', lang) }, ...others.map((id) => ({ key: id, label: variantLabel(id, lang, scenario), align: 'right' as const }))],
    rows: shown.map((m) => [metricLabel(m, lang, scenario), ...others.map((a) => cell(a, m))]),
    data: pairs,
    note: t.baselineComparisonsNote(variantLabel(baseline, lang, scenario)),
  });
}
