import { exactPoissonInterval } from './poisson-interval.ts';
import type { Observation } from './national-counts.ts';

/** An observation as a yearly rate: a central value and a 95% interval (`high` null: no ceiling). */
export interface ObservedRate {
  readonly central: number;
  readonly low: number;
  readonly high: number | null;
  /** `count`: an exact Poisson interval; `range`: also a range of the municipalities' share; `lowerBound`: what was found. */
  readonly kind: 'count' | 'range' | 'lowerBound';
}

/**
 * The yearly rate an observation gives, with its interval: the exact Poisson interval of the count
 * divided by the window; with a `localShare` range, the low share times the low end and the high share
 * times the high end (central at the middle share); for a lower bound, from the low end of the count's
 * interval up to the ceiling, if any.
 *
 * @example
 * observedRate({ events: 1, years: 24.5, … }); // { central: 0.0408, low: 0.00103, high: 0.2274, kind: 'count' }
 */
export function observedRate(o: Observation): ObservedRate {
  const { low, high } = exactPoissonInterval(o.events);
  if (o.lowerBound) return { central: o.events / o.years, low: low / o.years, high: o.ceilingPerYear?.value ?? null, kind: 'lowerBound' };
  if (o.localShare) {
    const [a, b] = o.localShare;
    return { central: (o.events * (a + b)) / 2 / o.years, low: (a * low) / o.years, high: (b * high) / o.years, kind: 'range' };
  }
  return { central: o.events / o.years, low: low / o.years, high: high / o.years, kind: 'count' };
}

/**
 * How the simulated national mean stands against the observation:
 * - `within2x`: from half to twice the observed central value;
 * - `insideObservedInterval`: further than 2× from the central value but inside the observation's own
 *   interval (the observation is too uncertain to say the model is off);
 * - `tooHigh` / `tooLow`: further than 2× and outside the observed interval;
 * - `withinBounds`: for a lower-bound observation, at least half the lower end and at most twice the
 *   ceiling (a lower bound alone cannot show the model too high);
 * - `undetermined`: the mean says too low or too high, but the simulation's own 95% interval reaches a
 *   verdict that is not (too few events simulated to tell: run more replications).
 */
export type Verdict = 'within2x' | 'insideObservedInterval' | 'withinBounds' | 'tooHigh' | 'tooLow' | 'undetermined' | 'notComparable';

export function verdict(simulated: number, observed: ObservedRate): Exclude<Verdict, 'notComparable' | 'undetermined'> {
  if (observed.kind === 'lowerBound') {
    if (simulated < observed.low / 2) return 'tooLow';
    if (observed.high !== null && simulated > 2 * observed.high) return 'tooHigh';
    return 'withinBounds';
  }
  const ratio = simulated / observed.central;
  if (ratio >= 0.5 && ratio <= 2) return 'within2x';
  if (simulated >= observed.low && (observed.high === null || simulated <= observed.high)) return 'insideObservedInterval';
  return ratio > 2 ? 'tooHigh' : 'tooLow';
}

/**
 * The verdict of the simulated mean, unless the simulation's own interval reaches a different one: a
 * model called too low or too high only because too few events were simulated to tell is undetermined.
 *
 * @example
 * verdictWithin(0, 0, 5.7, { central: 0.18, low: 0.022, high: null, kind: 'lowerBound' }); // 'undetermined'
 */
export function verdictWithin(mean: number, ciLow: number, ciHigh: number, observed: ObservedRate): Exclude<Verdict, 'notComparable'> {
  const atMean = verdict(mean, observed);
  if (atMean === 'tooLow' && verdict(ciHigh, observed) !== 'tooLow') return 'undetermined';
  if (atMean === 'tooHigh' && verdict(ciLow, observed) !== 'tooHigh') return 'undetermined';
  return atMean;
}
