import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, daysInMonth, isLeapYear, weekday, weekdayFromDays } from './civil.ts';

describe('civil date arithmetic', () => {
  it('daysFromCivil counts days from 1970-01-01', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
    expect(daysFromCivil(2027, 4, 1)).toBe(20909);
    expect(daysFromCivil(1600, 1, 1)).toBe(-135140);
  });

  it('civilFromDays inverts daysFromCivil over 1600–2400, day by day', () => {
    let days = daysFromCivil(1600, 1, 1);
    for (let year = 1600; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          if (daysFromCivil(year, month, day) !== days) throw new Error(`daysFromCivil(${year}, ${month}, ${day})`);
          const back = civilFromDays(days);
          if (back.year !== year || back.month !== month || back.day !== day) throw new Error(`civilFromDays(${days})`);
          days++;
        }
      }
    }
    expect(days).toBe(daysFromCivil(2401, 1, 1));
  });

  it('daysFromCivil rolls an out-of-range day into the next month', () => {
    expect(civilFromDays(daysFromCivil(2027, 2, 29))).toEqual({ year: 2027, month: 3, day: 1 });
  });

  it('weekday is 0 on Sunday and 6 on Saturday, before and after 1970', () => {
    expect(weekdayFromDays(0)).toBe(4); // 1970-01-01 Thursday
    expect(weekday(2027, 4, 1)).toBe(4);
    expect(weekday(2027, 1, 1)).toBe(5);
    expect(weekday(2026, 9, 20)).toBe(0);
    expect(weekday(2028, 2, 29)).toBe(2);
    expect(weekday(1969, 12, 27)).toBe(6);
    expect(weekday(1945, 8, 15)).toBe(3);
  });

  it('leap years follow the Gregorian 4/100/400 rule', () => {
    expect([1900, 2000, 2024, 2027, 2028, 2100].map(isLeapYear)).toEqual([false, true, true, false, true, false]);
    expect([daysInMonth(2027, 2), daysInMonth(2028, 2), daysInMonth(2027, 4), daysInMonth(2027, 12)]).toEqual([28, 29, 30, 31]);
  });
});
