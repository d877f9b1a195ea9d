import { Calendar } from '../calendar/index.ts';
import { HOURS_PER_YEAR } from '../model/index.ts';
import type { Scenario } from '../schema/index.ts';

/** A scripted event that a run of `years` years would never reach. */
export interface EventAfterHorizon {
  /** Its index in `events`. */
  readonly index: number;
  readonly at: string;
  /** When the horizon ends (`YYYY-MM-DDTHH:MM`, JST): the first moment not simulated. */
  readonly end: string;
  readonly years: number;
  /** The shortest horizon that reaches it. */
  readonly yearsNeeded: number;
}

/**
 * The scripted events of a validated scenario at or after the end of a `years`-year horizon: a run
 * would silently never reach them (`simulate` schedules only what falls inside), so a caller that
 * knows its horizon says so instead. In file order.
 *
 * @example
 * eventsAfterHorizon(scenario, 10); // [{ index: 3, at: '2040-01-01T09:00', end: '2037-03-29T00:00', years: 10, yearsNeeded: 13 }]
 */
export function eventsAfterHorizon(scenario: Scenario, years: number): EventAfterHorizon[] {
  const calendar = new Calendar(scenario.startDate);
  const horizonHours = years * HOURS_PER_YEAR;
  const end = calendar.formatAt(horizonHours);
  return scenario.events.flatMap((event, index) => {
    const hours = calendar.hoursAt(event.at);
    if (hours < horizonHours) return [];
    return [{ index, at: event.at, end, years, yearsNeeded: Math.floor(hours / HOURS_PER_YEAR) + 1 }];
  });
}
