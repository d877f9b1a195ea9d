import type { MonteCarloResult } from '@machi/scenarios';
import { Figure } from '../figure.ts';
import { formatPercent } from '../format/percent.ts';
import { actionLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { axis } from '../svg/axis.ts';
import { legend, legendWidth, type LegendItem } from '../svg/legend.ts';
import { marker } from '../svg/marker.ts';
import { pathData } from '../svg/path-data.ts';
import { rowLabel, rowLabelWidth } from '../svg/row-label.ts';
import { linearScale } from '../svg/scale.ts';
import { seriesStyle } from '../svg/series-style.ts';
import { whisker } from '../svg/whisker.ts';
import { chartLayout, LEGEND_MAX_WIDTH, ROW_LABEL_MAX_WIDTH } from './chart-layout.ts';
import type { ChartOptions } from './chart-options.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-size.ts';
import { word } from '../words.ts';

export interface ActionProbabilityFigureOptions extends ChartOptions {
  /** Actions to show, in this order (default every action of the result, in its order). */
  readonly actions?: readonly string[];
}

/** One drawn dot and whisker: an action's annual probability and its 95% Wilson interval. */
export interface ActionProbabilityPoint {
  readonly action: string;
  readonly probability: number;
  readonly low: number;
  readonly high: number;
}

/** What an action-probability figure draws (its `data`). */
export interface ActionProbabilityFigureData {
  readonly actions: readonly string[];
  readonly variants: readonly { readonly id: string; readonly label: string; readonly points: readonly ActionProbabilityPoint[] }[];
}

/**
 * The annual probability of each response action (a year with at least one), grouped by action with
 * one dot and 95% Wilson whisker per variant, each variant in its colour and marker. Numbers come from
 * `result.variants[i].actions[action]` unchanged; the axis runs from 0 and reads in percent.
 *
 * @throws RangeError when the result has no variants or an action is unknown.
 * @example
 * actionProbabilityFigure(result, { lang: 'ja', actions: ['reportToCommission', 'pressConference'] }).toSVG();
 */
export function actionProbabilityFigure(result: MonteCarloResult, options: ActionProbabilityFigureOptions): Figure {
  const { lang, scenario } = options;
  if (result.variants.length === 0) throw new RangeError('actionProbabilityFigure: the result has no variants (no replication finished)');
  const known = Object.keys(result.variants[0]!.actions);
  const actions = [...(options.actions ?? known)];
  for (const a of actions) if (!known.includes(a)) throw new RangeError(`unknown action "${a}"; known: ${known.join(', ')}`);
  if (actions.length === 0) throw new RangeError('actionProbabilityFigure: name at least one action');
  const variants = result.variants.map((v) => ({
    id: v.id,
    label: variantLabel(v.id, lang, scenario),
    points: actions.map((action) => {
      const a = v.actions[action]!;
      return { action, probability: a.annualProbability, low: a.ciLow, high: a.ciHigh };
    }),
  }));
  const styles = variants.map((_, i) => seriesStyle(i));
  const legendItems: LegendItem[] = variants.map((v, i) => ({ label: v.label, line: { color: styles[i]!.color, dash: '' }, marker: { shape: styles[i]!.marker, color: styles[i]!.color } }));
  const labels = actions.map((a) => actionLabel(a, lang));
  const labelWidth = rowLabelWidth(labels, ROW_LABEL_MAX_WIDTH);
  const { plot, rightX, rightY } = chartLayout(labelWidth, legendWidth(legendItems, LEGEND_MAX_WIDTH));
  const x = linearScale([0, Math.max(0, ...variants.flatMap((v) => v.points.map((p) => p.high)))], [plot.left, plot.right]);

  let body = axis({ scale: x, side: 'bottom', plot, label: formatPercent, title: word('annualProbability', lang) });
  body += `<path d="${pathData([[plot.left, plot.top], [plot.left, plot.bottom]])}" stroke="#333"/>`;
  const rowHeight = (plot.bottom - plot.top) / actions.length;
  // Variants spread over the middle 60% of a row, so that neighbouring actions stay apart.
  const offset = (i: number) => (variants.length === 1 ? 0 : (i / (variants.length - 1) - 0.5) * rowHeight * 0.6);
  actions.forEach((_, row) => {
    const centre = plot.top + rowHeight * (row + 0.5);
    if (row > 0) body += `<path d="${pathData([[plot.left, plot.top + rowHeight * row], [plot.right, plot.top + rowHeight * row]])}" stroke="#eee"/>`;
    body += rowLabel(labels[row]!, plot.left - 8, centre, labelWidth);
    variants.forEach((v, i) => {
      const p = v.points[row]!;
      const y = centre + offset(i);
      body += whisker(x.map(p.low), x.map(p.high), y, styles[i]!.color, 4);
      body += marker(styles[i]!.marker, x.map(p.probability), y, 6, { color: styles[i]!.color });
    });
  });
  body += legend(legendItems, rightX, rightY, LEGEND_MAX_WIDTH);

  const data: ActionProbabilityFigureData = { actions, variants };
  return new Figure({ id: 'action-probability', title: localeOf(lang).figures.actionsTitle, description: description(data, lang), width: CHART_WIDTH, height: CHART_HEIGHT, data, body });
}


/** What is drawn, and the most likely action of each variant. */
function description(data: ActionProbabilityFigureData, lang: Lang): string {
  const top = data.variants.map((v) => {
    const p = v.points.reduce((best, q) => (q.probability > best.probability ? q : best));
    return { variant: v.label, action: actionLabel(p.action, lang), probability: formatPercent(p.probability) };
  });
  return localeOf(lang).figures.actionsDescription(data.actions.length, data.variants.length, top);
}
