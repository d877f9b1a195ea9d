import { exp, expm1, log, logGamma, pow } from '../../math/index.ts';
import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';
import { requirePositive } from './parameters.ts';

/**
 * Weibull distribution with `shape` k and `scale` λ (in the unit of the draws):
 * P(X > x) = exp(−(x/λ)^k). Shape < 1 models infant mortality, > 1 wear-out.
 *
 * Inverse transform, `λ·(−log u)^(1/k)` with u uniform on (0, 1): one uniform per draw.
 * @throws RangeError unless shape and scale are positive finite numbers.
 * @example
 * const diskLifeHours = weibull(1.5, 40_000);
 */
export function weibull(shape: number, scale: number): Distribution {
  requirePositive('weibull shape', shape);
  requirePositive('weibull scale', scale);
  const inverseShape = 1 / shape;
  const gamma1 = exp(logGamma(1 + inverseShape));
  const gamma2 = exp(logGamma(1 + 2 * inverseShape));
  return {
    mean: scale * gamma1,
    variance: scale * scale * (gamma2 - gamma1 * gamma1),
    sample: (stream: RandomStream) => scale * pow(-log(stream.randomOpen()), inverseShape),
    cdf: (x: number) => (x > 0 ? -expm1(-pow(x / scale, shape)) : 0),
    toString: () => `weibull(${shape}, ${scale})`,
  };
}
