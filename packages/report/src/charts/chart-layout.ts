import type { PlotArea } from '../svg/plot-area.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-size.ts';

/** Where a chart's plot and what stands right of it (a legend, a column of text) go. */
export interface ChartLayout {
  readonly plot: PlotArea;
  /** Top-left corner of the column right of the plot. */
  readonly rightX: number;
  readonly rightY: number;
}

const EDGE = 12;
const GUTTER = 24;
// Room above the plot for the left axis title, below for tick labels and the bottom axis title.
const TOP = 44;
const BOTTOM = 56;

/** Widest legend: longer variant labels wrap rather than squeeze the plot. */
export const LEGEND_MAX_WIDTH = 176;
/** Widest row labels left of a plot (they wrap beyond). */
export const ROW_LABEL_MAX_WIDTH = 150;

/**
 * The plot area of a `CHART_WIDTH` × `CHART_HEIGHT` chart with `leftWidth` left of it for tick or row
 * labels and `rightWidth` right of it for a legend (0 for none).
 */
export function chartLayout(leftWidth: number, rightWidth = 0): ChartLayout {
  const left = EDGE + Math.min(leftWidth, CHART_WIDTH * 0.3) + 10;
  const right = CHART_WIDTH - EDGE - (rightWidth > 0 ? rightWidth + GUTTER : 0);
  return { plot: { left, top: TOP, right, bottom: CHART_HEIGHT - BOTTOM }, rightX: right + GUTTER, rightY: TOP - 4 };
}
