import { describe, expect, it } from 'vitest';
import { Calendar } from '../calendar/calendar.ts';
import { DemandProfile } from './demand-profile.ts';

// Year 0 from Thursday 2027-04-01 runs to 2028-03-30: 242 business days (21 of them in March 2028) of
// 8.75 office hours each, so 2117.5 open counter hours; year 1 (2028-03-31 – 2029-03-30) has 243.
const calendar = new Calendar('2027-04-01');
const at = (text: string) => calendar.hoursAt(text);
const ANNUAL = 30_000;
const counter = new DemandProfile({ calendar, annualRequests: ANNUAL, channel: 'counter', horizonHours: 2 * 8760 });
const online = new DemandProfile({ calendar, annualRequests: ANNUAL, channel: 'online', horizonHours: 2 * 8760 });
const counterRate = ANNUAL / 2117.5;
const onlineRate = ANNUAL / 8760;

/** |actual − expected| ≤ relative·|expected|: the integrals are sums of doubles, exact up to rounding. */
function expectClose(actual: number, expected: number, relative = 1e-13): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(relative * Math.abs(expected));
}

describe('DemandProfile', () => {
  it('a window of one office day gives annualRequests × that day share (1/242 of the year)', () => {
    expectClose(counter.requestsBetween(0, 24), (ANNUAL * 8.75) / 2117.5);
    expectClose(counter.requestsBetween(at('2027-04-01T08:30'), at('2027-04-01T17:15')), ANNUAL / 242);
    expectClose(counter.requestsBetween(at('2027-06-15'), at('2027-06-16')), ANNUAL / 242);
  });

  it('counter demand at night, at weekends and in the year-end closure is 0', () => {
    expect(counter.requestsBetween(at('2027-04-01T17:15'), at('2027-04-02T08:30'))).toBe(0);
    expect(counter.requestsBetween(at('2027-04-03'), at('2027-04-05'))).toBe(0);
    expect(counter.requestsBetween(at('2027-12-29'), at('2028-01-04'))).toBe(0);
    expect(counter.requestsBetween(at('2027-05-03'), at('2027-05-06'))).toBe(0);
    expect([counter.rateAt(at('2027-04-01T08:29')), counter.rateAt(at('2027-04-01T17:15')), counter.rateAt(at('2027-04-03T12:00'))]).toEqual([0, 0, 0]);
  });

  it('the hours holding 08:30 and 17:15 carry demand for their open part only', () => {
    expectClose(counter.requestsBetween(at('2027-04-01T08:00'), at('2027-04-01T09:00')), counterRate * 0.5);
    expectClose(counter.requestsBetween(at('2027-04-01T08:15'), at('2027-04-01T08:45')), counterRate * 0.25);
    expectClose(counter.requestsBetween(at('2027-04-01T17:00'), at('2027-04-01T18:00')), counterRate * 0.25);
    expectClose(counter.requestsBetween(at('2027-04-01T17:05'), at('2027-04-01T17:10')), counterRate / 12);
    expectClose(counter.rateAt(at('2027-04-01T08:30')), counterRate, 1e-15);
    expectClose(counter.rateAt(at('2027-04-01T17:14')), counterRate, 1e-15);
  });

  it('online demand over 24 h is annual / 8760 × 24 exactly when the multipliers are 1', () => {
    expect(online.requestsBetween(0, 24)).toBe((ANNUAL / 8760) * 24);
    expectClose(online.requestsBetween(at('2027-04-03T05:00'), at('2027-04-04T05:00')), onlineRate * 24, 1e-15);
    expectClose(online.rateAt(at('2027-04-03T03:00')), onlineRate, 1e-15);
  });

  it('a March multiplier of 1.6 raises March demand 1.6-fold and keeps the year at annualRequests', () => {
    const monthlyMultipliers = [1, 1, 1.6, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const busy = new DemandProfile({ calendar, annualRequests: ANNUAL, channel: 'counter', monthlyMultipliers, horizonHours: 8760 });
    // 221 ordinary business days + 21 March days at 1.6: 1933.75 + 294 = 2227.75 weighted open hours.
    const april = ANNUAL / 2227.75;
    expectClose(busy.rateAt(at('2027-04-01T10:00')), april, 1e-15);
    expectClose(busy.rateAt(at('2028-03-01T10:00')), 1.6 * april, 1e-15);
    expectClose(busy.requestsBetween(at('2028-03-01'), at('2028-04-01')), (ANNUAL * 21 * 8.75 * 1.6) / 2227.75);
    expectClose(busy.requestsBetween(0, 8760), ANNUAL, 1e-9);
  });

  it('the normalisation sums to annualRequests over year 0 within 1e-9 relative', () => {
    const odd = [0.9, 0.8, 1.7, 1.3, 1.1, 0.95, 1, 0.7, 1.05, 1, 1, 1.2];
    for (const channel of ['counter', 'online'] as const) {
      for (const monthlyMultipliers of [undefined, odd]) {
        for (const annualRequests of [30_000, 4_000_000, 1]) {
          const profile = new DemandProfile({ calendar, annualRequests, channel, monthlyMultipliers, horizonHours: 8760 });
          expectClose(profile.requestsBetween(0, 8760), annualRequests, 1e-9);
          let hourly = 0;
          for (const requests of profile.hourlyRequests()) hourly += requests;
          expectClose(hourly, annualRequests, 1e-9);
        }
      }
    }
  });

  it('later years follow the same hourly rate, so their totals differ only by calendar', () => {
    expectClose(counter.requestsBetween(8760, 2 * 8760), (ANNUAL * 243) / 242);
    expectClose(online.requestsBetween(8760, 2 * 8760), ANNUAL);
  });

  it('waitingHoursBetween equals λ·W²/2 over a window of constant rate', () => {
    expectClose(online.waitingHoursBetween(100.3, 110.7), (onlineRate * 10.4 * 10.4) / 2, 1e-12);
    expectClose(counter.waitingHoursBetween(at('2027-04-01T09:10'), at('2027-04-01T16:40')), (counterRate * 7.5 * 7.5) / 2, 1e-12);
    expectClose(counter.waitingHoursBetween(at('2027-04-01T08:30'), at('2027-04-01T08:45')), (counterRate * 0.25 * 0.25) / 2, 1e-12);
  });

  it('waitingHoursBetween over a whole business day counts the open part of each hour', () => {
    // Residents arrive uniformly over 08:30–17:15 (mean 12:875) and all wait until midnight.
    expectClose(counter.waitingHoursBetween(0, 24), counterRate * 8.75 * (24 - 12.875));
    // A closed stretch adds nothing, but the day before still waits until the end of the window.
    expectClose(counter.waitingHoursBetween(at('2027-04-02'), at('2027-04-05')), counterRate * 8.75 * (72 - 12.875));
  });

  it('requestsBetween and waitingHoursBetween are additive over adjacent windows', () => {
    const points = [0, 0.3, 8.6, 8.7, 9, 17.2, 30.75, 200.125, 1000, 5000.9, 8759.5, 9100.33, 17519.99];
    for (let k = 0; k + 2 < points.length; k++) {
      const [a, b, c] = [points[k], points[k + 1], points[k + 2]];
      for (const profile of [counter, online]) {
        expectClose(profile.requestsBetween(a, b) + profile.requestsBetween(b, c), profile.requestsBetween(a, c), 1e-12);
        expectClose(
          profile.waitingHoursBetween(a, b) + (c - b) * profile.requestsBetween(a, b) + profile.waitingHoursBetween(b, c),
          profile.waitingHoursBetween(a, c),
          1e-12,
        );
      }
    }
  });

  it('integrals clamp to the horizon, and from ≥ to gives 0', () => {
    const day = new DemandProfile({ calendar, annualRequests: ANNUAL, channel: 'online', horizonHours: 24 });
    expect(day.requestsBetween(-100, 24)).toBe(day.requestsBetween(0, 24));
    expect(day.requestsBetween(-Infinity, Infinity)).toBe(day.requestsBetween(0, 24));
    expect(day.requestsBetween(24, 100)).toBe(0);
    expect(day.requestsBetween(10, 10)).toBe(0);
    expect(day.requestsBetween(12, 10)).toBe(0);
    expect(day.waitingHoursBetween(12, 10)).toBe(0);
    expect(day.rateAt(24)).toBe(0);
    // λ is 0 past the horizon, but those who arrived before it wait until toHours.
    expectClose(day.waitingHoursBetween(0, 48), onlineRate * 24 * (48 - 12));
  });

  it('a fractional horizon ends inside its last hour', () => {
    const short = new DemandProfile({ calendar, annualRequests: ANNUAL, channel: 'counter', horizonHours: 8.75 });
    expectClose(short.requestsBetween(0, Infinity), counterRate * 0.25, 1e-15);
    expect(short.hourlyRequests().length).toBe(9);
  });

  it('stays accurate for short windows late in a ten-year horizon', () => {
    const long = new DemandProfile({ calendar, annualRequests: 4_000_000, channel: 'online', horizonHours: 10 * 8760 });
    const rate = 4_000_000 / 8760;
    expectClose(long.requestsBetween(87_000.25, 87_000.5), rate / 4, 1e-12);
    expectClose(long.waitingHoursBetween(87_000, 87_001), rate / 2, 1e-10);
    expectClose(long.waitingHoursBetween(86_000, 87_000), (rate * 1000 * 1000) / 2, 1e-12);
  });

  it('throws a RangeError naming a bad option or window', () => {
    const base = { calendar, annualRequests: ANNUAL, channel: 'counter', horizonHours: 8760 } as const;
    expect(() => new DemandProfile({ ...base, annualRequests: -1 })).toThrow(new RangeError('annualRequests must be a finite number >= 0, got -1'));
    expect(() => new DemandProfile({ ...base, horizonHours: 0 })).toThrow(new RangeError('horizonHours must be a finite number > 0, got 0'));
    expect(() => new DemandProfile({ ...base, monthlyMultipliers: [1, 1] })).toThrow(new RangeError('monthlyMultipliers must be 12 finite numbers >= 0, got [1, 1]'));
    expect(() => new DemandProfile({ ...base, monthlyMultipliers: new Array(12).fill(0) })).toThrow(
      new RangeError('counter demand has no open hour with a multiplier > 0 in the first simulated year'),
    );
    expect(() => new DemandProfile({ ...base, channel: 'web' as 'online' })).toThrow(RangeError);
    expect(() => counter.requestsBetween(Number.NaN, 5)).toThrow(new RangeError('a demand window needs two numbers of hours, got [NaN, 5)'));
    expect(() => counter.waitingHoursBetween(0, Infinity)).toThrow(new RangeError('toHours must be finite to measure waiting, got Infinity'));
  });

  it('zero annual requests give zero everywhere', () => {
    const none = new DemandProfile({ calendar, annualRequests: 0, channel: 'counter', horizonHours: 8760 });
    expect([none.requestsBetween(0, 8760), none.waitingHoursBetween(0, 8760), none.rateAt(10)]).toEqual([0, 0, 0]);
  });

  it('prints its channel, volume and horizon', () => {
    expect(String(counter)).toBe('DemandProfile(counter 30000/yr, 17520h)');
  });
});
