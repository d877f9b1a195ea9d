import type { ExceedanceBand, Scenario } from '@machi/scenarios';
import { Figure } from '../figure.ts';
import { perYearLabel } from '../format/return-period.ts';
import { metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { axis } from '../svg/axis.ts';
import { hatchPattern } from '../svg/hatch-pattern.ts';
import { legend, legendWidth, type LegendItem } from '../svg/legend.ts';
import { pathData, type Point } from '../svg/path-data.ts';
import { safeId } from '../svg/safe-id.ts';
import { logScale } from '../svg/scale.ts';
import { seriesStyle } from '../svg/series-style.ts';
import { textWidth } from '../svg/text-width.ts';
import { word } from '../words.ts';
import { chartLayout, LEGEND_MAX_WIDTH } from './chart-layout.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-size.ts';
import { valueScale } from './value-scale.ts';
import { valueTickLabel } from './value-tick-label.ts';

/** What an exceedance-band figure draws (its `data`): the bands as the study gives them, with labels. */
export interface ExceedanceBandFigureData {
  readonly metric: string;
  readonly variants: readonly (ExceedanceBand & { readonly label: string })[];
}

// Below this the probabilities of a few hundred simulated years are not drawn on the log axis.
const SMALLEST = 1e-4;

/**
 * Exceedance curves of one metric's annual total over the input uncertainty: for each variant, the mean
 * over input sets of P(annual total > threshold) as a line, and the band between its 5% and 95% points
 * across input sets hatched at the variant's angle — how far a bad year's odds could move with what
 * nobody knows precisely. Probability on a log axis (`1/100 per year`); points at 0 lie below it and are
 * not drawn. Labels are escaped.
 *
 * @throws RangeError for no bands, or bands of different metrics.
 * @example
 * exceedanceBandFigure(study.exceedance.filter((b) => b.metric === 'costYen'), { lang: 'ja', scenario }).toSVG();
 */
export function exceedanceBandFigure(bands: readonly ExceedanceBand[], options: { readonly lang: Lang; readonly scenario?: Scenario }): Figure {
  const { lang, scenario } = options;
  if (bands.length === 0) throw new RangeError('exceedanceBandFigure needs at least one band');
  const metric = bands[0]!.metric;
  if (bands.some((b) => b.metric !== metric)) throw new RangeError(`exceedanceBandFigure draws one metric, got ${[...new Set(bands.map((b) => b.metric))].join(', ')}`);
  const variants = bands.map((b) => ({ ...b, label: variantLabel(b.variant, lang, scenario) }));
  const words = localeOf(lang).uncertainty.figures;
  const id = `exceedance-band-${metric}`;
  const styles = variants.map((_, i) => seriesStyle(i));
  const bandId = (i: number) => `${safeId(id)}-${i}`;
  const legendItems: LegendItem[] = [
    ...variants.map((v, i) => ({ label: v.label, line: styles[i]!, swatch: `url(#${bandId(i)})` })),
    { label: words.bandLegend },
  ];
  const points = variants.flatMap((v) => v.points);
  const positive = points.flatMap((p) => [p.mean, p.p05, p.p95]).filter((p) => p >= SMALLEST);
  const extent: [number, number] = [Math.min(0.1, ...positive), 1];
  const probabilityLabel = (p: number) => (p === 1 ? word('everyYear', lang) : perYearLabel(p, lang));
  const probe = logScale(extent, [1, 0], { wholeDecades: false });
  const { plot, rightX, rightY } = chartLayout(Math.max(...probe.ticks.map((p) => textWidth(probabilityLabel(p), 11))), legendWidth(legendItems, LEGEND_MAX_WIDTH));
  const y = logScale(extent, [plot.bottom, plot.top], { wholeDecades: false });
  const x = valueScale(points.map((p) => p.threshold), [plot.left, plot.right]);
  const shown = (threshold: number) => x.kind === 'linear' || threshold > 0;

  const label = metricLabel(metric, lang, scenario);
  let body = `<defs>${styles.map((s, i) => hatchPattern(bandId(i), s.color, s.hatchAngle)).join('')}</defs>`;
  body += axis({ scale: y, side: 'left', plot, label: probabilityLabel, title: word('exceedanceProbability', lang) });
  body += axis({ scale: x, side: 'bottom', plot, label: valueTickLabel(metric, lang, x), title: label });
  variants.forEach((v, i) => {
    const drawn = v.points.filter((p) => shown(p.threshold) && p.p95 >= SMALLEST);
    const band: Point[] = [...drawn.map((p): Point => [x.map(p.threshold), y.map(p.p95)]), ...[...drawn].reverse().map((p): Point => [x.map(p.threshold), y.map(p.p05)])];
    if (drawn.length > 1) body += `<path class="band" d="${pathData(band, true)}" fill="url(#${bandId(i)})" stroke="none"/>`;
  });
  variants.forEach((v, i) => {
    const s = styles[i]!;
    const line = v.points.filter((p) => shown(p.threshold) && p.mean >= SMALLEST).map((p): Point => [x.map(p.threshold), y.map(p.mean)]);
    body += `<path class="curve" d="${pathData(line)}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`;
  });
  body += legend(legendItems, rightX, rightY, LEGEND_MAX_WIDTH);

  const data: ExceedanceBandFigureData = { metric, variants };
  return new Figure({ id, title: words.bandTitle(label), description: words.bandDescription(label, variants.map((v) => v.label)), width: CHART_WIDTH, height: CHART_HEIGHT, data, body });
}
