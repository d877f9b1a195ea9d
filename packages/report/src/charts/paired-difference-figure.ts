import type { MonteCarloResult } from '@machi/scenarios';
import { Figure } from '../figure.ts';
import { formatPercent } from '../format/percent.ts';
import { formatMetric, metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { axis } from '../svg/axis.ts';
import { marker } from '../svg/marker.ts';
import { pathData } from '../svg/path-data.ts';
import { rowLabel, rowLabelWidth } from '../svg/row-label.ts';
import { linearScale } from '../svg/scale.ts';
import { seriesStyle } from '../svg/series-style.ts';
import { svgText } from '../svg/text.ts';
import { textWidth } from '../svg/text-width.ts';
import { whisker } from '../svg/whisker.ts';
import { chartLayout, ROW_LABEL_MAX_WIDTH } from './chart-layout.ts';
import type { ChartOptions } from './chart-options.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-size.ts';
import { word } from '../words.ts';
import { valueTickLabel } from './value-tick-label.ts';

export interface PairedDifferenceFigureOptions extends ChartOptions {
  /** Any metric the result compares (`costYen`, `downtimeHours`, …). */
  readonly metric: string;
  /** The variant every other is compared with (default the first). */
  readonly baseline?: string;
}

/** One drawn row: variant − baseline, from the replication-paired comparison. */
export interface PairedDifferenceRow {
  readonly id: string;
  readonly label: string;
  /** Mean over years of variant − baseline. */
  readonly meanDifference: number;
  /** 95% interval of the mean difference; null when it cannot be estimated (one replication). */
  readonly low: number | null;
  readonly high: number | null;
  /** Share of paired years in which the variant was lower (better: every metric counts a harm or a cost). */
  readonly pBetter: number;
  readonly pEqual: number;
  readonly pWorse: number;
}

/** What a paired-difference figure draws (its `data`). */
export interface PairedDifferenceFigureData {
  readonly metric: string;
  readonly baseline: string;
  readonly variants: readonly PairedDifferenceRow[];
}

/**
 * How much each variant changes one metric against a baseline: the mean annual difference
 * (variant − baseline; below zero is better) with its 95% interval from the replication-paired
 * differences (common random numbers), a zero line, and beside each row the share of simulated years
 * in which the variant was lower — P(better) — and equal. Numbers come from `result.comparisons`,
 * turned round (difference and interval negated, shares swapped) where the baseline is its `b`.
 *
 * @throws RangeError for fewer than two variants, an unknown baseline, or a metric not compared.
 * @example
 * pairedDifferenceFigure(result, { metric: 'costYen', baseline: 'onprem', lang: 'ja' }).toSVG();
 */
export function pairedDifferenceFigure(result: MonteCarloResult, options: PairedDifferenceFigureOptions): Figure {
  const { metric, lang, scenario } = options;
  const ids = result.variants.map((v) => v.id);
  if (ids.length < 2) throw new RangeError(`pairedDifferenceFigure needs at least two variants, got ${ids.length}`);
  const baseline = options.baseline ?? ids[0]!;
  if (!ids.includes(baseline)) throw new RangeError(`unknown baseline "${baseline}"; known: ${ids.join(', ')}`);
  const variants: PairedDifferenceRow[] = ids
    .filter((id) => id !== baseline)
    .map((id) => {
      const label = variantLabel(id, lang, scenario);
      const c = result.comparisons.find((x) => x.metric === metric && ((x.a === id && x.b === baseline) || (x.a === baseline && x.b === id)));
      if (!c) throw new RangeError(`pairedDifferenceFigure: no comparison of ${id} with ${baseline} on ${metric}`);
      if (c.a === id) return { id, label, meanDifference: c.meanDifference, low: c.ciLow, high: c.ciHigh, pBetter: c.pALess, pEqual: c.pEqual, pWorse: c.pAGreater };
      return { id, label, meanDifference: negate(c.meanDifference), low: c.ciHigh === null ? null : negate(c.ciHigh), high: c.ciLow === null ? null : negate(c.ciLow), pBetter: c.pAGreater, pEqual: c.pEqual, pWorse: c.pALess };
    });

  const baselineLabel = variantLabel(baseline, lang, scenario);
  const words = localeOf(lang).figures;
  const notes = variants.map((v) => words.differenceNote(formatPercent(v.pBetter), formatPercent(v.pEqual)));
  const labelWidth = rowLabelWidth(variants.map((v) => v.label), ROW_LABEL_MAX_WIDTH);
  const { plot, rightX } = chartLayout(labelWidth, Math.max(...notes.map((n) => textWidth(n, 11))));
  const extent = [0, ...variants.flatMap((v) => [v.meanDifference, v.low ?? 0, v.high ?? 0])];
  const x = linearScale([Math.min(...extent), Math.max(...extent)], [plot.left, plot.right], { tickCount: 4 });
  const label = metricLabel(metric, lang, scenario);
  const axisTitle = words.differenceAxis(baselineLabel);

  let body = axis({ scale: x, side: 'bottom', plot, label: valueTickLabel(metric, lang, x), title: axisTitle });
  body += `<path d="${pathData([[plot.left, plot.top], [plot.left, plot.bottom]])}" stroke="#333"/>`;
  const zero = x.map(0);
  body += `<path class="zero" d="${pathData([[zero, plot.top], [zero, plot.bottom]])}" stroke="#000" stroke-width="1.2" stroke-dasharray="4 3"/>`;
  body += svgText(zero, plot.top - 6, word('noDifference', lang), { 'text-anchor': 'middle', 'font-size': 11 });
  const rowHeight = (plot.bottom - plot.top) / variants.length;
  variants.forEach((v, i) => {
    // Colours as in the other figures: the variant's place in the result, not in this list.
    const style = seriesStyle(ids.indexOf(v.id));
    const y = plot.top + rowHeight * (i + 0.5);
    body += rowLabel(v.label, plot.left - 8, y, labelWidth);
    if (v.low !== null && v.high !== null) body += whisker(x.map(v.low), x.map(v.high), y, style.color, 10, 2);
    body += marker(style.marker, x.map(v.meanDifference), y, 9, { color: style.color });
    body += svgText(rightX, y + 4, notes[i]!, { 'font-size': 11 });
  });

  const data: PairedDifferenceFigureData = { metric, baseline, variants };
  const title = words.differenceTitle(baselineLabel, label);
  return new Figure({ id: `paired-difference-${metric}-${baseline}`, title, description: description(data, label, baselineLabel, lang), width: CHART_WIDTH, height: CHART_HEIGHT, data, body });
}

const negate = (x: number) => (x === 0 ? 0 : -x);

function description(data: PairedDifferenceFigureData, label: string, baselineLabel: string, lang: Lang): string {
  const f = (x: number) => formatMetric(data.metric, x, lang);
  const rows = data.variants.map((v) => ({ label: v.label, difference: f(v.meanDifference), better: formatPercent(v.pBetter) }));
  return localeOf(lang).figures.differenceDescription(label, baselineLabel, rows);
}
