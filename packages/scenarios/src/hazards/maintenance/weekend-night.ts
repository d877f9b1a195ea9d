import { OFFICE_OPENS_AT_HOUR, type Calendar } from '../../calendar/index.ts';

const HOURS_PER_DAY = 24;
/** Planned work starts at 22:00 on a Saturday: the hall is closed until Monday 08:30 (assumption: the usual announced window). */
const START_HOUR = 22;
const SATURDAY = 6;

/**
 * The first Saturday 22:00 JST at or after `hours`: when an announced maintenance window or a release
 * cutover starts, so that counters (closed Saturday and Sunday) lose nothing unless the work overruns
 * into Monday.
 *
 * @example
 * saturdayNightFrom(new Calendar('2027-04-01'), 0); // 70: 2027-04-03T22:00 (a Saturday)
 */
export function saturdayNightFrom(calendar: Calendar, hours: number): number {
  const day = Math.floor(hours / HOURS_PER_DAY);
  const weekday = calendar.civilAt(day * HOURS_PER_DAY).weekday;
  let start = (day + ((SATURDAY - weekday + 7) % 7)) * HOURS_PER_DAY + START_HOUR;
  if (start < hours) start += 7 * HOURS_PER_DAY;
  return start;
}

/**
 * The next opening of the counters (08:30 on a day the hall is open) at or after `hours`.
 *
 * @example
 * nextOpening(new Calendar('2027-04-01'), 2); // 8.5: the same Thursday morning
 */
export function nextOpening(calendar: Calendar, hours: number): number {
  let day = Math.floor(hours / HOURS_PER_DAY);
  if (hours > day * HOURS_PER_DAY + OFFICE_OPENS_AT_HOUR) day++;
  // The longest closure is the year-end one with a weekend beside it: well under 14 days.
  for (let i = 0; i < 14 && calendar.isMunicipalClosedDay(day * HOURS_PER_DAY); i++) day++;
  return day * HOURS_PER_DAY + OFFICE_OPENS_AT_HOUR;
}
