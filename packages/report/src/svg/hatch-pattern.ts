import { coordinate } from './coordinate.ts';

/**
 * A `<pattern>` of thin parallel lines at `angleDegrees`, in `color` over a pale tint of it, for a
 * confidence band: overlapping bands of different series stay apart in monochrome by their angle.
 * `id` must be unique in the page (inline SVGs share one id space): prefix it with the figure's id.
 *
 * @example
 * hatchPattern('aep-costYen-band-0', '#0072B2', 45); // '<pattern id="aep-costYen-band-0" …>…</pattern>'
 */
export function hatchPattern(id: string, color: string, angleDegrees: number, spacing = 6): string {
  const s = coordinate(spacing);
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${s}" height="${s}" patternTransform="rotate(${coordinate(angleDegrees)})">` +
    `<rect width="${s}" height="${s}" fill="${color}" fill-opacity="0.12"/>` +
    `<path d="M0 0L0 ${s}" stroke="${color}" stroke-width="1" stroke-opacity="0.55"/></pattern>`
  );
}

