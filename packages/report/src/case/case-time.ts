import type { Calendar } from '@machi/scenarios';
import type { CaseTime } from './virtual-case.ts';

/**
 * `hours` read on the scenario's calendar: the civil date and time (JST) and whether it fell in
 * office hours, on a business night or on a closed day.
 *
 * @example
 * caseTime(new Calendar('2027-04-01'), 1731).date; // { year: 2027, month: 6, day: 12, hour: 3, minute: 0, weekday: 6 }
 */
export function caseTime(calendar: Calendar, hours: number): CaseTime {
  return { hours, date: calendar.civilAt(hours), timeClass: calendar.timeClass(hours) };
}
