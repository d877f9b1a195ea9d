import type { BootstrapEstimate, SobolIndices } from '@machi/sim-core';
import { Figure } from '../figure.ts';
import { formatPercent } from '../format/percent.ts';
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

/** One drawn row: an input's first-order and total index with their intervals (null: the output does not vary). */
export interface SobolIndexRow {
  readonly name: string;
  readonly label: string;
  readonly first: BootstrapEstimate | null;
  readonly total: BootstrapEstimate | null;
}

/** What an index figure draws (its `data`). */
export interface SobolIndexFigureData {
  readonly metric: string;
  readonly quantity: string;
  readonly level: number;
  readonly rows: readonly SobolIndexRow[];
}

const FIRST = seriesStyle(0);
const TOTAL = seriesStyle(1);

/**
 * First-order and total Sobol indices of one quantity, one row per input (largest total first, at most
 * `limit`): a filled circle for the first-order index (the share of the variance the input explains
 * alone), an open square for the total index (with its interactions), each with its bootstrap interval,
 * on a 0–100% axis that widens to show an estimate or interval beyond it (estimators can stray below 0
 * or above 1 with few input sets). Labels are escaped.
 *
 * @throws RangeError for indices without inputs.
 * @example
 * sobolIndexFigure(study.sobol, { lang: 'ja', metric: 'costYen', quantity: '年間費用の差' }).toSVG();
 */
export function sobolIndexFigure(indices: SobolIndices, options: SensitivityOptions): Figure {
  const { lang, metric, quantity } = options;
  const id = options.id ?? `sobol-${metric}`;
  if (indices.indices.length === 0) throw new RangeError('sobolIndexFigure needs at least one input');
  const label = options.inputLabel ?? ((name: string) => name);
  const order = indices.indices.map((_, i) => i).sort((p, q) => total(indices.indices[q]!) - total(indices.indices[p]!) || p - q);
  const rows: SobolIndexRow[] = order.slice(0, options.limit ?? DEFAULT_LIMIT).map((i) => {
    const index = indices.indices[i]!;
    return { name: index.name, label: label(index.name), first: index.first, total: index.total };
  });
  const words = localeOf(lang).uncertainty.figures;
  const legendItems: LegendItem[] = [
    { label: words.sobolFirst, marker: { shape: FIRST.marker, color: FIRST.color } },
    { label: words.sobolTotal, marker: { shape: TOTAL.marker, color: TOTAL.color, open: true } },
  ];
  const labelWidth = rowLabelWidth(rows.map((r) => r.label), ROW_LABEL_MAX_WIDTH);
  const { plot, rightX, rightY } = chartLayout(labelWidth, legendWidth(legendItems, LEGEND_MAX_WIDTH * 0.8));
  const drawn = rows.flatMap((r) => [r.first, r.total]).filter((e): e is BootstrapEstimate => e !== null);
  // Widened to show an estimate or interval beyond 0–100%, but not past −100% and 200%: a few input sets can
  // give intervals without bound, which would squeeze every index into a point (they are clamped at the edge).
  const x = linearScale(
    [Math.max(-1, Math.min(0, ...drawn.map((e) => e.low))), Math.min(2, Math.max(1, ...drawn.map((e) => e.high)))],
    [plot.left, plot.right],
    { tickCount: 5 },
  );

  let body = axis({ scale: x, side: 'bottom', plot, label: formatPercent, title: words.sobolAxis });
  body += `<path d="${pathData([[x.map(0), plot.top], [x.map(0), plot.bottom]])}" stroke="#333"/>`;
  const rowHeight = (plot.bottom - plot.top) / rows.length;
  const offset = Math.min(7, rowHeight * 0.2);
  rows.forEach((r, i) => {
    const mid = plot.top + rowHeight * (i + 0.5);
    body += rowLabel(r.label, plot.left - 8, mid, labelWidth);
    if (r.first) body += estimate(r.first, x.map, mid - offset, FIRST.color, false, FIRST.marker);
    if (r.total) body += estimate(r.total, x.map, mid + offset, TOTAL.color, true, TOTAL.marker);
  });
  body += legend(legendItems, rightX, rightY, LEGEND_MAX_WIDTH * 0.8);

  const data: SobolIndexFigureData = { metric, quantity, level: indices.bootstrap.level, rows };
  const percent = (e: BootstrapEstimate | null) => (e === null ? '–' : formatPercent(e.estimate));
  const description = words.sobolDescription(quantity, formatPercent(indices.bootstrap.level), rows.map((r) => ({ input: r.label, first: percent(r.first), total: percent(r.total) })));
  return new Figure({ id, title: words.sobolTitle(quantity), description, width: CHART_WIDTH, height: CHART_HEIGHT, data, body });
}

const total = (index: SobolIndices['indices'][number]) => index.total?.estimate ?? -Infinity;

function estimate(e: BootstrapEstimate, map: (x: number) => number, y: number, color: string, open: boolean, shape: typeof FIRST.marker): string {
  return whisker(map(e.low), map(e.high), y, color, 6, 1.4) + marker(shape, map(e.estimate), y, 8, { color, open });
}
