import { expm1, log } from '../../math/index.ts';
import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';
import { requirePositive } from './parameters.ts';

/**
 * Exponential distribution with `rate` events per unit time (mean 1/rate, in that time unit): the
 * waiting time of a Poisson process.
 *
 * Inverse transform, `−log(u) / rate` with u uniform on (0, 1): one uniform per draw.
 * @throws RangeError unless rate is a positive finite number.
 * @example
 * const hoursToFailure = exponential(1 / 8760); // one failure a year on average, in hours
 */
export function exponential(rate: number): Distribution {
  requirePositive('exponential rate', rate);
  return {
    mean: 1 / rate,
    variance: 1 / (rate * rate),
    sample: (stream: RandomStream) => -log(stream.randomOpen()) / rate,
    cdf: (x: number) => (x > 0 ? -expm1(-rate * x) : 0),
    toString: () => `exponential(${rate})`,
  };
}
