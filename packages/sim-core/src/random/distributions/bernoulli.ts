import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';
import { requireProbability } from './parameters.ts';

/**
 * Bernoulli distribution: 1 with `probability`, else 0.
 *
 * `u < probability` with u uniform on [0, 1): one uniform per draw, so probability 0 never gives 1
 * and probability 1 always does.
 * @throws RangeError unless probability is in [0, 1].
 * @example
 * const backupIsOffline = bernoulli(0.3).sample(stream) === 1;
 */
export function bernoulli(probability: number): Distribution {
  requireProbability('bernoulli probability', probability);
  return {
    mean: probability,
    variance: probability * (1 - probability),
    sample: (stream: RandomStream) => (stream.random() < probability ? 1 : 0),
    cdf: (x: number) => (x < 0 ? 0 : x < 1 ? 1 - probability : 1),
    toString: () => `bernoulli(${probability})`,
  };
}
