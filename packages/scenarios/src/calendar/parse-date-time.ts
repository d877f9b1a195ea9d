import { daysInMonth } from './civil.ts';

/** A wall-clock time in Japan Standard Time (UTC+9, no daylight saving). */
export interface CivilDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

// The offset may follow a time only: ISO 8601 attaches a UTC offset to a time of day, not to a date.
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\+09:00)?)?$/;

/**
 * Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` as a time in JST. A trailing
 * `+09:00` after the time is accepted (it says JST); any other offset, `Z`, a time of 24:00, a leap
 * second or a day the calendar lacks (2027-02-30) gives `undefined`. Missing time fields are 0.
 * Pure string work: the host's time zone plays no part.
 *
 * @example
 * parseDateTime('2027-04-01T08:30'); // { year: 2027, month: 4, day: 1, hour: 8, minute: 30, second: 0 }
 */
export function parseDateTime(text: string): CivilDateTime | undefined {
  const match = PATTERN.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = match[4] === undefined ? 0 : Number(match[4]);
  const minute = match[5] === undefined ? 0 : Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { year, month, day, hour, minute, second };
}
