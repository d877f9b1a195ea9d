import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';
import { requireOrdered } from './parameters.ts';

/**
 * Continuous uniform distribution on [min, max] (min < max, finite).
 *
 * `min + (max − min)·u` with u uniform on [0, 1): one uniform per draw. Rounding can return `max`
 * itself when u is within an ulp of 1.
 * @throws RangeError unless min < max, both finite.
 * @example
 * const arrivalHour = uniform(0, 24);
 */
export function uniform(min: number, max: number): Distribution {
  requireOrdered('uniform parameters', 'min < max', [min, max]);
  const width = max - min;
  return {
    mean: min + width / 2,
    variance: (width * width) / 12,
    sample: (stream: RandomStream) => min + width * stream.random(),
    cdf: (x: number) => (x <= min ? 0 : x >= max ? 1 : (x - min) / width),
    toString: () => `uniform(${min}, ${max})`,
  };
}
