import { daysFromCivil, daysInMonth, weekdayFromDays } from './civil.ts';

/** One day off under the national holidays act, named as the Cabinet Office lists it. */
export interface JapaneseHoliday {
  readonly month: number;
  readonly day: number;
  /** `元日`, `振替休日`, `国民の休日`, ... */
  readonly name: string;
}

/** The years this module knows: the equinox formula below holds for 1980–2099 only. */
export const FIRST_HOLIDAY_YEAR = 2000;
export const LAST_HOLIDAY_YEAR = 2099;

const SUBSTITUTE = '振替休日';
const SANDWICHED = '国民の休日';

// Per-year tables indexed by day of year (0 = 1 January), built on first use: a simulation asks about
// the same few years millions of times.
const cache: (readonly (string | undefined)[])[] = [];

/**
 * The name of the national holiday on a date (`春分の日`, `振替休日`, `国民の休日`, ...) or undefined
 * on an ordinary day, under 国民の祝日に関する法律 as amended (the Happy Monday amendments of 2000 and
 * 2003, 昭和の日 from 2007 with the 2007 rules for 振替休日 and 国民の休日, 山の日 from 2016, 天皇誕生日
 * on 23 December until 2018 and 23 February from 2020, スポーツの日 from 2020) and including the
 * one-off days of 2019 (即位の日 and 即位礼正殿の儀, and the 国民の休日 around them) and the Olympic
 * moves of 2020 and 2021. 春分の日 and 秋分の日 follow the standard astronomical approximation; the
 * Cabinet fixes them each February for the following year, so a date far ahead is a forecast.
 * Throws a RangeError for a year outside 2000–2099 or a date the calendar lacks.
 *
 * @example
 * japaneseHolidayName(2027, 3, 22); // '振替休日' (春分の日 falls on Sunday 21 March)
 */
export function japaneseHolidayName(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
  }
  return table(year)[daysFromCivil(year, month, day) - daysFromCivil(year, 1, 1)];
}

/**
 * Whether a date is a national holiday (a 祝日, a 振替休日 or a 国民の休日). Same range and errors as
 * `japaneseHolidayName`.
 *
 * @example
 * isJapaneseHoliday(2026, 9, 22); // true (国民の休日 between 敬老の日 and 秋分の日)
 */
export function isJapaneseHoliday(year: number, month: number, day: number): boolean {
  return japaneseHolidayName(year, month, day) !== undefined;
}

/**
 * Every national holiday of `year` in date order. Throws a RangeError outside 2000–2099.
 *
 * @example
 * japaneseHolidays(2027)[0]; // { month: 1, day: 1, name: '元日' }
 */
export function japaneseHolidays(year: number): JapaneseHoliday[] {
  const names = table(year);
  const jan1 = daysFromCivil(year, 1, 1);
  const out: JapaneseHoliday[] = [];
  for (let month = 1; month <= 12; month++) {
    const first = daysFromCivil(year, month, 1) - jan1;
    for (let day = 1; day <= daysInMonth(year, month); day++) {
      const name = names[first + day - 1];
      if (name !== undefined) out.push({ month, day, name });
    }
  }
  return out;
}

/**
 * The day of March of 春分の日 (`autumnal` false) or of September of 秋分の日 (true), from the formula
 * floor(20.8431 + 0.242194 (y − 1980) − floor((y − 1980) / 4)) (23.2488 for autumn), valid for
 * 1980–2099. It is evaluated in millionths so every step is an exact integer: the decimal constants
 * are not exactly representable in binary, and a floor next to an integer must not depend on it.
 *
 * @example
 * equinoxDay(2027, false); // 21
 */
export function equinoxDay(year: number, autumnal: boolean): number {
  const offset = year - 1980;
  const millionths = (autumnal ? 23_248_800 : 20_843_100) + 242_194 * offset - 1_000_000 * Math.floor(offset / 4);
  return Math.floor(millionths / 1_000_000);
}

function table(year: number): readonly (string | undefined)[] {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
    throw new RangeError(`Japanese holidays are known for ${FIRST_HOLIDAY_YEAR}–${LAST_HOLIDAY_YEAR}, got year ${year}`);
  }
  return (cache[year - FIRST_HOLIDAY_YEAR] ??= buildTable(year));
}

function buildTable(year: number): (string | undefined)[] {
  const jan1 = daysFromCivil(year, 1, 1);
  const length = daysFromCivil(year + 1, 1, 1) - jan1;
  const names: (string | undefined)[] = new Array(length).fill(undefined);
  const set = (month: number, day: number, name: string) => {
    names[daysFromCivil(year, month, day) - jan1] = name;
  };
  // Happy Monday: the n-th Monday of a month.
  const monday = (month: number, n: number) => {
    const first = daysFromCivil(year, month, 1);
    return 1 + ((8 - weekdayFromDays(first)) % 7) + 7 * (n - 1);
  };

  // Article 2 (国民の祝日) as it stood in `year`.
  set(1, 1, '元日');
  set(1, monday(1, 2), '成人の日');
  set(2, 11, '建国記念の日');
  if (year >= 2020) set(2, 23, '天皇誕生日');
  set(3, equinoxDay(year, false), '春分の日');
  set(4, 29, year >= 2007 ? '昭和の日' : 'みどりの日');
  set(5, 3, '憲法記念日');
  if (year >= 2007) set(5, 4, 'みどりの日');
  set(5, 5, 'こどもの日');
  if (year === 2020) set(7, 23, '海の日');
  else if (year === 2021) set(7, 22, '海の日');
  else set(7, year >= 2003 ? monday(7, 3) : 20, '海の日');
  if (year === 2020) set(8, 10, '山の日');
  else if (year === 2021) set(8, 8, '山の日');
  else if (year >= 2016) set(8, 11, '山の日');
  set(9, year >= 2003 ? monday(9, 3) : 15, '敬老の日');
  set(9, equinoxDay(year, true), '秋分の日');
  // 東京オリンピック特措法 moved スポーツの日 to the opening ceremony in 2020 and 2021.
  if (year === 2020) set(7, 24, 'スポーツの日');
  else if (year === 2021) set(7, 23, 'スポーツの日');
  else set(10, monday(10, 2), year >= 2020 ? 'スポーツの日' : '体育の日');
  set(11, 3, '文化の日');
  set(11, 23, '勤労感謝の日');
  if (year <= 2018) set(12, 23, '天皇誕生日');
  // 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律 (2018): both days count as 国民の祝日
  // for articles 3(2) and 3(3), so 30 April and 2 May 2019 become 国民の休日 below.
  if (year === 2019) {
    set(5, 1, '天皇の即位の日');
    set(10, 22, '即位礼正殿の儀の行われる日');
  }

  const statutory = names.map((name) => name !== undefined);
  // Article 3(2) 振替休日: from 2007 the first following day that is not a 祝日; before, the Monday only.
  for (let i = 0; i < length; i++) {
    if (!statutory[i] || weekdayFromDays(jan1 + i) !== 0) continue;
    let j = i + 1;
    if (year >= 2007) while (j < length && statutory[j]) j++;
    if (j < length && !statutory[j]) names[j] = SUBSTITUTE;
  }
  // Article 3(3) 国民の休日: a day between two 祝日 that is not one itself; before 2007 a Sunday or a
  // 振替休日 did not qualify.
  for (let i = 1; i + 1 < length; i++) {
    if (names[i] !== undefined || !statutory[i - 1] || !statutory[i + 1]) continue;
    if (year < 2007 && weekdayFromDays(jan1 + i) === 0) continue;
    names[i] = SANDWICHED;
  }
  return names;
}
