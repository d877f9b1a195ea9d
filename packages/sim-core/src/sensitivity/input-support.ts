import { exp, log } from '../math/index.ts';
import { triangularFromInterval } from './triangular-from-interval.ts';
import type { UncertainInput } from './uncertain-input.ts';

/**
 * The ends of the values an uncertain input can take under its stated belief: [low, high] for a min–max
 * range; beyond them for an interval (coverage c < 1), where a uniform or log-uniform stretches by
 * (1 − c)/(2c) of its (log-)width on each side, a triangular as `triangularFromInterval` finds, and a
 * lognormal is (0, ∞). For an input whose `inputProblems` (without a domain) are empty; others give
 * meaningless ends.
 *
 * @example
 * inputSupport({ name: 'x', value: 5, low: 0, high: 9, coverage: 0.9, shape: 'uniform' }); // { min: -0.4999999999999998, max: 9.5 } (−0.5 to rounding)
 */
export function inputSupport(input: UncertainInput): { min: number; max: number } {
  const { low, high, coverage, value, shape } = input;
  if (coverage === 1) return { min: low, max: high };
  if (shape === 'lognormal') return { min: 0, max: Infinity };
  if (shape === 'triangular') {
    const { min, max } = triangularFromInterval(low, value, high, coverage);
    return { min, max };
  }
  const stretch = (1 - coverage) / (2 * coverage);
  if (shape === 'uniform') return { min: low - stretch * (high - low), max: high + stretch * (high - low) };
  const logLow = log(low);
  const logHigh = log(high);
  return { min: exp(logLow - stretch * (logHigh - logLow)), max: exp(logHigh + stretch * (logHigh - logLow)) };
}
