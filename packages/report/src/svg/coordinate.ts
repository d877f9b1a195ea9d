/**
 * A coordinate or length as SVG text with at most two decimals and no trailing zeros or `-0`: the same
 * figure gives the same bytes on every platform, and files stay small.
 *
 * @example
 * coordinate(12.3456); // '12.35'
 */
export function coordinate(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`a coordinate must be finite, got ${x}`);
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}
