// Argument checks shared by the Monte Carlo estimators: a wrong option is a programmer's mistake, so it
// throws a RangeError naming the option and the value rather than returning a quietly wrong estimate.

/**
 * `value` if it is a positive integer, else a RangeError naming `name`.
 * @example
 * requirePositiveInteger('batchGroups', 0); // RangeError: batchGroups must be a positive integer, got 0
 */
export function requirePositiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

/**
 * Replications in a column of `length` rows with `groupSize` rows each; throws unless that divides.
 * @example
 * requireGroups(500, 50); // 10
 */
export function requireGroups(length: number, groupSize: number): number {
  requirePositiveInteger('groupSize', groupSize);
  if (length % groupSize !== 0) {
    throw new RangeError(`values.length (=${length}) must be a multiple of groupSize (=${groupSize})`);
  }
  return length / groupSize;
}

/**
 * `level` if it is a confidence level in (0, 1), else a RangeError.
 * @example
 * requireLevel(95); // RangeError: level must be in (0, 1), got 95
 */
export function requireLevel(level: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  return level;
}

/**
 * Throws unless two columns that describe the same rows have the same length.
 * @example
 * requireEqualLengths('a and b', [1, 2], [1]); // RangeError: a and b must have equal lengths, got 2 and 1
 */
export function requireEqualLengths(names: string, a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length) {
    throw new RangeError(`${names} must have equal lengths, got ${a.length} and ${b.length}`);
  }
}

/**
 * Throws unless `count`, row `row` of a per-year count column, is a non-negative integer or NaN (a
 * missing year, which the callers skip).
 * @example
 * requireCount('counts', -1, 7); // RangeError: counts must be non-negative integers, got -1 in row 7
 */
export function requireCount(name: string, count: number, row: number): void {
  if (!(Number.isInteger(count) && count >= 0) && !Number.isNaN(count)) {
    throw new RangeError(`${name} must be non-negative integers, got ${count} in row ${row}`);
  }
}
