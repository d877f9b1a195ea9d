import type { RandomStream } from '../stream.ts';
import { betaWithName } from './beta.ts';
import type { Distribution } from './distribution.ts';
import { requireOrdered, requirePositive } from './parameters.ts';

/**
 * (Modified) PERT distribution on [min, max] with most likely value `mode`: a beta distribution
 * rescaled to [min, max] with alpha = 1 + shape·(mode − min)/(max − min) and
 * beta = 1 + shape·(max − mode)/(max − min); the mean is (min + shape·mode + max)/(shape + 2).
 * shape = 4 is classic PERT (Vose, "Risk Analysis", 3rd ed., §9.1.4).
 *
 * Sampled as min + (max − min)·beta(alpha, beta) (two Marsaglia–Tsang gammas).
 * @throws RangeError unless min ≤ mode ≤ max, min < max, all finite, and shape is a positive finite number.
 * @example
 * const vendorArrivalHours = pert(4, 12, 72);
 */
export function pert(min: number, mode: number, max: number, shape = 4): Distribution {
  requireOrdered('pert parameters', 'min ≤ mode ≤ max and min < max', [min, mode, max]);
  requirePositive('pert shape', shape);
  const width = max - min;
  const standard = betaWithName(1 + (shape * (mode - min)) / width, 1 + (shape * (max - mode)) / width, '');
  return {
    mean: min + width * standard.mean,
    variance: width * width * standard.variance,
    sample: (stream: RandomStream) => min + width * standard.sample(stream),
    cdf: (x: number) => standard.cdf((x - min) / width),
    toString: () => (shape === 4 ? `pert(${min}, ${mode}, ${max})` : `pert(${min}, ${mode}, ${max}, ${shape})`),
  };
}
