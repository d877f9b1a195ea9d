import { coordinate } from './coordinate.ts';
import { marker, type MarkerShape } from './marker.ts';
import { svgText } from './text.ts';
import { textWidth } from './text-width.ts';
import { wrapText } from './wrap-text.ts';

/** One entry of a legend: a sample of what is drawn (line, marker, band swatch — any of them) and its label. */
export interface LegendItem {
  /** Plain text; escaped here, wrapped to the legend's width. */
  readonly label: string;
  readonly line?: { readonly color: string; readonly dash: string };
  readonly marker?: { readonly shape: MarkerShape; readonly color: string; readonly open?: boolean };
  /** A fill for a band swatch behind the line, e.g. `url(#…)` of a hatch pattern. */
  readonly swatch?: string;
}

const SAMPLE = 28;
const GAP = 6;
const FONT_SIZE = 11;
const LINE = 14;
const ROW_GAP = 6;

/** The width a legend of these items takes (at most `maxWidth`), for the layout around it. */
export const legendWidth = (items: readonly LegendItem[], maxWidth = Infinity): number =>
  Math.min(maxWidth, SAMPLE + GAP + Math.max(0, ...items.map((item) => textWidth(item.label, FONT_SIZE))));

/**
 * A legend as SVG: one row per item, top-left at (x, y), each with its sample drawn as in the plot —
 * the same colour, dash, marker and hatching — so that it also reads in monochrome. Labels longer than
 * `maxWidth` allows wrap onto further lines (a scenario's variant labels can be long sentences).
 *
 * @example
 * legend([{ label: 'on-premises', line: { color: '#0072B2', dash: '' }, marker: { shape: 'circle', color: '#0072B2' } }], 560, 40);
 */
export function legend(items: readonly LegendItem[], x: number, y: number, maxWidth = Infinity): string {
  const c = coordinate;
  const textAt = x + SAMPLE + GAP;
  let top = y;
  const rows = items.map((item) => {
    const lines = wrapText(item.label, legendWidth(items, maxWidth) - SAMPLE - GAP, FONT_SIZE);
    const mid = top + LINE / 2 + 1;
    let sample = '';
    if (item.swatch) sample += `<rect x="${c(x)}" y="${c(mid - 5)}" width="${SAMPLE}" height="10" fill="${item.swatch}"/>`;
    if (item.line) {
      sample += `<path d="M${c(x)} ${c(mid)}h${SAMPLE}" stroke="${item.line.color}" stroke-width="2"${item.line.dash ? ` stroke-dasharray="${item.line.dash}"` : ''}/>`;
    }
    if (item.marker) sample += marker(item.marker.shape, x + SAMPLE / 2, mid, 7, { color: item.marker.color, open: item.marker.open });
    const text = lines.map((line, i) => svgText(textAt, mid + 4 + i * LINE, line)).join('');
    top += lines.length * LINE + ROW_GAP;
    return sample + text;
  });
  return `<g class="legend" font-size="${FONT_SIZE}">${rows.join('')}</g>`;
}
