import type { MarkerShape } from './marker.ts';

/** How one series (a variant) is drawn so it can be told apart without colour. */
export interface SeriesStyle {
  /** Okabe–Ito colour. */
  readonly color: string;
  /** `stroke-dasharray`, or '' for a solid line. */
  readonly dash: string;
  readonly marker: MarkerShape;
  /** Angle in degrees of the hatching of its confidence band. */
  readonly hatchAngle: number;
}

/**
 * The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), told apart by readers with any
 * of the common colour-vision deficiencies; ordered for lines on white, yellow last as it is faint.
 */
export const OKABE_ITO: readonly string[] = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

const DASHES = ['', '7 3', '2 2', '9 3 2 3', '4 4', '1 3', '12 4', '6 2 2 2 2 2'];
const MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'triangle-down', 'plus', 'star'];
const HATCH_ANGLES = [45, -45, 0, 90, 30, -30, 60, -60];

/**
 * The style of the `index`-th series: colour, dash pattern, marker and hatch angle all change together,
 * so a figure reads in monochrome print and for colour-blind readers. Cycles after eight series.
 *
 * @example
 * seriesStyle(1); // { color: '#D55E00', dash: '7 3', marker: 'square', hatchAngle: -45 }
 */
export function seriesStyle(index: number): SeriesStyle {
  const i = ((index % 8) + 8) % 8;
  return { color: OKABE_ITO[i]!, dash: DASHES[i]!, marker: MARKERS[i]!, hatchAngle: HATCH_ANGLES[i]! };
}
