import { regularizedBeta } from '../special.ts';
import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';
import { standardGammaSampler } from './gamma.ts';
import { requirePositive } from './parameters.ts';

/**
 * Beta distribution on [0, 1] with shapes `alpha` and `beta`.
 *
 * Two gammas: X = G₁/(G₁ + G₂), G₁ ~ gamma(alpha, 1) drawn first, G₂ ~ gamma(beta, 1), each by
 * Marsaglia–Tsang (a variable number of uniforms). If both underflow to 0 (only possible for shapes
 * far below 1) the pair is redrawn.
 * @throws RangeError unless alpha and beta are positive finite numbers.
 * @example
 * const shareOfRecordsExposed = beta(2, 8);
 */
export function beta(alpha: number, beta: number): Distribution {
  requirePositive('beta alpha', alpha);
  requirePositive('beta beta', beta);
  return betaWithName(alpha, beta, `beta(${alpha}, ${beta})`);
}

export function betaWithName(alpha: number, beta: number, name: string): Distribution {
  const gammaAlpha = standardGammaSampler(alpha);
  const gammaBeta = standardGammaSampler(beta);
  const total = alpha + beta;
  return {
    mean: alpha / total,
    variance: (alpha * beta) / (total * total * (total + 1)),
    sample(stream: RandomStream) {
      for (;;) {
        const g1 = gammaAlpha(stream);
        const g2 = gammaBeta(stream);
        const sum = g1 + g2;
        if (sum > 0) return g1 / sum;
      }
    },
    cdf: (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : regularizedBeta(x, alpha, beta)),
    toString: () => name,
  };
}
