import type { MonteCarloResult } from '@machi/scenarios';
import { Figure } from '../figure.ts';
import { digits } from '../format/digits.ts';
import { formatPercent } from '../format/percent.ts';
import { formatMetric, metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { axis } from '../svg/axis.ts';
import { hatchPattern } from '../svg/hatch-pattern.ts';
import { legend, legendWidth, type LegendItem } from '../svg/legend.ts';
import { marker } from '../svg/marker.ts';
import { pathData, type Point } from '../svg/path-data.ts';
import { safeId } from '../svg/safe-id.ts';
import { linearScale, logScale } from '../svg/scale.ts';
import { seriesStyle } from '../svg/series-style.ts';
import { textWidth } from '../svg/text-width.ts';
import { chartLayout, LEGEND_MAX_WIDTH } from './chart-layout.ts';
import type { ChartOptions } from './chart-options.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-size.ts';
import { word } from '../words.ts';
import { valueTickLabel } from './value-tick-label.ts';

export interface ConvergenceFigureOptions extends ChartOptions {
  /** A headline metric (`HEADLINE_METRICS`: costYen, downtimeHours, residentHoursWithoutService, personsAffected, dataLostHours). */
  readonly metric: string;
  /** One variant, drawn with the precision target around its final estimate (default every variant, without it). */
  readonly variant?: string;
}

/** One drawn point: the estimate after `replications`, with its 95% interval (null when not yet estimable). */
export interface ConvergencePoint {
  readonly replications: number;
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
}

/** What a convergence figure draws (its `data`). */
export interface ConvergenceFigureData {
  readonly metric: string;
  readonly replicationScale: 'linear' | 'log';
  readonly variants: readonly { readonly id: string; readonly label: string; readonly points: readonly ConvergencePoint[] }[];
  /** With one variant: final estimate × (1 ± relativeHalfWidth), the run's precision target. */
  readonly target?: { readonly relativeHalfWidth: number; readonly low: number; readonly high: number };
}

/**
 * How the estimate of one metric settled as replications accumulated: the running mean per variant
 * at each batch boundary (`result.variants[i].convergence[metric]`, unchanged) with its 95% interval
 * hatched. The replication axis is logarithmic when it spans a decade or more. With one `variant`,
 * dashed lines mark the precision target (`stamp.precision`) around its final estimate: the interval
 * has converged once it lies between them.
 *
 * @throws RangeError when the result has no variants, an unknown variant, or no convergence for `metric`.
 * @example
 * convergenceFigure(result, { metric: 'costYen', variant: 'onprem', lang: 'en' }).toSVG();
 */
export function convergenceFigure(result: MonteCarloResult, options: ConvergenceFigureOptions): Figure {
  const { metric, lang, scenario } = options;
  if (result.variants.length === 0) throw new RangeError('convergenceFigure: the result has no variants (no replication finished)');
  const ids = result.variants.map((v) => v.id);
  if (options.variant !== undefined && !ids.includes(options.variant)) throw new RangeError(`unknown variant "${options.variant}"; known: ${ids.join(', ')}`);
  const chosen = result.variants.filter((v) => options.variant === undefined || v.id === options.variant);
  const variants = chosen.map((v) => {
    const rows = v.convergence[metric];
    if (!rows) throw new RangeError(`convergenceFigure: no convergence of ${metric}; tracked: ${Object.keys(v.convergence).join(', ')}`);
    return { id: v.id, label: variantLabel(v.id, lang, scenario), points: rows.map((r) => ({ replications: r.replications, mean: r.mean, low: r.ciLow, high: r.ciHigh })) };
  });
  const last = variants[0]!.points.at(-1);
  const relativeHalfWidth = result.stamp.precision.relativeHalfWidth;
  const target = options.variant !== undefined && last ? { relativeHalfWidth, low: last.mean * (1 - relativeHalfWidth), high: last.mean * (1 + relativeHalfWidth) } : undefined;

  const styles = variants.map((v) => seriesStyle(ids.indexOf(v.id)));
  const id = options.variant === undefined ? `convergence-${metric}` : `convergence-${metric}-${options.variant}`;
  const bandId = (i: number) => `${safeId(id)}-band-${i}`;
  const legendItems: LegendItem[] = [
    ...variants.map((v, i) => ({ label: v.label, line: styles[i]!, marker: { shape: styles[i]!.marker, color: styles[i]!.color }, swatch: `url(#${bandId(i)})` })),
    { label: word('band95', lang) },
    ...(target ? [{ label: `${word('target', lang)} ±${formatPercent(target.relativeHalfWidth)}`, line: { color: '#444', dash: '5 4' } }] : []),
  ];
  const replications = variants.flatMap((v) => v.points.map((p) => p.replications));
  const values = [...variants.flatMap((v) => v.points.flatMap((p) => [p.mean, p.low, p.high])), ...(target ? [target.low, target.high] : [])].filter((x): x is number => x !== null);
  const yProbe = linearScale(values.length ? [Math.min(...values), Math.max(...values)] : [0, 1], [1, 0]);
  const yLabel = valueTickLabel(metric, lang, yProbe);
  const { plot, rightX, rightY } = chartLayout(Math.max(...yProbe.ticks.map((t) => textWidth(yLabel(t), 11))), legendWidth(legendItems, LEGEND_MAX_WIDTH));
  const y = linearScale(yProbe.domain, [plot.bottom, plot.top]);
  const span = replications.length ? [Math.min(...replications), Math.max(...replications)] : [1, 1];
  const logX = span[1]! / span[0]! >= 10;
  const x = logX ? logScale([span[0]!, span[1]!], [plot.left, plot.right], { wholeDecades: false }) : linearScale([0, span[1]!], [plot.left, plot.right], { tickCount: 5 });
  const label = metricLabel(metric, lang, scenario);

  let body = `<defs>${styles.map((s, i) => hatchPattern(bandId(i), s.color, s.hatchAngle)).join('')}</defs>`;
  body += axis({ scale: y, side: 'left', plot, label: valueTickLabel(metric, lang, y), title: `${word('runningMean', lang)}: ${label}` });
  body += axis({ scale: x, side: 'bottom', plot, label: (n) => digits(n), title: word('replications', lang) });
  if (target) {
    for (const t of [target.low, target.high]) body += `<path class="target" d="${pathData([[plot.left, y.map(t)], [plot.right, y.map(t)]])}" stroke="#444" stroke-dasharray="5 4"/>`;
  }
  variants.forEach((v, i) => {
    const banded = v.points.filter((p) => p.low !== null && p.high !== null);
    const band: Point[] = [...banded.map((p): Point => [x.map(p.replications), y.map(p.low!)]), ...[...banded].reverse().map((p): Point => [x.map(p.replications), y.map(p.high!)])];
    if (banded.length > 1) body += `<path class="band" d="${pathData(band, true)}" fill="url(#${bandId(i)})" stroke="none"/>`;
  });
  variants.forEach((v, i) => {
    const s = styles[i]!;
    body += `<path class="curve" d="${pathData(v.points.map((p) => [x.map(p.replications), y.map(p.mean)]))}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`;
    for (const p of v.points) body += marker(s.marker, x.map(p.replications), y.map(p.mean), 6, { color: s.color });
  });
  body += legend(legendItems, rightX, rightY, LEGEND_MAX_WIDTH);

  const data: ConvergenceFigureData = { metric, replicationScale: x.kind, variants, ...(target ? { target } : {}) };
  const title = localeOf(lang).figures.convergenceTitle(label);
  return new Figure({ id, title, description: description(data, label, lang), width: CHART_WIDTH, height: CHART_HEIGHT, data, body });
}

function description(data: ConvergenceFigureData, label: string, lang: Lang): string {
  const f = (x: number) => formatMetric(data.metric, x, lang);
  const rows = data.variants.flatMap((v) => {
    const last = v.points.at(-1);
    return last ? [{ label: v.label, mean: f(last.mean), replications: digits(last.replications) }] : [];
  });
  return localeOf(lang).figures.convergenceDescription(label, rows);
}
