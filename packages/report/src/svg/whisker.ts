import { pathData } from './path-data.ts';

/**
 * A horizontal interval from x1 to x2 at y with end caps `cap` tall, in `color`: the whisker of a
 * dot-and-whisker plot.
 *
 * @example
 * whisker(10, 50, 20, '#0072B2'); // '<path d="M10 20L50 20M10 17L10 23M50 17L50 23" …/>'
 */
export function whisker(x1: number, x2: number, y: number, color: string, cap = 6, width = 1.6): string {
  const h = cap / 2;
  const d = pathData([[x1, y], [x2, y]]) + pathData([[x1, y - h], [x1, y + h]]) + pathData([[x2, y - h], [x2, y + h]]);
  return `<path class="interval" d="${d}" fill="none" stroke="${color}" stroke-width="${width}"/>`;
}
