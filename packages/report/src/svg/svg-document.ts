import { escapeHTML } from '../escape.ts';
import { coordinate } from './coordinate.ts';
import { FONT_STACK } from './font-stack.ts';

/** What a standalone SVG needs around its drawing. */
export interface SvgDocumentInput {
  /** Stable identifier, e.g. `aep-costYen-onprem`; becomes `data-figure`. */
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** Plain text; escaped here. */
  readonly title: string;
  /** Plain text describing what is drawn, for screen readers and for search; escaped here. */
  readonly description: string;
  /** The numbers drawn, embedded as JSON in `data-values` so they can be checked against result.json. */
  readonly data: unknown;
  /** SVG markup of the drawing (already escaped by whoever built it). */
  readonly body: string;
}

/**
 * A standalone SVG file: `xmlns`, `viewBox`, `<title>` and `<desc>` first (read out by screen readers
 * and shown as a tooltip), the Japanese font stack, and the drawn numbers as `data-values`. Black on
 * white with patterns and dashes doing the work colour would do, so it prints in monochrome.
 */
export function svgDocument(input: SvgDocumentInput): string {
  const w = coordinate(input.width);
  const h = coordinate(input.height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img"` +
    ` data-figure="${escapeHTML(input.id)}" data-values="${escapeHTML(JSON.stringify(input.data))}"` +
    ` font-family="${escapeHTML(FONT_STACK)}" font-size="12">` +
    `<title>${escapeHTML(input.title)}</title><desc>${escapeHTML(input.description)}</desc>` +
    `<rect width="${w}" height="${h}" fill="#fff"/>${input.body}</svg>`
  );
}
