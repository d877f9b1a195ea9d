/** A date in the proleptic Gregorian calendar; `month` is 1..12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A day of the week: 0 is Sunday, 6 is Saturday (the order of `曜日` tables and of ECMAScript). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms" (days_from_civil, civil_from_days,
// weekday_from_days): pure integer arithmetic, exact for every year a double can count, with no
// dependence on the host's time zone — the reason Machi never touches `Date`.

/**
 * Days from 1970-01-01 to the civil date `year-month-day` (negative before it). The arguments are
 * integers and are not validated: an out-of-range day or month rolls over (2027-02-29 is 2027-03-01).
 *
 * @example
 * daysFromCivil(2027, 4, 1); // 20909
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The civil date `days` days after 1970-01-01; the inverse of `daysFromCivil` for every integer.
 *
 * @example
 * civilFromDays(20909); // { year: 2027, month: 4, day: 1 }
 */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The weekday of the day `days` days after 1970-01-01 (a Thursday).
 *
 * @example
 * weekdayFromDays(daysFromCivil(2027, 4, 1)); // 4 (Thursday)
 */
export function weekdayFromDays(days: number): Weekday {
  return (((days + 4) % 7) + 7) % 7 as Weekday;
}

/**
 * The weekday of a civil date.
 *
 * @example
 * weekday(2027, 1, 1); // 5 (Friday)
 */
export function weekday(year: number, month: number, day: number): Weekday {
  return weekdayFromDays(daysFromCivil(year, month, day));
}

/** Whether `year` has a 29 February in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in `month` (1..12) of `year`.
 *
 * @example
 * daysInMonth(2028, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
