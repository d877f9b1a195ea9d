import { describe, expect, it } from 'vitest';
import { equinoxDay, isJapaneseHoliday, japaneseHolidayName, japaneseHolidays } from './japanese-holidays.ts';

const list = (year: number) =>
  japaneseHolidays(year).map((h) => `${year}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')} ${h.name}`);

describe('Japanese national holidays', () => {
  // Dates as published by the Cabinet Office (内閣府「国民の祝日について」, syukujitsu.csv, which names
  // every 振替休日 and 国民の休日 plainly 休日) for 2024–2027; 2028 derived by the same rules.
  it('japaneseHolidays(2024..2028) matches the published lists', () => {
    expect([2024, 2025, 2026, 2027, 2028].flatMap(list)).toEqual([
      // 2024
      '2024-01-01 元日', '2024-01-08 成人の日', '2024-02-11 建国記念の日', '2024-02-12 振替休日', '2024-02-23 天皇誕生日',
      '2024-03-20 春分の日', '2024-04-29 昭和の日', '2024-05-03 憲法記念日', '2024-05-04 みどりの日', '2024-05-05 こどもの日',
      '2024-05-06 振替休日', '2024-07-15 海の日', '2024-08-11 山の日', '2024-08-12 振替休日', '2024-09-16 敬老の日',
      '2024-09-22 秋分の日', '2024-09-23 振替休日', '2024-10-14 スポーツの日', '2024-11-03 文化の日', '2024-11-04 振替休日',
      '2024-11-23 勤労感謝の日',
      // 2025
      '2025-01-01 元日', '2025-01-13 成人の日', '2025-02-11 建国記念の日', '2025-02-23 天皇誕生日', '2025-02-24 振替休日',
      '2025-03-20 春分の日', '2025-04-29 昭和の日', '2025-05-03 憲法記念日', '2025-05-04 みどりの日', '2025-05-05 こどもの日',
      '2025-05-06 振替休日', '2025-07-21 海の日', '2025-08-11 山の日', '2025-09-15 敬老の日', '2025-09-23 秋分の日',
      '2025-10-13 スポーツの日', '2025-11-03 文化の日', '2025-11-23 勤労感謝の日', '2025-11-24 振替休日',
      // 2026
      '2026-01-01 元日', '2026-01-12 成人の日', '2026-02-11 建国記念の日', '2026-02-23 天皇誕生日', '2026-03-20 春分の日',
      '2026-04-29 昭和の日', '2026-05-03 憲法記念日', '2026-05-04 みどりの日', '2026-05-05 こどもの日', '2026-05-06 振替休日',
      '2026-07-20 海の日', '2026-08-11 山の日', '2026-09-21 敬老の日', '2026-09-22 国民の休日', '2026-09-23 秋分の日',
      '2026-10-12 スポーツの日', '2026-11-03 文化の日', '2026-11-23 勤労感謝の日',
      // 2027
      '2027-01-01 元日', '2027-01-11 成人の日', '2027-02-11 建国記念の日', '2027-02-23 天皇誕生日', '2027-03-21 春分の日',
      '2027-03-22 振替休日', '2027-04-29 昭和の日', '2027-05-03 憲法記念日', '2027-05-04 みどりの日', '2027-05-05 こどもの日',
      '2027-07-19 海の日', '2027-08-11 山の日', '2027-09-20 敬老の日', '2027-09-23 秋分の日', '2027-10-11 スポーツの日',
      '2027-11-03 文化の日', '2027-11-23 勤労感謝の日',
      // 2028
      '2028-01-01 元日', '2028-01-10 成人の日', '2028-02-11 建国記念の日', '2028-02-23 天皇誕生日', '2028-03-20 春分の日',
      '2028-04-29 昭和の日', '2028-05-03 憲法記念日', '2028-05-04 みどりの日', '2028-05-05 こどもの日', '2028-07-17 海の日',
      '2028-08-11 山の日', '2028-09-18 敬老の日', '2028-09-22 秋分の日', '2028-10-09 スポーツの日', '2028-11-03 文化の日',
      '2028-11-23 勤労感謝の日',
    ]);
  });

  it('equinoxDay matches the equinoxes the Cabinet published and the 2092 春分 on 19 March', () => {
    const published: [number, number, number][] = [
      // [year, 春分 (March), 秋分 (September)]
      [2000, 20, 23], [2008, 20, 23], [2012, 20, 22], [2016, 20, 22], [2019, 21, 23], [2020, 20, 22],
      [2021, 20, 23], [2022, 21, 23], [2023, 21, 23], [2024, 20, 22], [2025, 20, 23], [2026, 20, 23], [2027, 21, 23],
    ];
    for (const [year, spring, autumn] of published) {
      expect([year, equinoxDay(year, false), equinoxDay(year, true)]).toEqual([year, spring, autumn]);
    }
    // 国立天文台's forecast: the first 19 March 春分 since 1896 (the formula's float form gives 19.968828).
    expect(equinoxDay(2092, false)).toBe(19);
    expect(equinoxDay(2044, true)).toBe(22);
  });

  it('a 祝日 on Sunday moves to the next day that is not a 祝日 (2007 rule)', () => {
    // 2026-05-03 is a Sunday; 5/4 and 5/5 are 祝日 themselves, so the 振替休日 is Wednesday 5/6.
    expect([3, 4, 5, 6, 7].map((d) => japaneseHolidayName(2026, 5, d))).toEqual(['憲法記念日', 'みどりの日', 'こどもの日', '振替休日', undefined]);
  });

  it('a weekday between two 祝日 is a 国民の休日', () => {
    expect(japaneseHolidayName(2026, 9, 22)).toBe('国民の休日');
    expect(japaneseHolidayName(2032, 9, 21)).toBe('国民の休日');
    // Before 2007, 5/4 was a 国民の休日 unless Sunday (2003) or a 振替休日.
    expect(japaneseHolidayName(2006, 5, 4)).toBe('国民の休日');
    expect(japaneseHolidayName(2003, 5, 4)).toBeUndefined();
  });

  it('the law as it stood: 天皇誕生日, 昭和の日, 山の日 and the Happy Monday dates move with the year', () => {
    expect(japaneseHolidayName(2018, 12, 23)).toBe('天皇誕生日');
    expect(japaneseHolidayName(2019, 12, 23)).toBeUndefined();
    expect(japaneseHolidayName(2019, 2, 23)).toBeUndefined();
    expect(japaneseHolidayName(2006, 4, 29)).toBe('みどりの日');
    expect(japaneseHolidayName(2015, 8, 11)).toBeUndefined();
    expect(japaneseHolidayName(2002, 7, 20)).toBe('海の日');
    expect(japaneseHolidayName(2002, 9, 15)).toBe('敬老の日');
    expect(japaneseHolidayName(2019, 10, 14)).toBe('体育の日');
  });

  it('the one-off days of 2019–2021 are included', () => {
    expect(list(2019).filter((h) => h.startsWith('2019-04') || h.startsWith('2019-05') || h.startsWith('2019-10'))).toEqual([
      '2019-04-29 昭和の日', '2019-04-30 国民の休日', '2019-05-01 天皇の即位の日', '2019-05-02 国民の休日', '2019-05-03 憲法記念日',
      '2019-05-04 みどりの日', '2019-05-05 こどもの日', '2019-05-06 振替休日', '2019-10-14 体育の日', '2019-10-22 即位礼正殿の儀の行われる日',
    ]);
    expect(list(2020).filter((h) => /-0[78]-/.test(h))).toEqual(['2020-07-23 海の日', '2020-07-24 スポーツの日', '2020-08-10 山の日']);
    expect(list(2021).filter((h) => /-0[78]-/.test(h))).toEqual(['2021-07-22 海の日', '2021-07-23 スポーツの日', '2021-08-08 山の日', '2021-08-09 振替休日']);
  });

  it('every year 2000–2099 has 15 to 22 holidays, none on the same day twice', () => {
    for (let year = 2000; year <= 2099; year++) {
      const days = list(year);
      expect(new Set(days.map((d) => d.slice(0, 10))).size).toBe(days.length);
      expect(days.length).toBeGreaterThanOrEqual(15);
      expect(days.length).toBeLessThanOrEqual(22);
    }
  });

  it('isJapaneseHoliday is true on holidays only', () => {
    expect(isJapaneseHoliday(2027, 3, 22)).toBe(true);
    expect(isJapaneseHoliday(2027, 3, 23)).toBe(false);
    expect(isJapaneseHoliday(2027, 12, 29)).toBe(false); // the year-end closure is not a national holiday
  });

  it('japaneseHolidayName throws a RangeError outside 2000–2099 or on a date the calendar lacks', () => {
    expect(() => japaneseHolidayName(1999, 1, 1)).toThrow(new RangeError('Japanese holidays are known for 2000–2099, got year 1999'));
    expect(() => japaneseHolidayName(2100, 1, 1)).toThrow(RangeError);
    expect(() => japaneseHolidayName(2027, 2, 29)).toThrow(new RangeError('not a calendar date: 2027-2-29'));
    expect(() => japaneseHolidayName(2027, 13, 1)).toThrow(RangeError);
  });
});
