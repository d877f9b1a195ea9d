import type { BootstrapEstimate, MorrisEffects } from '@machi/sim-core';
import { Figure } from '../figure.ts';
import { formatMetric } from '../labels.ts';
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
import { CHART_HEIGHT, CHART_WIDTH } from './chart-size.ts';
import { DEFAULT_LIMIT, type SensitivityOptions } from './sensitivity-options.ts';
import { valueTickLabel } from './value-tick-label.ts';

/** One drawn row of a screening: μ* with its interval, σ, and the noise floor (null without replications). */
export interface MorrisRow {
  readonly name: string;
  readonly label: string;
  readonly muStar: BootstrapEstimate;
  readonly sigma: number | null;
  readonly noiseFloor: number | null;
}

/** What a screening figure draws (its `data`). */
export interface MorrisFigureData {
  readonly metric: string;
  readonly quantity: string;
  readonly rows: readonly MorrisRow[];
}

const MU = seriesStyle(2);
const SIGMA = seriesStyle(3);
const NOISE = '#777';

/**
 * A Morris screening of one quantity, one row per input (largest μ* first, at most `limit`): μ* — how far
 * the quantity moves, on average, as the input crosses its range — as a filled marker with its bootstrap
 * interval; σ — how much that move depends on the other inputs — as an open marker; and, with replicated
 * outputs, a grey tick at the μ* Monte Carlo noise alone would give. Values are in the quantity's unit
 * (an elementary effect per whole range of probability). Labels are escaped.
 *
 * @throws RangeError for a screening without inputs.
 * @example
 * morrisFigure(study.morris, { lang: 'en', metric: 'costYen', quantity: 'annual cost: cloud − on-prem' }).toSVG();
 */
export function morrisFigure(effects: MorrisEffects, options: SensitivityOptions): Figure {
  const { lang, metric, quantity } = options;
  const id = options.id ?? `morris-${metric}`;
  if (effects.effects.length === 0) throw new RangeError('morrisFigure needs at least one input');
  const label = options.inputLabel ?? ((name: string) => name);
  const order = effects.effects.map((_, i) => i).sort((p, q) => effects.effects[q]!.muStar.estimate - effects.effects[p]!.muStar.estimate || p - q);
  const rows: MorrisRow[] = order.slice(0, options.limit ?? DEFAULT_LIMIT).map((i) => {
    const e = effects.effects[i]!;
    return { name: e.name, label: label(e.name), muStar: e.muStar, sigma: e.sigma, noiseFloor: e.noiseFloor };
  });
  const words = localeOf(lang).uncertainty.figures;
  const legendItems: LegendItem[] = [
    { label: words.morrisMuStar, marker: { shape: MU.marker, color: MU.color } },
    { label: words.morrisSigma, marker: { shape: SIGMA.marker, color: SIGMA.color, open: true } },
    ...(rows.some((r) => r.noiseFloor !== null) ? [{ label: words.morrisNoise, line: { color: NOISE, dash: '' } }] : []),
  ];
  const labelWidth = rowLabelWidth(rows.map((r) => r.label), ROW_LABEL_MAX_WIDTH);
  const { plot, rightX, rightY } = chartLayout(labelWidth, legendWidth(legendItems, LEGEND_MAX_WIDTH * 0.8));
  const extent = rows.flatMap((r) => [r.muStar.high, r.sigma ?? 0, r.noiseFloor ?? 0]);
  const x = linearScale([0, Math.max(...extent)], [plot.left, plot.right], { tickCount: 4 });

  let body = axis({ scale: x, side: 'bottom', plot, label: valueTickLabel(metric, lang, x), title: words.morrisAxis(options.axisTitle ?? quantity) });
  body += `<path d="${pathData([[plot.left, plot.top], [plot.left, plot.bottom]])}" stroke="#333"/>`;
  const rowHeight = (plot.bottom - plot.top) / rows.length;
  rows.forEach((r, i) => {
    const mid = plot.top + rowHeight * (i + 0.5);
    body += rowLabel(r.label, plot.left - 8, mid, labelWidth);
    if (r.noiseFloor !== null) {
      const nx = x.map(r.noiseFloor);
      body += `<path class="noise" d="${pathData([[nx, mid - 8], [nx, mid + 8]])}" stroke="${NOISE}" stroke-width="2"/>`;
    }
    body += whisker(x.map(r.muStar.low), x.map(r.muStar.high), mid, MU.color, 8, 1.4) + marker(MU.marker, x.map(r.muStar.estimate), mid, 9, { color: MU.color });
    if (r.sigma !== null) body += marker(SIGMA.marker, x.map(r.sigma), mid, 8, { color: SIGMA.color, open: true });
  });
  body += legend(legendItems, rightX, rightY, LEGEND_MAX_WIDTH * 0.8);

  const value = (v: number | null) => (v === null ? '–' : formatMetric(metric, v, lang));
  const description = words.morrisDescription(quantity, rows.map((r) => ({ input: r.label, muStar: value(r.muStar.estimate), sigma: value(r.sigma) })));
  const data: MorrisFigureData = { metric, quantity, rows };
  return new Figure({ id, title: words.morrisTitle(quantity), description, width: CHART_WIDTH, height: CHART_HEIGHT, data, body });
}
