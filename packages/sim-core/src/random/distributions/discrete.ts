import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';

/**
 * Finite discrete distribution: `values[i]` with probability `weights[i] / Σ weights`.
 *
 * Walker's alias method (Vose's stable construction, deterministic in the input order): O(n) set-up,
 * O(1) per draw, one uniform per draw, whose integer part (u·n) picks a column and whose fraction
 * chooses between the column's value and its alias. Values need not be sorted or distinct.
 * @throws RangeError unless values and weights are non-empty arrays of equal length, values finite,
 *   weights non-negative finite with a positive sum.
 * @example
 * const segmentHit = discrete([0, 1, 2], [0.7, 0.2, 0.1]); // My Number / LGWAN / internet
 */
export function discrete(values: readonly number[], weights: readonly number[]): Distribution {
  const n = values.length;
  if (n === 0 || weights.length !== n) {
    throw new RangeError(`discrete values and weights must be non-empty and of equal length, got ${n} values and ${weights.length} weights`);
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i])) throw new RangeError(`discrete values must be finite numbers, got ${values[i]} at index ${i}`);
    const w = weights[i];
    if (!(w >= 0 && w < Infinity)) throw new RangeError(`discrete weights must be non-negative finite numbers, got ${w} at index ${i}`);
    total += w;
  }
  if (!(total > 0 && total < Infinity)) throw new RangeError(`discrete weights must have a positive finite sum, got ${total}`);

  const { threshold, alias } = aliasTable(weights, total);
  const support = Float64Array.from(values);

  // The CDF over the sorted distinct values, ties broken by index so it is deterministic.
  const order = [...values.keys()].sort((i, j) => values[i] - values[j] || i - j);
  const sortedValues: number[] = [];
  const cumulative: number[] = [];
  let sum = 0;
  let mean = 0;
  for (const i of order) {
    sum += weights[i];
    mean += (weights[i] / total) * values[i];
    if (sortedValues.length > 0 && sortedValues[sortedValues.length - 1] === values[i]) cumulative[cumulative.length - 1] = sum / total;
    else {
      sortedValues.push(values[i]);
      cumulative.push(sum / total);
    }
  }
  cumulative[cumulative.length - 1] = 1;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (weights[i] / total) * (values[i] - mean) * (values[i] - mean);

  return {
    mean,
    variance,
    sample(stream: RandomStream) {
      const x = stream.random() * n;
      const column = Math.floor(x);
      return x - column < threshold[column] ? support[column] : support[alias[column]];
    },
    cdf(x: number) {
      // The last index with sortedValues[index] ≤ x, by binary search.
      let lo = 0;
      let hi = sortedValues.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sortedValues[mid] <= x) lo = mid + 1;
        else hi = mid;
      }
      return lo === 0 ? 0 : cumulative[lo - 1];
    },
    toString: () =>
      n <= 8 ? `discrete([${values.join(', ')}], [${weights.join(', ')}])` : `discrete(${n} values)`,
  };
}

// Vose (1991), "A linear algorithm for generating random numbers with a given distribution".
function aliasTable(weights: readonly number[], total: number): { threshold: Float64Array; alias: Int32Array } {
  const n = weights.length;
  const threshold = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = weights.map((w) => (w * n) / total);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = n - 1; i >= 0; i--) (scaled[i] < 1 ? small : large).push(i);
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large.pop()!;
    threshold[s] = scaled[s];
    alias[s] = l;
    scaled[l] = scaled[l] + scaled[s] - 1;
    (scaled[l] < 1 ? small : large).push(l);
  }
  // What is left is 1 up to rounding.
  for (const i of large) threshold[i] = 1;
  for (const i of small) threshold[i] = 1;
  for (let i = 0; i < n; i++) if (threshold[i] === 1) alias[i] = i;
  return { threshold, alias };
}
