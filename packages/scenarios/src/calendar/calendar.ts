import { civilFromDays, daysFromCivil, isLeapYear, weekdayFromDays, type Weekday } from './civil.ts';
import { FIRST_HOLIDAY_YEAR, japaneseHolidayName, LAST_HOLIDAY_YEAR } from './japanese-holidays.ts';
import { parseDateTime } from './parse-date-time.ts';

/** Counter opening time, hours after midnight JST: 08:30 (the usual 市役所 hours; assumption). */
export const OFFICE_OPENS_AT_HOUR = 8.5;
/** Counter closing time, hours after midnight JST: 17:15. */
export const OFFICE_CLOSES_AT_HOUR = 17.25;

/** `workday`: office hours; `night`: a business day outside office hours; `holiday`: a closed day. */
export type TimeClass = 'workday' | 'night' | 'holiday';

/** A simulated time read on the wall clock in JST. */
export interface CalendarTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly weekday: Weekday;
  /** Present on a national holiday only (the year-end closure is not one). */
  readonly holidayName?: string;
}

const HOURS_PER_DAY = 24;
const HOURS_PER_SIMULATED_YEAR = 8760;
// Per-day cache entry: 0 = not yet classified; else KNOWN | CLOSED? | month << 2.
const KNOWN = 1;
const CLOSED = 2;
// 2^20 days is about 2,870 years: one megabyte at most, and far beyond any horizon.
const MAX_CACHED_DAYS = 1 << 20;
// A year outside the holiday table borrows the holidays of the first year from here on with the same
// leap status and weekday of 1 January: current law, laid out on the same calendar.
const PROXY_BASE_YEAR = 2022;

/**
 * The wall clock of a scenario: simulated time is hours since 00:00 JST on `startDate` (UTC+9, no
 * daylight saving, so every day has 24 hours). Classifies any time as office hours, a business night
 * or a day the town hall is closed: Saturdays, Sundays, national holidays (see
 * `japaneseHolidayName`) and the year-end closure 29 December – 3 January, the days 地方自治法
 * 第4条の2 lets each 条例 add and which practically every municipality does (practice, not a national
 * rule). Office hours are 08:30–17:15 on other days.
 *
 * Per-hour queries are hot (demand and vendor processes call them every simulated hour), so each
 * day's classification is computed once and kept in a typed array indexed by day since the start.
 * Years outside 2000–2099 take the holidays of a year from 2022 on with the same calendar layout
 * (assumption: the present law, extended). Deterministic; never reads the host clock or time zone.
 * The constructor throws a RangeError naming a `startDate` that is not a `YYYY-MM-DD` date.
 *
 * @example
 * const calendar = new Calendar('2027-04-01');
 * calendar.formatAt(9.5); // '2027-04-01T09:30'
 * calendar.timeClass(9.5); // 'workday' (a Thursday)
 */
export class Calendar {
  /** The start date as given, `YYYY-MM-DD`. */
  readonly startDate: string;
  readonly #startDay: number;
  #days = new Uint8Array(0);

  constructor(startDate: string) {
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(startDate) ? parseDateTime(startDate) : undefined;
    if (parsed === undefined) {
      throw new RangeError(`startDate must be a calendar date YYYY-MM-DD (00:00 JST), got ${JSON.stringify(startDate)}`);
    }
    this.startDate = startDate;
    this.#startDay = daysFromCivil(parsed.year, parsed.month, parsed.day);
  }

  /**
   * Simulated hours at a JST date-time (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]`, optional `+09:00`);
   * negative before the start. Throws a RangeError naming text `parseDateTime` rejects.
   */
  hoursAt(dateTimeText: string): number {
    const t = parseDateTime(dateTimeText);
    if (t === undefined) throw new RangeError(`not a JST date-time: ${JSON.stringify(dateTimeText)}`);
    const seconds = (daysFromCivil(t.year, t.month, t.day) - this.#startDay) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
    return seconds / 3600;
  }

  /**
   * The wall-clock reading at `hours`. The time is first rounded to the nearest second, so float noise
   * such as 8.4999999999 reads 08:30; the minute is then truncated.
   */
  civilAt(hours: number): CalendarTime {
    const totalSeconds = Math.round(finite(hours) * 3600);
    const dayIndex = Math.floor(totalSeconds / 86400);
    const secondOfDay = totalSeconds - dayIndex * 86400;
    const days = this.#startDay + dayIndex;
    const { year, month, day } = civilFromDays(days);
    const hour = Math.floor(secondOfDay / 3600);
    const minute = Math.floor((secondOfDay - hour * 3600) / 60);
    const time: CalendarTime = { year, month, day, hour, minute, weekday: weekdayFromDays(days) };
    const holidayName = nationalHolidayName(year, month, day);
    return holidayName === undefined ? time : { ...time, holidayName };
  }

  /** `2027-01-15T03:00`: `civilAt(hours)` as an ISO local time, for traces and narratives. */
  formatAt(hours: number): string {
    const t = this.civilAt(hours);
    return `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}T${pad(t.hour, 2)}:${pad(t.minute, 2)}`;
  }

  /** Whether the town hall is closed all day on the day containing `hours` (weekend, holiday, 12/29–1/3). */
  isMunicipalClosedDay(hours: number): boolean {
    return (this.#dayBits(Math.floor(hours / HOURS_PER_DAY), hours) & CLOSED) !== 0;
  }

  /** Whether `hours` falls in 08:30 (inclusive) – 17:15 (exclusive) of a business day. Hot path. */
  isOfficeHours(hours: number): boolean {
    const dayIndex = Math.floor(hours / HOURS_PER_DAY);
    if ((this.#dayBits(dayIndex, hours) & CLOSED) !== 0) return false;
    // Exact: an integer multiple of 24 taken from a double above it.
    const hourOfDay = hours - dayIndex * HOURS_PER_DAY;
    return hourOfDay >= OFFICE_OPENS_AT_HOUR && hourOfDay < OFFICE_CLOSES_AT_HOUR;
  }

  /** `workday` in office hours, `night` on a business day outside them, `holiday` on a closed day. */
  timeClass(hours: number): TimeClass {
    const dayIndex = Math.floor(hours / HOURS_PER_DAY);
    if ((this.#dayBits(dayIndex, hours) & CLOSED) !== 0) return 'holiday';
    const hourOfDay = hours - dayIndex * HOURS_PER_DAY;
    return hourOfDay >= OFFICE_OPENS_AT_HOUR && hourOfDay < OFFICE_CLOSES_AT_HOUR ? 'workday' : 'night';
  }

  /** The calendar month (1..12) containing `hours`. Hot path. */
  monthAt(hours: number): number {
    return this.#dayBits(Math.floor(hours / HOURS_PER_DAY), hours) >> 2;
  }

  /** The Japanese fiscal year (April–March) containing `hours`, named by the year it starts. */
  fiscalYearAt(hours: number): number {
    const { year, month } = civilFromDays(this.#startDay + Math.floor(finite(hours) / HOURS_PER_DAY));
    return month >= 4 ? year : year - 1;
  }

  /** Which block of 8760 hours `hours` falls in: 0 for the first simulated year. */
  simulatedYear(hours: number): number {
    return Math.floor(hours / HOURS_PER_SIMULATED_YEAR);
  }

  /**
   * The first opening of office hours (08:30 of a business day) at or after `hours` — when a
   * "next business day" vendor contract or a counter queue starts work. During office hours that is
   * the next business day's opening; at 08:30 on a business day it is `hours` itself.
   *
   * @example
   * new Calendar('2027-04-02').nextOfficeHoursStart(12); // 80.5: Friday noon → Monday 08:30
   */
  nextOfficeHoursStart(hours: number): number {
    let dayIndex = Math.floor(hours / HOURS_PER_DAY);
    if (hours - dayIndex * HOURS_PER_DAY > OFFICE_OPENS_AT_HOUR) dayIndex++;
    while ((this.#dayBits(dayIndex, hours) & CLOSED) !== 0) dayIndex++;
    return dayIndex * HOURS_PER_DAY + OFFICE_OPENS_AT_HOUR;
  }

  /** `Calendar(2027-04-01 JST)`. */
  toString(): string {
    return `Calendar(${this.startDate} JST)`;
  }

  #dayBits(dayIndex: number, hours: number): number {
    if (dayIndex >= 0 && dayIndex < this.#days.length) {
      const bits = this.#days[dayIndex];
      if (bits !== 0) return bits;
    }
    if (!Number.isFinite(dayIndex)) throw new RangeError(`hours must be a finite number, got ${hours}`);
    const bits = classifyDay(this.#startDay + dayIndex);
    if (dayIndex >= 0 && dayIndex < MAX_CACHED_DAYS) {
      if (dayIndex >= this.#days.length) {
        const grown = new Uint8Array(Math.min(MAX_CACHED_DAYS, Math.max(dayIndex + 1, 2 * this.#days.length, 512)));
        grown.set(this.#days);
        this.#days = grown;
      }
      this.#days[dayIndex] = bits;
    }
    return bits;
  }
}

function classifyDay(days: number): number {
  const { year, month, day } = civilFromDays(days);
  const weekday = weekdayFromDays(days);
  const closed =
    weekday === 0 ||
    weekday === 6 ||
    (month === 12 && day >= 29) ||
    (month === 1 && day <= 3) ||
    nationalHolidayName(year, month, day) !== undefined;
  return KNOWN | (closed ? CLOSED : 0) | (month << 2);
}

function nationalHolidayName(year: number, month: number, day: number): string | undefined {
  const known = year >= FIRST_HOLIDAY_YEAR && year <= LAST_HOLIDAY_YEAR;
  return japaneseHolidayName(known ? year : proxyYear(year), month, day);
}

const proxies = new Map<number, number>();

function proxyYear(year: number): number {
  const key = (isLeapYear(year) ? 7 : 0) + weekdayFromDays(daysFromCivil(year, 1, 1));
  let proxy = proxies.get(key);
  if (proxy === undefined) {
    proxy = PROXY_BASE_YEAR;
    while ((isLeapYear(proxy) ? 7 : 0) + weekdayFromDays(daysFromCivil(proxy, 1, 1)) !== key) proxy++;
    proxies.set(key, proxy);
  }
  return proxy;
}

function finite(hours: number): number {
  if (!Number.isFinite(hours)) throw new RangeError(`hours must be a finite number, got ${hours}`);
  return hours;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
