import { requireCount, requireEqualLengths } from './checks.ts';
import { wilsonInterval } from './confidence.ts';

/** Probability that two actions are both needed in the same year. */
export interface JointProbability {
  /** Share of the years (with both counts) in which both counts are ≥ 1. */
  readonly probability: number;
  /** Wilson interval of probability. */
  readonly ciLow: number;
  readonly ciHigh: number;
}

/**
 * Probability that actions A and B both happen in the same year (say, a switch to paper forms and a
 * press conference), from two per-year count columns over the same rows. Rows where either count is
 * NaN are skipped. Wilson interval, treating the pooled years as independent (see `actionFrequency`).
 *
 * @throws RangeError if the columns differ in length (naming both), a count is not a non-negative
 *   integer, or the level is bad.
 * @example
 * jointProbability(paperForms, pressConferences); // both in 12 of 10,000 years: probability 0.0012
 */
export function jointProbability(
  countsA: ArrayLike<number>,
  countsB: ArrayLike<number>,
  options: { level?: number } = {},
): JointProbability {
  requireEqualLengths('countsA and countsB', countsA, countsB);
  let years = 0;
  let yearsWithBoth = 0;
  for (let i = 0; i < countsA.length; i++) {
    const a = countsA[i];
    const b = countsB[i];
    requireCount('countsA', a, i);
    requireCount('countsB', b, i);
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    years += 1;
    if (a >= 1 && b >= 1) yearsWithBoth += 1;
  }
  const interval = wilsonInterval(yearsWithBoth, years, options);
  return { probability: yearsWithBoth / years, ciLow: interval.low, ciHigh: interval.high };
}
