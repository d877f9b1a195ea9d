/** The precision wanted of an estimate: a half-width relative to the mean, with an absolute floor. */
export interface PrecisionTarget {
  /** Largest acceptable halfWidth / |mean|, ≥ 0. */
  readonly relativeHalfWidth: number;
  /** A half-width always precise enough, in the estimate's unit (for means near 0); default 0. */
  readonly absoluteFloor?: number;
}

/**
 * The stopping rule's test: an estimate is precise when halfWidth ≤ max(relativeHalfWidth·|mean|,
 * absoluteFloor). The floor keeps a mean near 0 (a loss that almost never happens) from demanding
 * endless replications. An unknown half-width (NaN, fewer than two replications) is never precise.
 *
 * @throws RangeError if relativeHalfWidth or absoluteFloor is negative or NaN.
 * @example
 * isPrecise({ mean: 200, halfWidth: 9 }, { relativeHalfWidth: 0.05 }); // true: 9 ≤ 0.05 · 200 = 10
 */
export function isPrecise(estimate: { mean: number; halfWidth: number }, target: PrecisionTarget): boolean {
  const { relativeHalfWidth, absoluteFloor = 0 } = target;
  if (!(relativeHalfWidth >= 0)) throw new RangeError(`relativeHalfWidth must be ≥ 0, got ${relativeHalfWidth}`);
  if (!(absoluteFloor >= 0)) throw new RangeError(`absoluteFloor must be ≥ 0, got ${absoluteFloor}`);
  return estimate.halfWidth <= Math.max(relativeHalfWidth * Math.abs(estimate.mean), absoluteFloor);
}
