import { describe, expect, it } from 'vitest';
import { Calendar } from './calendar.ts';

// 2027-04-01 is a Thursday; FY2027 begins.
const calendar = new Calendar('2027-04-01');
const at = (text: string) => calendar.hoursAt(text);

describe('Calendar', () => {
  it('hoursAt counts hours from 00:00 JST on the start date, negative before it', () => {
    expect(at('2027-04-01')).toBe(0);
    expect(at('2027-04-02T08:30')).toBe(32.5);
    expect(at('2027-04-02T08:30:36+09:00')).toBe(32.51);
    expect(at('2027-03-31T23:00')).toBe(-1);
    expect(at('2028-04-01')).toBe(366 * 24);
  });

  it('hoursAt and the constructor throw a RangeError naming what they reject', () => {
    expect(() => at('2027-02-30')).toThrow(new RangeError('not a JST date-time: "2027-02-30"'));
    expect(() => at('2027-04-01T00:00Z')).toThrow(RangeError);
    expect(() => new Calendar('2027-02-30')).toThrow(
      new RangeError('startDate must be a calendar date YYYY-MM-DD (00:00 JST), got "2027-02-30"'),
    );
    expect(() => new Calendar('2027-04-01T09:00')).toThrow(RangeError);
  });

  it('civilAt reads the wall clock, with the weekday and the holiday name', () => {
    expect(calendar.civilAt(0)).toEqual({ year: 2027, month: 4, day: 1, hour: 0, minute: 0, weekday: 4 });
    expect(calendar.civilAt(at('2027-04-29T10:45'))).toEqual({ year: 2027, month: 4, day: 29, hour: 10, minute: 45, weekday: 4, holidayName: '昭和の日' });
    expect(calendar.civilAt(-0.5)).toEqual({ year: 2027, month: 3, day: 31, hour: 23, minute: 30, weekday: 3 });
  });

  it('civilAt rounds float noise to the second before truncating to the minute', () => {
    expect(calendar.civilAt(at('2027-04-01T08:20')).minute).toBe(20);
    expect(calendar.civilAt(8.4999999999).minute).toBe(30);
    expect(calendar.civilAt(8.49).minute).toBe(29);
  });

  it('formatAt prints an ISO local time', () => {
    expect(calendar.formatAt(at('2028-01-15T03:00'))).toBe('2028-01-15T03:00');
    expect(calendar.formatAt(9.5)).toBe('2027-04-01T09:30');
  });

  it('isMunicipalClosedDay: weekends, national holidays and 12/29–1/3 close the town hall', () => {
    const closed = (date: string) => calendar.isMunicipalClosedDay(at(`${date}T12:00`));
    expect(
      ['2027-04-02', '2027-04-03', '2027-04-04', '2027-04-05', '2027-05-04', '2027-05-06', '2027-12-28', '2027-12-29', '2027-12-31', '2028-01-03', '2028-01-04', '2028-03-20'].map(closed),
    ).toEqual([false, true, true, false, true, false, false, true, true, true, false, true]);
  });

  it('isOfficeHours holds from 08:30 inclusive to 17:15 exclusive on business days only', () => {
    expect(['T08:29:59', 'T08:30', 'T12:00', 'T17:14:59', 'T17:15', 'T23:00'].map((t) => calendar.isOfficeHours(at(`2027-04-01${t}`)))).toEqual([
      false, true, true, true, false, false,
    ]);
    expect(calendar.isOfficeHours(at('2027-04-03T10:00'))).toBe(false);
  });

  it('timeClass is workday in office hours, night on a business day outside them, holiday on closed days', () => {
    expect([at('2027-04-01T10:00'), at('2027-04-01T20:00'), at('2027-04-02T03:00'), at('2027-04-03T10:00'), at('2027-12-30T10:00')].map((h) => calendar.timeClass(h))).toEqual([
      'workday', 'night', 'night', 'holiday', 'holiday',
    ]);
  });

  it('a year from 2027-04-01 has 242 business days of 8.75 office hours', () => {
    let officeQuarters = 0;
    let businessDays = 0;
    for (let q = 0; q < 8760 * 4; q++) if (calendar.isOfficeHours(q / 4)) officeQuarters++;
    for (let day = 0; day < 365; day++) if (!calendar.isMunicipalClosedDay(day * 24)) businessDays++;
    expect(businessDays).toBe(242);
    expect(officeQuarters / 4).toBe(242 * 8.75);
  });

  it('the per-day cache gives the same answers whatever order days are first asked in', () => {
    const fresh = new Calendar('2027-04-01');
    const hours = Array.from({ length: 3000 }, (_, i) => ((i * 7919) % 3000) * 7.25);
    const shuffled = hours.map((h) => fresh.timeClass(h));
    const direct = hours.map((h) => {
      const t = calendar.civilAt(h);
      const closed = t.weekday === 0 || t.weekday === 6 || t.holidayName !== undefined || (t.month === 12 && t.day >= 29) || (t.month === 1 && t.day <= 3);
      const minutes = t.hour * 60 + t.minute;
      return closed ? 'holiday' : minutes >= 510 && minutes < 1035 ? 'workday' : 'night';
    });
    expect(shuffled).toEqual(direct);
  });

  it('monthAt, fiscalYearAt and simulatedYear', () => {
    expect([calendar.monthAt(0), calendar.monthAt(at('2027-12-31T23:59')), calendar.monthAt(at('2028-01-01')), calendar.monthAt(-1)]).toEqual([4, 12, 1, 3]);
    expect([calendar.fiscalYearAt(0), calendar.fiscalYearAt(at('2028-03-31T23:00')), calendar.fiscalYearAt(at('2028-04-01')), calendar.fiscalYearAt(-1)]).toEqual([
      2027, 2027, 2028, 2026,
    ]);
    expect([calendar.simulatedYear(0), calendar.simulatedYear(8759.99), calendar.simulatedYear(8760), calendar.simulatedYear(-1)]).toEqual([0, 0, 1, -1]);
  });

  it('nextOfficeHoursStart is the next 08:30 of a business day at or after the time', () => {
    expect(calendar.nextOfficeHoursStart(7)).toBe(8.5);
    expect(calendar.nextOfficeHoursStart(8.5)).toBe(8.5);
    expect(calendar.nextOfficeHoursStart(8.75)).toBe(32.5);
    expect(calendar.nextOfficeHoursStart(at('2027-04-02T12:00'))).toBe(at('2027-04-05T08:30'));
    // Golden Week 2027: 4/29 (Thu) closed, 4/30 open, 5/1–5/5 closed.
    expect(calendar.formatAt(calendar.nextOfficeHoursStart(at('2027-04-30T09:00')))).toBe('2027-05-06T08:30');
    expect(calendar.formatAt(calendar.nextOfficeHoursStart(at('2027-12-28T17:00')))).toBe('2028-01-04T08:30');
  });

  it('years outside 2000–2099 borrow the holidays of a year with the same calendar layout', () => {
    // 2100 starts on a Friday and is not a leap year, like 2027: 春分 falls on Sunday 21 March.
    const far = new Calendar('2100-01-01');
    expect(far.civilAt(far.hoursAt('2100-03-22T12:00')).holidayName).toBe('振替休日');
    expect(far.isMunicipalClosedDay(far.hoursAt('2100-01-11'))).toBe(true);
    expect(new Calendar('1999-04-01').civilAt(0).weekday).toBe(4);
  });

  it('time queries throw a RangeError on NaN or infinite hours', () => {
    expect(() => calendar.isOfficeHours(Number.NaN)).toThrow(new RangeError('hours must be a finite number, got NaN'));
    expect(() => calendar.civilAt(Infinity)).toThrow(RangeError);
    expect(() => calendar.nextOfficeHoursStart(Number.NaN)).toThrow(RangeError);
  });

  it('prints as Calendar(start JST)', () => {
    expect(String(calendar)).toBe('Calendar(2027-04-01 JST)');
  });
});
