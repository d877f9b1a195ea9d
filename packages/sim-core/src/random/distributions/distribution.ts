import type { RandomStream } from '../stream.ts';

/**
 * A probability distribution on the real line that draws from a named stream.
 *
 * `sample` is deterministic given the stream's state: the same stream position gives the same value
 * on every run and JavaScript engine (only IEEE `+ - * / sqrt` and sim-core's own math are used).
 * Each distribution documents how many uniforms a draw consumes; changing an algorithm changes the
 * draws and is a breaking change (see `golden.test.ts`).
 *
 * @example
 * const repairHours = lognormalFrom90Interval(2, 48);
 * repairHours.sample(streams.get('recovery.hardware')); // hours
 */
export interface Distribution {
  /** One draw, consuming uniforms from `stream` (never from anywhere else). */
  sample(stream: RandomStream): number;
  /** The exact mean (may be Infinity or NaN where undefined). */
  readonly mean: number;
  /** The exact variance. */
  readonly variance: number;
  /** P(X ≤ x); for discrete distributions a right-continuous step function. */
  cdf(x: number): number;
  /** The factory call that made it, e.g. `exponential(0.5)`. */
  toString(): string;
}
