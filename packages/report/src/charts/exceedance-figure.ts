import { METRICS, type ExceedanceMetric, type MonteCarloResult } from '@machi/scenarios';
import { log10 } from '@machi/sim-core';
import { Figure } from '../figure.ts';
import { formatReturnPeriod, perYearLabel } from '../format/return-period.ts';
import { columnLabel, columnOf, formatMetric, metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { axis } from '../svg/axis.ts';
import { hatchPattern } from '../svg/hatch-pattern.ts';
import { legend, legendWidth, type LegendItem } from '../svg/legend.ts';
import { marker } from '../svg/marker.ts';
import { pathData, type Point } from '../svg/path-data.ts';
import { safeId } from '../svg/safe-id.ts';
import { logScale } from '../svg/scale.ts';
import { seriesStyle } from '../svg/series-style.ts';
import { svgText } from '../svg/text.ts';
import { textWidth } from '../svg/text-width.ts';
import { chartLayout, LEGEND_MAX_WIDTH } from './chart-layout.ts';
import type { ChartOptions } from './chart-options.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-size.ts';
import { word } from '../words.ts';
import { valueScale } from './value-scale.ts';
import { valueTickLabel } from './value-tick-label.ts';

/** A line across an exceedance chart: at a return period (horizontal) or at a value of the metric (vertical). */
export type ExceedanceThreshold =
  | { readonly returnPeriodYears: number; readonly label?: string }
  | { readonly value: number; readonly label?: string };

export interface ExceedanceFigureOptions extends ChartOptions {
  /** A metric with exceedance curves (`EXCEEDANCE_METRICS`: costYen, incidentCostYen, downtimeHours, …). */
  readonly metric: string;
  /** `aep`: the year's total; `oep`: the year's largest single incident. */
  readonly curve: 'aep' | 'oep';
  /** Lines to draw and label; the axes widen to show them. */
  readonly thresholds?: readonly ExceedanceThreshold[];
}

/** One drawn point: the value exceeded with `probability` per year, and its 95% order-statistic band. */
export interface ExceedanceFigurePoint {
  readonly probability: number;
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** What an exceedance figure draws (its `data`). */
export interface ExceedanceFigureData {
  readonly metric: string;
  readonly curve: 'aep' | 'oep';
  /** `log` when the positive values span more than two decades; values ≤ 0 then lie off the axis and are not drawn. */
  readonly valueScale: 'linear' | 'log';
  readonly variants: readonly { readonly id: string; readonly label: string; readonly points: readonly ExceedanceFigurePoint[] }[];
  readonly thresholds: readonly DrawnThreshold[];
}

/** A threshold as drawn: a return period with its probability, or a value; each with its label. */
export type DrawnThreshold = { readonly returnPeriodYears: number; readonly probability: number; readonly label: string } | { readonly value: number; readonly label: string };

/**
 * Exceedance curves of one metric, one line per variant with its 95% band hatched at the variant's
 * angle: the annual total (AEP) or the year's largest single incident (OEP, of `incidentCostYen` for
 * `costYen`) against the annual probability of exceeding it, on a log axis labelled `1/100 per year` /
 * `1/100年`. The value axis is logarithmic when the positive values span more than two decades.
 * Points come from `result.variants[i].exceedance[metric][curve]` unchanged (`data` holds them).
 *
 * Hand-written SVG, like every chart here, and not a chart library: the same result gives the same
 * bytes, the package's only browser dependency is budoux (Japanese line breaks), and a report stays one small
 * file that opens offline on a town hall terminal.
 *
 * @throws RangeError when the result has no variants or no curve for `metric`, or for a threshold
 *   return period below 1 year.
 * @example
 * exceedanceFigure(result, { metric: 'costYen', curve: 'aep', lang: 'ja', thresholds: [{ returnPeriodYears: 100 }] }).toSVG();
 */
export function exceedanceFigure(result: MonteCarloResult, options: ExceedanceFigureOptions): Figure {
  const { metric, curve, lang, scenario } = options;
  if (curve !== 'aep' && curve !== 'oep') throw new RangeError(`curve must be 'aep' or 'oep', got ${String(curve)}`);
  if (result.variants.length === 0) throw new RangeError('exceedanceFigure: the result has no variants (no replication finished)');
  const variants = result.variants.map((v) => {
    const exceedance = v.exceedance[metric];
    if (!exceedance) throw new RangeError(`exceedanceFigure: no exceedance curve for ${metric} in variant ${v.id}; curves exist for ${Object.keys(v.exceedance).join(', ')}`);
    const points = exceedance[curve].map((p) => ({ probability: p.exceedanceProbability, value: p.value, low: p.ciLow, high: p.ciHigh }));
    return { id: v.id, label: variantLabel(v.id, lang, scenario), points };
  });
  const thresholds = (options.thresholds ?? []).map((t): DrawnThreshold => {
    if ('returnPeriodYears' in t) {
      if (!(t.returnPeriodYears >= 1 && Number.isFinite(t.returnPeriodYears))) throw new RangeError(`a threshold's returnPeriodYears must be at least 1, got ${t.returnPeriodYears}`);
      return { returnPeriodYears: t.returnPeriodYears, probability: 1 / t.returnPeriodYears, label: t.label ?? formatReturnPeriod(t.returnPeriodYears, lang) };
    }
    return { value: t.value, label: t.label ?? formatMetric(metric, t.value, lang) };
  });

  // Scales: probability from the rarest point (or threshold) up to 1; values over every point, band end
  // and threshold value.
  const all = variants.flatMap((v) => v.points);
  const probabilities = [...all.map((p) => p.probability), ...thresholds.flatMap((t) => ('probability' in t ? [t.probability] : []))];
  const values = [...all.flatMap((p) => [p.value, p.low, p.high]), ...thresholds.flatMap((t) => ('value' in t ? [t.value] : []))];
  const probabilityExtent: [number, number] = [Math.min(0.1, ...probabilities), 1];

  const probabilityLabel = (p: number) => (p === 1 ? word('everyYear', lang) : perYearLabel(p, lang));
  const styles = variants.map((_, i) => seriesStyle(i));
  const id = `${curve}-${metric}`;
  const bandId = (i: number) => `${safeId(id)}-band-${i}`;
  const legendItems: LegendItem[] = [
    ...variants.map((v, i) => ({ label: v.label, line: styles[i]!, marker: { shape: styles[i]!.marker, color: styles[i]!.color }, swatch: `url(#${bandId(i)})` })),
    { label: word('band95', lang) },
  ];
  const probe = logScale(probabilityExtent, [1, 0], { wholeDecades: false });
  const { plot, rightX, rightY } = chartLayout(Math.max(...probe.ticks.map((p) => textWidth(probabilityLabel(p), 11))), legendWidth(legendItems, LEGEND_MAX_WIDTH));
  const y = logScale(probabilityExtent, [plot.bottom, plot.top], { wholeDecades: false });
  const x = valueScale(values, [plot.left, plot.right]);
  const logValues = x.kind === 'log';
  const drawn = (p: ExceedanceFigurePoint) => !logValues || p.value > 0;

  const oepMetric = largestOf(metric);
  const label = metricLabel(curve === 'aep' ? metric : oepMetric, lang, scenario);
  const valueTitle = curve === 'aep' ? label : columnLabel({ kind: 'largest', metric: oepMetric }, lang, scenario);

  let body = `<defs>${styles.map((s, i) => hatchPattern(bandId(i), s.color, s.hatchAngle)).join('')}</defs>`;
  body += axis({ scale: y, side: 'left', plot, label: probabilityLabel, title: word('exceedanceProbability', lang) });
  body += axis({ scale: x, side: 'bottom', plot, label: valueTickLabel(curve === 'aep' ? metric : oepMetric, lang, x), title: valueTitle });
  variants.forEach((v, i) => {
    const points = v.points.filter(drawn);
    const band: Point[] = [...points.map((p): Point => [x.map(p.low), y.map(p.probability)]), ...[...points].reverse().map((p): Point => [x.map(p.high), y.map(p.probability)])];
    if (points.length) body += `<path class="band" d="${pathData(band, true)}" fill="url(#${bandId(i)})" stroke="none"/>`;
  });
  variants.forEach((v, i) => {
    const s = styles[i]!;
    const points = v.points.filter(drawn);
    const line = points.map((p): Point => [x.map(p.value), y.map(p.probability)]);
    body += `<path class="curve" d="${pathData(line)}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`;
    // Markers at whole decades of probability only: enough to tell the lines apart in monochrome.
    for (const p of points) if (isDecade(p.probability)) body += marker(s.marker, x.map(p.value), y.map(p.probability), 7, { color: s.color });
  });
  for (const t of thresholds) {
    if ('probability' in t) {
      const ty = y.map(t.probability);
      body += `<path class="threshold" d="${pathData([[plot.left, ty], [plot.right, ty]])}" stroke="#444" stroke-dasharray="5 4"/>`;
      body += svgText(plot.right - 4, ty - 4, t.label, { 'text-anchor': 'end', ...HALO });
    } else {
      const tx = x.map(t.value);
      body += `<path class="threshold" d="${pathData([[tx, plot.top], [tx, plot.bottom]])}" stroke="#444" stroke-dasharray="5 4"/>`;
      body += svgText(tx + 4, plot.top + 12, t.label, HALO);
    }
  }
  body += legend(legendItems, rightX, rightY, LEGEND_MAX_WIDTH);

  const data: ExceedanceFigureData = { metric, curve, valueScale: logValues ? 'log' : 'linear', variants, thresholds };
  return new Figure({ id, title: title(curve, label, lang), description: description(data, label, lang), width: CHART_WIDTH, height: CHART_HEIGHT, data, body });
}

// A white outline under threshold labels keeps them legible where they cross a curve or a band.
const HALO = { 'font-size': 11, 'paint-order': 'stroke', stroke: '#fff', 'stroke-width': 3 } as const;

const isDecade = (p: number) => Math.abs(log10(p) - Math.round(log10(p))) < 1e-9;

function title(curve: 'aep' | 'oep', label: string, lang: Lang): string {
  const figures = localeOf(lang).figures;
  return curve === 'aep' ? figures.aepTitle(label) : figures.oepTitle(label);
}

/** What is drawn, and each variant's value at the rarest probability drawn for all of them. */
function description(data: ExceedanceFigureData, label: string, lang: Lang): string {
  const metric = data.curve === 'oep' ? largestOf(data.metric) : data.metric;
  const drawn = data.variants.map((v) => v.points.filter((p) => data.valueScale === 'linear' || p.value > 0));
  const rarest = Math.min(...drawn.flatMap((points) => points.map((p) => p.probability)));
  const atRarest = drawn.map((points) => points.find((p) => p.probability === rarest));
  const readout = atRarest.every((p) => p !== undefined) ? data.variants.map((v, i) => `${v.label} ${formatMetric(metric, atRarest[i]!.value, lang)}`) : [];
  const names = data.variants.map((v) => v.label);
  const at = readout.length ? perYearLabel(rarest, lang) : undefined;
  return localeOf(lang).figures.exceedanceDescription(data.curve, label, names, at, readout);
}

/** The metric whose largest single incident a metric's OEP curve shows (the annual cost's is its incident cost). */
function largestOf(metric: string) {
  const column = columnOf(metric);
  if (column?.kind !== 'metric' || !('exceedance' in METRICS[column.metric])) throw new RangeError(`no exceedance curve for ${metric}`);
  return METRICS[column.metric as ExceedanceMetric].exceedance.largestOf;
}
