import { coordinate } from './coordinate.ts';
import type { PlotArea } from './plot-area.ts';
import type { Scale } from './scale.ts';
import { svgText } from './text.ts';
import { textWidth } from './text-width.ts';

/** What an axis draws. */
export interface AxisOptions {
  readonly scale: Scale;
  /** A bottom axis maps x, a left axis maps y. */
  readonly side: 'bottom' | 'left';
  readonly plot: PlotArea;
  /** The text of a major tick (e.g. `perYearLabel`, `formatYen`). Escaped here. */
  readonly label: (tick: number) => string;
  /** The axis title in the figure's language; a left axis's sits above the plot, unrotated, so that Japanese reads across. */
  readonly title?: string;
  /** Light grid lines across the plot at the ticks (default true). */
  readonly grid?: boolean;
}

const TICK = 5;
const MINOR_TICK = 3;

/**
 * An axis as SVG: grid lines (behind whatever is drawn after it), the axis line, major ticks with
 * labels, minor ticks without, and the title. Every coordinate goes through `coordinate`.
 *
 * @example
 * axis({ scale, side: 'left', plot, label: (p) => perYearLabel(p, 'en'), title: 'annual probability of exceedance' });
 */
export function axis(options: AxisOptions): string {
  const { scale, side, plot, label, title } = options;
  const grid = options.grid ?? true;
  const c = coordinate;
  let gridLines = '';
  let ticks = '';
  let labels = '';
  if (side === 'bottom') {
    const y = plot.bottom;
    for (const t of scale.minorTicks) {
      const x = c(scale.map(t));
      if (grid) gridLines += `<path d="M${x} ${c(plot.top)}V${c(y)}" stroke="#f0f0f0"/>`;
      ticks += `<path d="M${x} ${c(y)}v${MINOR_TICK}" stroke="#555"/>`;
    }
    const every = labelEvery(scale, label);
    scale.ticks.forEach((t, i) => {
      const x = scale.map(t);
      if (grid) gridLines += `<path d="M${c(x)} ${c(plot.top)}V${c(y)}" stroke="#dcdcdc"/>`;
      ticks += `<path d="M${c(x)} ${c(y)}v${TICK}" stroke="#333"/>`;
      if (i % every === 0) labels += svgText(x, y + TICK + 13, label(t), { 'text-anchor': 'middle' });
    });
    const axisLine = `<path d="M${c(plot.left)} ${c(y)}H${c(plot.right)}" stroke="#333"/>`;
    const titleText = title ? svgText((plot.left + plot.right) / 2, y + TICK + 34, title, { 'text-anchor': 'middle', 'font-size': 12 }) : '';
    return `<g class="axis axis-bottom">${gridLines}${axisLine}${ticks}<g font-size="11">${labels}</g>${titleText}</g>`;
  }
  const x = plot.left;
  for (const t of scale.minorTicks) {
    const y = c(scale.map(t));
    if (grid) gridLines += `<path d="M${c(x)} ${y}H${c(plot.right)}" stroke="#f0f0f0"/>`;
    ticks += `<path d="M${c(x)} ${y}h-${MINOR_TICK}" stroke="#555"/>`;
  }
  for (const t of scale.ticks) {
    const y = scale.map(t);
    if (grid) gridLines += `<path d="M${c(x)} ${c(y)}H${c(plot.right)}" stroke="#dcdcdc"/>`;
    ticks += `<path d="M${c(x)} ${c(y)}h-${TICK}" stroke="#333"/>`;
    labels += svgText(x - TICK - 3, y + 4, label(t), { 'text-anchor': 'end' });
  }
  const axisLine = `<path d="M${c(x)} ${c(plot.top)}V${c(plot.bottom)}" stroke="#333"/>`;
  const titleText = title ? svgText(12, plot.top - 16, title, { 'font-size': 12 }) : '';
  return `<g class="axis axis-left">${gridLines}${axisLine}${ticks}<g font-size="11">${labels}</g>${titleText}</g>`;
}

/** Label every n-th tick of a horizontal axis so that neighbouring labels never overlap. */
function labelEvery(scale: Scale, label: (tick: number) => string): number {
  if (scale.ticks.length < 2) return 1;
  const spacing = Math.abs(scale.map(scale.ticks[1]!) - scale.map(scale.ticks[0]!));
  const widest = Math.max(...scale.ticks.map((t) => textWidth(label(t), 11)));
  return Math.max(1, Math.ceil((widest + 8) / spacing));
}
