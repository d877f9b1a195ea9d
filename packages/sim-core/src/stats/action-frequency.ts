import { requireCount } from './checks.ts';
import { wilsonInterval } from './confidence.ts';

/** How often an action (a press conference, a switch to paper forms) was needed, per year. */
export interface ActionFrequency {
  /** Pooled years with a count (NaN rows skipped). */
  readonly years: number;
  /** Years with a count ≥ 1. */
  readonly yearsWithAction: number;
  /** yearsWithAction / years: the probability that a year needs the action at least once. */
  readonly annualProbability: number;
  /** Wilson interval of annualProbability. */
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Mean count per year. */
  readonly expectedPerYear: number;
  /** 1 / annualProbability (= years / yearsWithAction); null when the action never happened. */
  readonly returnPeriodYears: number | null;
}

/**
 * Frequency of an action from a per-year count column (times it was triggered in each year of each
 * replication), pooling all years. The interval is Wilson's, so a never-seen action still gets an
 * upper bound; it treats the pooled years as independent, which understates the uncertainty when
 * action years cluster within replications. Counts sum exactly (integers), so the result is
 * deterministic.
 *
 * @throws RangeError if a count is not a non-negative integer (naming the row), or for a bad level.
 * @example
 * actionFrequency(pressConferences); // 31 of 10,000 years: annualProbability 0.0031, returnPeriodYears 322.6
 */
export function actionFrequency(counts: ArrayLike<number>, options: { level?: number } = {}): ActionFrequency {
  let years = 0;
  let yearsWithAction = 0;
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i];
    requireCount('counts', count, i);
    if (Number.isNaN(count)) continue;
    years += 1;
    total += count;
    if (count >= 1) yearsWithAction += 1;
  }
  const interval = wilsonInterval(yearsWithAction, years, options);
  return {
    years,
    yearsWithAction,
    annualProbability: yearsWithAction / years,
    ciLow: interval.low,
    ciHigh: interval.high,
    expectedPerYear: total / years,
    returnPeriodYears: yearsWithAction === 0 ? null : years / yearsWithAction,
  };
}
