import {
  discrete,
  exp,
  exponential,
  log,
  lognormalFrom90Interval,
  pert,
  triangular,
  uniform,
  type Distribution,
  type RandomStream,
} from '@machi/sim-core';
import type { QuantitySpec } from '../schema/index.ts';

/** A sampler for a quantity written as data; only `sample` is needed on the simulation path. */
export interface Quantity {
  sample(stream: RandomStream): number;
  toString(): string;
}

const constant = (value: number): Quantity => ({ sample: () => value, toString: () => `fixed(${value})` });

/**
 * A banded histogram, log-uniform inside each band: the shape of leak sizes (most incidents touch a few
 * persons, a few touch tens of thousands). Consumes two uniforms per draw.
 */
function bands(spec: readonly { min: number; max: number; share: number }[]): Quantity {
  const pick = discrete(spec.map((_, i) => i), spec.map((b) => b.share));
  return {
    sample(stream) {
      const b = spec[pick.sample(stream)]!;
      const u = stream.random();
      return b.min === b.max ? b.min : exp(log(b.min) + u * (log(b.max) - log(b.min)));
    },
    toString: () => `bands(${spec.map((b) => `${b.min}-${b.max}:${b.share}`).join(', ')})`,
  };
}

/**
 * Turns a validated quantity spec into a sampler.
 * @example quantity({ lognormal90: [2, 48] }).sample(stream) // hours
 */
export function quantity(spec: QuantitySpec): Quantity {
  const d = (x: Distribution): Quantity => x;
  if ('fixed' in spec) return constant(spec.fixed);
  if ('lognormal90' in spec) return d(lognormalFrom90Interval(spec.lognormal90[0], spec.lognormal90[1]));
  if ('uniform' in spec) return spec.uniform[0] === spec.uniform[1] ? constant(spec.uniform[0]) : d(uniform(spec.uniform[0], spec.uniform[1]));
  if ('triangular' in spec) return d(triangular(...spec.triangular));
  if ('pert' in spec) return d(pert(...spec.pert));
  if ('exponentialMean' in spec) return d(exponential(1 / spec.exponentialMean));
  return bands(spec.bands);
}
