import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';
import { requireOrdered } from './parameters.ts';

/**
 * Triangular distribution on [min, max] with its peak at `mode` (min ≤ mode ≤ max, min < max).
 *
 * Inverse transform: one uniform per draw.
 * @throws RangeError unless min ≤ mode ≤ max and min < max, all finite.
 * @example
 * const restoreHours = triangular(4, 8, 72);
 */
export function triangular(min: number, mode: number, max: number): Distribution {
  requireOrdered('triangular parameters', 'min ≤ mode ≤ max and min < max', [min, mode, max]);
  const width = max - min;
  const left = mode - min;
  const right = max - mode;
  const modeProbability = left / width;
  return {
    mean: (min + mode + max) / 3,
    variance: (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18,
    sample(stream: RandomStream) {
      const u = stream.random();
      return u < modeProbability ? min + Math.sqrt(u * width * left) : max - Math.sqrt((1 - u) * width * right);
    },
    cdf(x: number) {
      if (x <= min) return 0;
      if (x >= max) return 1;
      if (x <= mode) return ((x - min) * (x - min)) / (width * left);
      return 1 - ((max - x) * (max - x)) / (width * right);
    },
    toString: () => `triangular(${min}, ${mode}, ${max})`,
  };
}
