/** Count, mean, sum of squared deviations, min and max of a set of observations. */
export interface Moments {
  readonly count: number;
  readonly mean: number;
  /** Σ (x − mean)², from which the variance is m2 / (count − 1). */
  readonly m2: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Moments of `values[0..n)` reduced over fixed blocks of `blockSize` consecutive indices (Welford inside
 * a block, in index order) combined in a fixed pairwise tree (Chan, Golub & LeVeque 1979). Floating-point
 * sums are not associative, so the reduction order is fixed by the indices alone — never by the order in
 * which chunks or workers finished — and the result is byte-identical however the rows were produced.
 * NaN values are skipped.
 *
 * @example
 * blockMoments(new Float64Array([1, 2, 3]), 1024).mean; // 2
 */
export function blockMoments(values: ArrayLike<number>, blockSize = 1024): Moments {
  if (!Number.isInteger(blockSize) || blockSize < 1) {
    throw new RangeError(`blockSize must be a positive integer, got ${blockSize}`);
  }
  let level: Moments[] = [];
  for (let start = 0; start < values.length; start += blockSize) {
    level.push(welford(values, start, Math.min(values.length, start + blockSize)));
  }
  if (level.length === 0) return EMPTY;
  while (level.length > 1) {
    const up: Moments[] = [];
    for (let i = 0; i < level.length; i += 2) up.push(i + 1 < level.length ? combine(level[i], level[i + 1]) : level[i]);
    level = up;
  }
  return level[0];
}

const EMPTY: Moments = { count: 0, mean: NaN, m2: NaN, min: NaN, max: NaN };

function welford(values: ArrayLike<number>, start: number, end: number): Moments {
  let count = 0;
  let mean = 0;
  let m2 = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = start; i < end; i++) {
    const x = values[i];
    if (Number.isNaN(x)) continue;
    count += 1;
    const delta = x - mean;
    mean += delta / count;
    m2 += delta * (x - mean);
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return count === 0 ? EMPTY : { count, mean, m2, min, max };
}

function combine(a: Moments, b: Moments): Moments {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  return {
    count,
    mean: a.mean + (delta * b.count) / count,
    m2: a.m2 + b.m2 + ((delta * delta) * a.count * b.count) / count,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
  };
}
