import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';

/**
 * Continuous distribution interpolating observed `samples` (n ≥ 2, finite, any order).
 *
 * Definition: with the samples sorted, x₀ ≤ … ≤ x₍ₙ₋₁₎, the CDF is the piecewise-linear function
 * through the points (xᵢ, i/(n − 1)): each of the n − 1 gaps between neighbouring order statistics
 * holds probability 1/(n − 1), spread uniformly over it (a gap of width 0 is an atom). The support
 * is [x₀, x₍ₙ₋₁₎], so draws never leave the observed range; the quantile function is R's type 7
 * (`quantile(samples, u)`, the default of R and NumPy).
 *
 * Inverse transform: one uniform per draw, O(1).
 * @throws RangeError unless samples has at least 2 finite numbers.
 * @example
 * const restoreHours = empirical([3, 5, 8, 8, 12, 30, 72]); // past incidents
 */
export function empirical(samples: readonly number[]): Distribution {
  if (samples.length < 2) throw new RangeError(`empirical samples must hold at least 2 numbers, got ${samples.length}`);
  for (let i = 0; i < samples.length; i++) {
    if (!Number.isFinite(samples[i])) throw new RangeError(`empirical samples must be finite numbers, got ${samples[i]} at index ${i}`);
  }
  const x = Float64Array.from(samples).sort();
  const gaps = x.length - 1;

  // Each gap [a, b] is uniform with probability 1/gaps: mean (a + b)/2 and, about any centre,
  // second moment (a² + ab + b²)/3 with a, b measured from that centre.
  let mean = 0;
  for (let i = 0; i < gaps; i++) {
    const a = x[i];
    const b = x[i + 1];
    mean += (a + b) / 2;
  }
  mean /= gaps;
  let variance = 0;
  for (let i = 0; i < gaps; i++) {
    const a = x[i] - mean;
    const b = x[i + 1] - mean;
    variance += (a * a + a * b + b * b) / 3;
  }
  variance /= gaps;

  return {
    mean,
    variance,
    sample(stream: RandomStream) {
      const h = stream.random() * gaps;
      const i = Math.floor(h);
      return x[i] + (h - i) * (x[i + 1] - x[i]);
    },
    cdf(value: number) {
      if (value < x[0]) return 0;
      if (value >= x[gaps]) return 1;
      // The last index i with x[i] ≤ value (i < gaps here), by binary search.
      let lo = 0;
      let hi = gaps;
      while (hi - lo > 1) {
        const mid = (lo + hi) >>> 1;
        if (x[mid] <= value) lo = mid;
        else hi = mid;
      }
      return (lo + (value - x[lo]) / (x[lo + 1] - x[lo])) / gaps;
    },
    toString: () => `empirical(${samples.length} samples)`,
  };
}
