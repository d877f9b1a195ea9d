/** 2^27 + 1: Veltkamp's constant that splits a double into two halves of 26 bits. */
const splitter = 134217729;

/**
 * The rounding error of the product p = a * b, exactly: a * b - p, by Veltkamp's splitting and
 * Dekker's product (Dekker 1971, "A floating-point technique for extending the available precision").
 * Exact unless a * b overflows or underflows; callers keep their operands in range.
 *
 * @example
 * const p = a * b;
 * const e = productError(a, b, p); // a * b = p + e exactly
 */
export function productError(a: number, b: number, p: number): number {
  let t = splitter * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = splitter * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}
