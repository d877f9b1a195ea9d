import { formatDate } from '../format/date.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import type { CaseTime } from './virtual-case.ts';

/**
 * A time of the case as its readers see it: `2027年(令和9年)6月12日(土) 03:00` (西暦 with 和暦), with the
 * national holiday's name when there is one.
 *
 * @example
 * caseDateTime(incident.start, 'en'); // 'Sat 12 June 2027 03:00'
 */
export function caseDateTime(t: CaseTime, lang: Lang): string {
  const text = formatDate(t.date, lang);
  if (t.date.holidayName === undefined) return text;
  return localeOf(lang).format.withHoliday(text, t.date.holidayName);
}

/** The day of a time of the case, without the hour: `2027年(令和9年)6月17日(木)`. */
export const caseDay = (t: CaseTime, lang: Lang): string => formatDate({ year: t.date.year, month: t.date.month, day: t.date.day }, lang);
