import type { MonteCarloResult } from '@machi/scenarios';
import { Figure } from '../figure.ts';
import { formatMetric, metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { axis } from '../svg/axis.ts';
import { legend, legendWidth, type LegendItem } from '../svg/legend.ts';
import { marker, type MarkerShape } from '../svg/marker.ts';
import { pathData } from '../svg/path-data.ts';
import { rowLabel, rowLabelWidth } from '../svg/row-label.ts';
import { seriesStyle } from '../svg/series-style.ts';
import { whisker } from '../svg/whisker.ts';
import { chartLayout, LEGEND_MAX_WIDTH, ROW_LABEL_MAX_WIDTH } from './chart-layout.ts';
import type { ChartOptions } from './chart-options.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-size.ts';
import { word } from '../words.ts';
import { worseYear } from '../worse-year.ts';
import { valueScale } from './value-scale.ts';
import { valueTickLabel } from './value-tick-label.ts';

export interface DistributionFigureOptions extends ChartOptions {
  /** Any metric of the result (`costYen`, `downtimeHours.certificates`, …). */
  readonly metric: string;
}

/** One row of a distribution figure: a variant's numbers as in `result.variants[i].metrics[metric]`. */
export interface DistributionFigureRow {
  readonly id: string;
  readonly label: string;
  readonly mean: number;
  /** Null when it cannot be estimated (one replication): no whisker is drawn. */
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  readonly p50: number;
  /** The 1-in-10 and 1-in-100 years: the value at risk of the return-period tables (`worseYear`); null when too few years. */
  readonly oneIn10: number | null;
  readonly oneIn100: number | null;
  readonly max: number;
}

/** What a distribution figure draws (its `data`). */
export interface DistributionFigureData {
  readonly metric: string;
  /** `log` when the positive values span more than two decades; values ≤ 0 then lie off the axis and are not drawn. */
  readonly valueScale: 'linear' | 'log';
  readonly variants: readonly DistributionFigureRow[];
}

const STATISTICS: readonly { key: 'p50' | 'oneIn10' | 'oneIn100' | 'max'; word: 'median' | 'p90' | 'p99' | 'maxYear'; shape: MarkerShape }[] = [
  { key: 'p50', word: 'median', shape: 'square' },
  { key: 'oneIn10', word: 'p90', shape: 'triangle' },
  { key: 'oneIn100', word: 'p99', shape: 'diamond' },
  { key: 'max', word: 'maxYear', shape: 'cross' },
];

/**
 * How one metric's annual value is distributed, one row per variant: the expected value per year with
 * its 95% interval (a filled dot and whisker), and the median, the 1-in-10 and 1-in-100 years (the value
 * at risk of the return-period tables, as every table of the report writes them) and the largest year
 * simulated as open markers of distinct shapes on a thin line. Numbers come from
 * `result.variants[i].metrics[metric]` unchanged.
 *
 * @throws RangeError when the result has no variants or a variant lacks `metric`.
 * @example
 * distributionFigure(result, { metric: 'downtimeHours', lang: 'en' }).toSVG();
 */
export function distributionFigure(result: MonteCarloResult, options: DistributionFigureOptions): Figure {
  const { metric, lang, scenario } = options;
  if (result.variants.length === 0) throw new RangeError('distributionFigure: the result has no variants (no replication finished)');
  const variants: DistributionFigureRow[] = result.variants.map((v) => {
    const m = v.metrics[metric];
    if (!m) throw new RangeError(`distributionFigure: no metric ${metric} in variant ${v.id}`);
    return { id: v.id, label: variantLabel(v.id, lang, scenario), mean: m.mean, ciLow: m.ciLow, ciHigh: m.ciHigh, p50: m.p50, oneIn10: worseYear(m, 10), oneIn100: worseYear(m, 100), max: m.max };
  });
  const grey = '#333';
  const legendItems: LegendItem[] = [
    { label: word('mean95', lang), line: { color: grey, dash: '' }, marker: { shape: 'circle', color: grey } },
    ...STATISTICS.map((s) => ({ label: word(s.word, lang), marker: { shape: s.shape, color: grey, open: true } })),
  ];
  const values = variants.flatMap((v) => [v.mean, v.ciLow, v.ciHigh, v.p50, v.oneIn10, v.oneIn100, v.max]);
  const logValues = valueScale(values, [0, 1]).kind === 'log';
  const shown = (value: number | null): value is number => value !== null && (!logValues || value > 0);
  if (values.some((value) => value !== null && !shown(value))) legendItems.push({ label: word('zeroOffLog', lang) });
  const labelWidth = rowLabelWidth(variants.map((v) => v.label), ROW_LABEL_MAX_WIDTH);
  const { plot, rightX, rightY } = chartLayout(labelWidth, legendWidth(legendItems, LEGEND_MAX_WIDTH));
  const x = valueScale(values, [plot.left, plot.right]);
  const label = metricLabel(metric, lang, scenario);

  let body = axis({ scale: x, side: 'bottom', plot, label: valueTickLabel(metric, lang, x), title: label, grid: true });
  body += `<path d="${pathData([[plot.left, plot.top], [plot.left, plot.bottom]])}" stroke="#333"/>`;
  const rowHeight = (plot.bottom - plot.top) / variants.length;
  variants.forEach((v, i) => {
    const color = seriesStyle(i).color;
    const y = plot.top + rowHeight * (i + 0.5);
    body += rowLabel(v.label, plot.left - 8, y, labelWidth);
    const spread = [v.p50, v.oneIn10, v.oneIn100, v.max].filter(shown);
    if (spread.length > 1) body += `<path d="${pathData([[x.map(Math.min(...spread)), y], [x.map(Math.max(...spread)), y]])}" stroke="#999" stroke-width="1"/>`;
    if (shown(v.ciLow) && shown(v.ciHigh)) body += whisker(x.map(v.ciLow), x.map(v.ciHigh), y, color, 10, 2.4);
    if (shown(v.mean)) body += marker('circle', x.map(v.mean), y, 9, { color });
    for (const s of STATISTICS) {
      const value = v[s.key];
      if (shown(value)) body += marker(s.shape, x.map(value), y, 8, { color, open: true });
    }
  });
  body += legend(legendItems, rightX, rightY, LEGEND_MAX_WIDTH);

  const data: DistributionFigureData = { metric, valueScale: x.kind, variants };
  return new Figure({ id: `distribution-${metric}`, title: localeOf(lang).figures.distributionTitle(label), description: description(data, label, lang), width: CHART_WIDTH, height: CHART_HEIGHT, data, body });
}


function description(data: DistributionFigureData, label: string, lang: Lang): string {
  const f = (x: number) => formatMetric(data.metric, x, lang);
  const rows = data.variants.map((v) => ({ label: v.label, mean: f(v.mean), p99: v.oneIn100 === null ? word('notAvailable', lang) : f(v.oneIn100) }));
  return localeOf(lang).figures.distributionDescription(label, data.variants.length, rows);
}
