import { normalCdf, normalQuantileAS241 } from '../../math/index.ts';
import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';
import { requireFinite, requirePositive } from './parameters.ts';

/**
 * Normal distribution with `mean` and standard deviation `sd` (same unit as the mean).
 *
 * Inversion, `mean + sd·Φ⁻¹(u)` with u uniform on (0, 1) and Φ⁻¹ by AS241 (`normalQuantileAS241`): exactly one uniform per draw, no cached
 * spare value, monotone in u (so common random numbers pair variants as closely as possible).
 * Draws stay within about ±8.3 sd, the range of Φ⁻¹ on (0, 1) at 52-bit resolution.
 * @throws RangeError unless mean is finite and sd a positive finite number.
 * @example
 * const demandDeviation = normal(0, 15);
 */
export function normal(mean: number, sd: number): Distribution {
  requireFinite('normal mean', mean);
  requirePositive('normal sd', sd);
  return {
    mean,
    variance: sd * sd,
    sample: (stream: RandomStream) => mean + sd * normalQuantileAS241(stream.randomOpen()),
    cdf: (x: number) => normalCdf((x - mean) / sd),
    toString: () => `normal(${mean}, ${sd})`,
  };
}

/** A standard normal draw by inversion, one uniform; shared by the samplers built on normals. */
export function standardNormal(stream: RandomStream): number {
  return normalQuantileAS241(stream.randomOpen());
}
