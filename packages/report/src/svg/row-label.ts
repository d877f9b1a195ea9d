import { svgText } from './text.ts';
import { textWidth } from './text-width.ts';
import { wrapText } from './wrap-text.ts';

const FONT_SIZE = 11;
const LINE = 13;

/** The width the widest of these row labels takes, at most `maxWidth`. */
export const rowLabelWidth = (labels: readonly string[], maxWidth: number): number =>
  Math.min(maxWidth, Math.max(0, ...labels.map((label) => textWidth(label, FONT_SIZE))));

/**
 * A row's label right-aligned at `x`, centred on `y`, wrapped to `maxWidth` (escaped).
 *
 * @example
 * rowLabel('on-premises', 150, 80, 140); // '<text x="150" y="84" text-anchor="end" …>on-premises</text>'
 */
export function rowLabel(label: string, x: number, y: number, maxWidth: number): string {
  const lines = wrapText(label, maxWidth, FONT_SIZE);
  const first = y + 4 - ((lines.length - 1) * LINE) / 2;
  return lines.map((line, i) => svgText(x, first + i * LINE, line, { 'text-anchor': 'end', 'font-size': FONT_SIZE })).join('');
}
