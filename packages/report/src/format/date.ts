import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { japaneseEraYear, japaneseFiscalYear } from './japanese-era.ts';

/** A civil date and time of day, as the scenario calendar gives them. */
export interface DateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour?: number;
  readonly minute?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

// Zeller-free: the weekday from days since 1970-01-01 (a Thursday), by Hinnant's days_from_civil.
function weekday({ year, month, day }: DateTime): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const days = era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  return (((days + 4) % 7) + 7) % 7;
}

/**
 * A date for a report or a case: `2027年(令和9年)4月1日(木) 08:30` in Japanese — 西暦 with 和暦 beside
 * it — and `Thu 1 April 2027 08:30` in English. The time appears when `hour` is given.
 *
 * @example
 * formatDate({ year: 2027, month: 4, day: 1 }, 'ja'); // '2027年(令和9年)4月1日(木)'
 */
export function formatDate(date: DateTime, lang: Lang): string {
  const time = date.hour === undefined ? '' : ` ${pad(date.hour)}:${pad(date.minute ?? 0)}`;
  const era = japaneseEraYear(date.year, date.month, date.day);
  return localeOf(lang).format.date({ year: date.year, month: date.month, day: date.day, weekday: weekday(date), era, time });
}

/** The fiscal year (年度, April to March) a date falls in, by the year of its April. */
export const fiscalYearOf = (date: DateTime): number => (date.month >= 4 ? date.year : date.year - 1);

/**
 * A fiscal year: `2027年度(令和9年度)` / `FY2027 (April 2027 – March 2028)`.
 *
 * @example
 * formatFiscalYear(2027, 'ja'); // '2027年度(令和9年度)'
 */
export const formatFiscalYear = (fiscalYear: number, lang: Lang): string => localeOf(lang).format.fiscalYear(fiscalYear, japaneseFiscalYear(fiscalYear));
