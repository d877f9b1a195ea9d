import { exp, expm1, log, normalCdf, normalQuantileAS241 } from '../../math/index.ts';
import type { RandomStream } from '../stream.ts';
import type { Distribution } from './distribution.ts';
import { requireFinite, requireOrdered, requirePositive } from './parameters.ts';

/**
 * Lognormal distribution: `exp(N(mu, sigma²))`, so mu and sigma are the mean and standard deviation
 * of the logarithm (the median is exp(mu)).
 *
 * Inversion, `exp(mu + sigma·Φ⁻¹(u))` with u uniform on (0, 1): one uniform per draw.
 * @throws RangeError unless mu is finite and sigma a positive finite number.
 * @example
 * const recordsLeaked = lognormal(log(500), 1.2);
 */
export function lognormal(mu: number, sigma: number): Distribution {
  requireFinite('lognormal mu', mu);
  requirePositive('lognormal sigma', sigma);
  return lognormalWithName(mu, sigma, `lognormal(${mu}, ${sigma})`);
}

/**
 * The lognormal distribution whose 5% and 95% quantiles are `p05` and `p95` (0 < p05 < p95), the
 * way experts state a range ("between 2 and 48 hours, 90% sure"):
 * mu = (ln p05 + ln p95)/2, sigma = (ln p95 − ln p05)/(2·z₀.₉₅) with z₀.₉₅ = 1.6448536269514722.
 * @throws RangeError unless 0 < p05 < p95, both finite.
 * @example
 * const repairHours = lognormalFrom90Interval(2, 48);
 */
export function lognormalFrom90Interval(p05: number, p95: number): Distribution {
  requirePositive('lognormalFrom90Interval p05', p05);
  requireOrdered('lognormalFrom90Interval parameters', 'p05 < p95', [p05, p95]);
  const logP05 = log(p05);
  const logP95 = log(p95);
  const mu = (logP05 + logP95) / 2;
  const sigma = (logP95 - logP05) / (2 * 1.6448536269514722);
  return lognormalWithName(mu, sigma, `lognormalFrom90Interval(${p05}, ${p95})`);
}

function lognormalWithName(mu: number, sigma: number, name: string): Distribution {
  const sigma2 = sigma * sigma;
  return {
    mean: exp(mu + sigma2 / 2),
    variance: expm1(sigma2) * exp(2 * mu + sigma2),
    sample: (stream: RandomStream) => exp(mu + sigma * normalQuantileAS241(stream.randomOpen())),
    cdf: (x: number) => (x > 0 ? normalCdf((log(x) - mu) / sigma) : 0),
    toString: () => name,
  };
}
