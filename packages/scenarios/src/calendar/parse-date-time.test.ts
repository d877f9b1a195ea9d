import { describe, expect, it } from 'vitest';
import { parseDateTime } from './parse-date-time.ts';

describe('parseDateTime', () => {
  it('parseDateTime(date) gives midnight', () => {
    expect(parseDateTime('2027-04-01')).toEqual({ year: 2027, month: 4, day: 1, hour: 0, minute: 0, second: 0 });
  });

  it('parseDateTime accepts minutes, seconds and a trailing +09:00', () => {
    expect(parseDateTime('2027-01-15T08:30')).toEqual({ year: 2027, month: 1, day: 15, hour: 8, minute: 30, second: 0 });
    expect(parseDateTime('2027-01-15T23:59:59')).toEqual({ year: 2027, month: 1, day: 15, hour: 23, minute: 59, second: 59 });
    expect(parseDateTime('2027-01-15T08:30+09:00')).toEqual(parseDateTime('2027-01-15T08:30'));
    expect(parseDateTime('2028-02-29T12:00:05+09:00')).toEqual({ year: 2028, month: 2, day: 29, hour: 12, minute: 0, second: 5 });
  });

  it('parseDateTime rejects other offsets, Z and malformed text', () => {
    for (const text of [
      '2027-01-15T08:30Z',
      '2027-01-15T08:30+00:00',
      '2027-01-15T08:30+09:30',
      '2027-01-15T08:30-09:00',
      '2027-01-15+09:00',
      '2027-1-15',
      '27-01-15',
      '2027-01-15 08:30',
      '2027-01-15T8:30',
      '2027-01-15T08',
      '2027-01-15T08:30:00.000',
      ' 2027-01-15',
      '',
    ]) {
      expect(parseDateTime(text), text).toBeUndefined();
    }
  });

  it('parseDateTime rejects days the calendar lacks and times past 23:59:59', () => {
    for (const text of ['2027-02-29', '2027-02-30', '2027-04-31', '2027-13-01', '2027-00-10', '2027-01-00', '2027-01-15T24:00', '2027-01-15T12:60', '2027-01-15T12:00:60']) {
      expect(parseDateTime(text), text).toBeUndefined();
    }
    expect(parseDateTime('2000-02-29')).toBeDefined();
    expect(parseDateTime('2100-02-29')).toBeUndefined();
  });
});
