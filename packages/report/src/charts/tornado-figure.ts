import type { Tornado } from '@machi/sim-core';
import { Figure } from '../figure.ts';
import { formatNumber } from '../format/quantity.ts';
import { formatMetric } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { axis } from '../svg/axis.ts';
import { coordinate } from '../svg/coordinate.ts';
import { hatchPattern } from '../svg/hatch-pattern.ts';
import { legend, legendWidth, type LegendItem } from '../svg/legend.ts';
import { pathData } from '../svg/path-data.ts';
import { rowLabel, rowLabelWidth } from '../svg/row-label.ts';
import { safeId } from '../svg/safe-id.ts';
import { linearScale } from '../svg/scale.ts';
import { OKABE_ITO } from '../svg/series-style.ts';
import { svgText } from '../svg/text.ts';
import { chartLayout, LEGEND_MAX_WIDTH, ROW_LABEL_MAX_WIDTH } from './chart-layout.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-size.ts';
import { DEFAULT_LIMIT, type SensitivityOptions } from './sensitivity-options.ts';
import { valueTickLabel } from './value-tick-label.ts';

/** One drawn bar: the quantity with the input at each end of its range. */
export interface TornadoFigureBar {
  readonly name: string;
  readonly label: string;
  /** The input's value at each end (null for a shared belief moving several inputs). */
  readonly lowInput: number | null;
  readonly highInput: number | null;
  readonly atLow: number;
  readonly atHigh: number;
}

/** What a tornado figure draws (its `data`). */
export interface TornadoFigureData {
  readonly metric: string;
  readonly quantity: string;
  readonly baseline: number;
  readonly bars: readonly TornadoFigureBar[];
}

const LOW_COLOR = OKABE_ITO[0]!;
const HIGH_COLOR = OKABE_ITO[1]!;

/**
 * A tornado diagram of a `tornado` result: one row per input, longest swing first (at most `limit`),
 * each with two half-height bars from the baseline — solid for the input at the low end of its range,
 * hatched for the high end — and the input's value written at each bar's tip. A solid line marks the
 * baseline (every input at its value); a dashed line marks zero, where a paired difference between two
 * options changes sign: a bar crossing it can reverse the decision. Labels are escaped.
 *
 * @throws RangeError for a tornado without bars.
 * @example
 * tornadoFigure(study.tornado, { lang: 'en', metric: 'costYen', quantity: 'annual cost: cloud − on-prem' }).toSVG();
 */
export function tornadoFigure(tornado: Tornado, options: SensitivityOptions): Figure {
  const { lang, metric, quantity } = options;
  const id = options.id ?? `tornado-${metric}`;
  if (tornado.bars.length === 0) throw new RangeError('tornadoFigure needs at least one bar');
  const label = options.inputLabel ?? ((name: string) => name);
  const inputValue = options.inputValue ?? ((_: string, value: number) => formatNumber(value));
  const bars: TornadoFigureBar[] = tornado.bars.slice(0, options.limit ?? DEFAULT_LIMIT).map((b) => ({
    name: b.name,
    label: label(b.name),
    lowInput: b.lowInput,
    highInput: b.highInput,
    atLow: b.atLow,
    atHigh: b.atHigh,
  }));
  const words = localeOf(lang).uncertainty.figures;
  const value = (x: number) => formatMetric(metric, x, lang);
  const legendItems: LegendItem[] = [
    { label: words.tornadoLow, swatch: LOW_COLOR },
    { label: words.tornadoHigh, swatch: `url(#${safeId(id)}-high)` },
    { label: words.tornadoBaseline(value(tornado.baseline)), line: { color: '#000', dash: '' } },
  ];
  const labelWidth = rowLabelWidth(bars.map((b) => b.label), ROW_LABEL_MAX_WIDTH);
  const { plot, rightX, rightY } = chartLayout(labelWidth, legendWidth(legendItems, LEGEND_MAX_WIDTH * 0.8));
  const ends = bars.flatMap((b) => [b.atLow, b.atHigh]);
  const low = Math.min(0, tornado.baseline, ...ends);
  const high = Math.max(0, tornado.baseline, ...ends);
  // Room beyond the longest bars for the input values written at their tips.
  const pad = (high - low) * 0.12;
  const x = linearScale([low - (low < Math.min(0, tornado.baseline) ? pad : 0), high + (high > Math.max(0, tornado.baseline) ? pad : 0)], [plot.left, plot.right], { tickCount: 4 });

  const highId = `${safeId(id)}-high`;
  let body = `<defs>${hatchPattern(highId, HIGH_COLOR, 45, 5)}</defs>`;
  body += axis({ scale: x, side: 'bottom', plot, label: valueTickLabel(metric, lang, x), title: options.axisTitle ?? words.tornadoAxis(quantity) });
  const rowHeight = (plot.bottom - plot.top) / bars.length;
  const half = Math.min(14, rowHeight * 0.36);
  const base = x.map(tornado.baseline);
  bars.forEach((b, i) => {
    const mid = plot.top + rowHeight * (i + 0.5);
    body += rowLabel(b.label, plot.left - 8, mid, labelWidth);
    body += bar(base, x.map(b.atLow), mid - half, half, LOW_COLOR, LOW_COLOR);
    body += bar(base, x.map(b.atHigh), mid, half, `url(#${highId})`, HIGH_COLOR);
    if (b.lowInput !== null) body += tipText(base, x.map(b.atLow), mid - half / 2, inputValue(b.name, b.lowInput));
    if (b.highInput !== null) body += tipText(base, x.map(b.atHigh), mid + half / 2, inputValue(b.name, b.highInput));
  });
  body += `<path class="baseline" d="${pathData([[base, plot.top], [base, plot.bottom]])}" stroke="#000" stroke-width="1.4"/>`;
  const zero = x.map(0);
  if (zero !== base) body += `<path class="zero" d="${pathData([[zero, plot.top], [zero, plot.bottom]])}" stroke="#000" stroke-width="1.2" stroke-dasharray="4 3"/>`;
  body += legend(legendItems, rightX, rightY, LEGEND_MAX_WIDTH * 0.8);

  const data: TornadoFigureData = { metric, quantity, baseline: tornado.baseline, bars };
  const description = words.tornadoDescription(quantity, value(tornado.baseline), bars.map((b) => ({ input: b.label, low: value(b.atLow), high: value(b.atHigh) })));
  return new Figure({ id, title: words.tornadoTitle(quantity), description, width: CHART_WIDTH, height: CHART_HEIGHT, data, body });
}

/** A bar from x1 to x2 (either order), `height` tall from `top`. */
function bar(x1: number, x2: number, top: number, height: number, fill: string, stroke: string): string {
  const c = coordinate;
  const left = Math.min(x1, x2);
  return `<rect x="${c(left)}" y="${c(top)}" width="${c(Math.abs(x2 - x1))}" height="${c(height)}" fill="${fill}" stroke="${stroke}" stroke-width="0.8"/>`;
}

/** The input's value just beyond the bar's tip, on the side the bar points to. */
function tipText(base: number, tip: number, y: number, text: string): string {
  const right = tip >= base;
  return svgText(tip + (right ? 4 : -4), y + 4, text, { 'text-anchor': right ? 'start' : 'end', 'font-size': 11 });
}

