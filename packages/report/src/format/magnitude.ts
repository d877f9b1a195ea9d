/**
 * An earthquake's magnitude as the JMA reports it, with one decimal kept even when it is zero (`7.0`):
 * the model draws it as a real number, and nobody reads `7.255325550604155`.
 *
 * @example
 * formatMagnitude(7.255325550604155); // '7.3'
 */
export function formatMagnitude(magnitude: number): string {
  if (!Number.isFinite(magnitude)) throw new RangeError(`a magnitude must be a finite number, got ${magnitude}`);
  return magnitude.toFixed(1);
}
