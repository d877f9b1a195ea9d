import { exp, log } from '../../math/index.ts';
import { regularizedGammaP } from '../special.ts';
import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';
import { standardNormal } from './normal.ts';
import { requirePositive } from './parameters.ts';

/**
 * Gamma distribution with `shape` k and `scale` θ (mean kθ, variance kθ², in the unit of θ).
 *
 * Marsaglia & Tsang (2000), "A simple method for generating gamma variables", ACM TOMS 26(3):
 * per attempt one standard normal (by inversion, one uniform) and one uniform; the acceptance rate
 * is ≥ 95% for k ≥ 1, so a draw consumes a variable number of uniforms (≈ 2.1 on average).
 * For k < 1 it draws gamma(k + 1) and multiplies by u^(1/k) (their boost), one uniform more; for
 * very small k the result can underflow to 0.
 * @throws RangeError unless shape and scale are positive finite numbers.
 * @example
 * const outageHours = gamma(2, 12); // mean 24 h
 */
export function gamma(shape: number, scale: number): Distribution {
  requirePositive('gamma shape', shape);
  requirePositive('gamma scale', scale);
  const sampleStandard = standardGammaSampler(shape);
  return {
    mean: shape * scale,
    variance: shape * scale * scale,
    sample: (stream: RandomStream) => scale * sampleStandard(stream),
    cdf: (x: number) => (x > 0 ? regularizedGammaP(shape, x / scale) : 0),
    toString: () => `gamma(${shape}, ${scale})`,
  };
}

/** A sampler of gamma(shape, 1) by Marsaglia–Tsang; shared with beta and PERT. */
export function standardGammaSampler(shape: number): (stream: RandomStream) => number {
  const boosted = shape < 1;
  const d = (boosted ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const inverseShape = 1 / shape;
  const marsagliaTsang = (stream: RandomStream): number => {
    for (;;) {
      const z = standardNormal(stream);
      const t = 1 + c * z;
      if (t <= 0) continue;
      const v = t * t * t;
      const u = stream.randomOpen();
      const z2 = z * z;
      if (u < 1 - 0.0331 * z2 * z2) return d * v;
      if (log(u) < 0.5 * z2 + d * (1 - v + log(v))) return d * v;
    }
  };
  if (!boosted) return marsagliaTsang;
  return (stream) => {
    const g = marsagliaTsang(stream);
    return g * exp(log(stream.randomOpen()) * inverseShape);
  };
}
