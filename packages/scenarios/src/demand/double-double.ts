// Double-double arithmetic (Dekker 1971; Knuth's TwoSum): a value held as hi + lo with |lo| ≤ ulp(hi)/2
// carries about 106 bits, so long running sums and differences of nearby prefixes stay exact to the last
// bit of a double. Internal to demand/.

/**
 * (hi + lo) + x as a normalised double-double pair.
 *
 * @example
 * ddAdd(1, 0, 2 ** -60); // [1, 2 ** -60]
 */
export function ddAdd(hi: number, lo: number, x: number): [number, number] {
  const s = hi + x;
  const b = s - hi;
  const err = hi - (s - b) + (x - b);
  const l = lo + err;
  const h = s + l;
  return [h, l - (h - s)];
}

/**
 * (hi[j] + lo[j]) − (hi[i] + lo[i]), rounded once at the end.
 *
 * @example
 * ddDifference(Float64Array.of(0, 1e16), Float64Array.of(0, 2), 0, 1); // 10000000000000002
 */
export function ddDifference(hi: Float64Array, lo: Float64Array, i: number, j: number): number {
  const a = hi[j];
  const c = -hi[i];
  const s = a + c;
  const b = s - a;
  const err = a - (s - b) + (c - b);
  return s + (err + (lo[j] - lo[i]));
}

/**
 * The sum of `values` rounded once: exact for any realistic count of terms.
 *
 * @example
 * ddSum([1e16, 1, 1]); // 10000000000000002
 */
export function ddSum(values: ArrayLike<number>, length = values.length): number {
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < length; i++) [hi, lo] = ddAdd(hi, lo, values[i]);
  return hi + lo;
}
