import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { digits, significant } from './digits.ts';

/**
 * Persons, requests, records: a whole number with separators and the counter word, `1,234人` /
 * `1,234 persons`. Fractions (an expected value) keep two significant figures below 10. `finer`
 * adds decimals (the ends of an interval that would otherwise round alike).
 *
 * @example
 * formatPersons(1234.4, 'ja'); // '1,234人'
 */
export function formatPersons(persons: number, lang: Lang, finer = 0): string {
  const n = Math.abs(persons) < 10 && !Number.isInteger(persons) ? significant(persons, 2 + finer) : digits(persons, finer);
  return localeOf(lang).format.persons(n);
}

/**
 * Hours: `36時間` / `36 h`, one decimal below 10 hours (`finer` decimals more); from 72 hours the days
 * follow in brackets.
 *
 * @example
 * formatHours(96, 'ja'); // '96時間(4日)'
 */
export function formatHours(hours: number, lang: Lang, finer = 0): string {
  const h = Math.abs(hours) < 10 ? digits(hours, 1 + finer) : digits(hours, finer);
  const days = Math.abs(hours) >= 72 ? digits(hours / 24, 1) : undefined;
  return localeOf(lang).format.hours(h, days);
}

/**
 * A plain number for a table cell: separators, `decimals` decimals (default: two significant figures
 * below 10, whole numbers above), and `finer` decimals more.
 */
export function formatNumber(x: number, decimals?: number, finer = 0): string {
  if (decimals !== undefined) return digits(x, decimals + finer);
  return Math.abs(x) < 10 && !Number.isInteger(x) ? significant(x, 2 + finer) : digits(x, finer);
}

/** Two formatted ends of an interval: `1.1億円〜1.3億円` / `¥1.1 billion – ¥1.3 billion`. */
export const formatRange = (low: string, high: string, lang: Lang): string => localeOf(lang).format.range(low, high);
