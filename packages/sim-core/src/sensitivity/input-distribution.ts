import { exp, log, normalCdf, normalQuantile } from '../math/index.ts';
import { inputProblems } from './input-problems.ts';
import { inputSupport } from './input-support.ts';
import type { UncertainInput } from './uncertain-input.ts';

/** An uncertain input's belief as a distribution over its values. */
export interface InputDistribution {
  /** The value with P(X ≤ value) = u, for u in [0, 1]; a design's coordinates (0 < u < 1) map into the support. */
  quantile(u: number): number;
  /** P(X ≤ x). */
  cdf(x: number): number;
  /** The support's ends (`inputSupport`). */
  readonly min: number;
  readonly max: number;
}

/**
 * The distribution an uncertain input's range states (see `UncertainInput`): its quantile function maps a
 * design's unit-cube coordinate to a value, its cdf places a value (a switching value) within the belief.
 * With coverage c < 1, low and high are its (1 − c)/2 and (1 + c)/2 quantiles: a uniform or log-uniform
 * stretches beyond them (`inputSupport`), a triangular keeps `value` as its mode (`triangularFromInterval`),
 * a lognormal has mu = (ln low + ln high)/2 and sigma = (ln high − ln low)/(2·z), z = Φ⁻¹((1 + c)/2).
 * Deterministic: sim-core's exactly rounded log, exp and Φ.
 *
 * @throws RangeError with the input's first problem (`inputProblems` without a domain).
 * @example
 * inputDistribution({ name: 'x', value: 10, low: 1, high: 100, coverage: 1, shape: 'log-uniform' }).quantile(0.5); // 10.000000000000002
 */
export function inputDistribution(input: UncertainInput): InputDistribution {
  const problems = inputProblems(input);
  if (problems.length > 0) throw new RangeError(problems[0].message);
  const { low, high, coverage, value } = input;
  const { min, max } = inputSupport(input);
  switch (input.shape) {
    case 'uniform':
      return {
        min,
        max,
        quantile: (u) => (u <= 0 ? min : u >= 1 ? max : min + u * (max - min)),
        cdf: (x) => (x <= min ? 0 : x >= max ? 1 : (x - min) / (max - min)),
      };
    case 'log-uniform': {
      const logMin = log(min);
      const logWidth = log(max) - logMin;
      return {
        min,
        max,
        quantile: (u) => (u <= 0 ? min : u >= 1 ? max : exp(logMin + u * logWidth)),
        cdf: (x) => (x <= min ? 0 : x >= max ? 1 : (log(x) - logMin) / logWidth),
      };
    }
    case 'triangular': {
      const width = max - min;
      const left = value - min;
      const right = max - value;
      return {
        min,
        max,
        quantile: (u) => (u * width <= left ? min + Math.sqrt(u * width * left) : max - Math.sqrt((1 - u) * width * right)),
        cdf: (x) => (x <= min ? 0 : x >= max ? 1 : x <= value ? ((x - min) * (x - min)) / (width * left) : 1 - ((max - x) * (max - x)) / (width * right)),
      };
    }
    case 'lognormal': {
      const mu = (log(low) + log(high)) / 2;
      const sigma = (log(high) - log(low)) / (2 * normalQuantile((1 + coverage) / 2));
      return {
        min,
        max,
        quantile: (u) => exp(mu + sigma * normalQuantile(u)),
        cdf: (x) => (x <= 0 ? 0 : normalCdf((log(x) - mu) / sigma)),
      };
    }
  }
}
