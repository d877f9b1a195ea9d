import { escapeHTML } from '../escape.ts';
import { coordinate } from './coordinate.ts';

/** Presentation attributes of a `<text>`: numbers are coordinates, strings are written as given. */
export type TextAttributes = Readonly<Record<string, string | number | undefined>>;

/**
 * A `<text>` element at (x, y) with `content` escaped (every label that may come from a scenario goes
 * through here) and attributes in the order given; undefined attributes are left out.
 *
 * @example
 * svgText(10, 20, 'A & B', { 'text-anchor': 'end' }); // '<text x="10" y="20" text-anchor="end">A &amp; B</text>'
 */
export function svgText(x: number, y: number, content: string, attributes: TextAttributes = {}): string {
  return `<text x="${coordinate(x)}" y="${coordinate(y)}"${attributeText(attributes)}>${escapeHTML(content)}</text>`;
}

/** Attributes as ` name="value"`, numbers through `coordinate`, values escaped. */
export function attributeText(attributes: TextAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? coordinate(value) : escapeHTML(value)}"`;
  }
  return out;
}
