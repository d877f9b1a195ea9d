import { describe, expect, it } from 'vitest';
import { Calendar } from '../calendar/calendar.ts';
import { SurgeProfile, surgeRequests } from './surge-profile.ts';

const calendar = new Calendar('2027-04-01');
const at = (text: string) => calendar.hoursAt(text);

function expectClose(actual: number, expected: number, relative = 1e-13): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(relative * Math.abs(expected));
}

describe('surgeRequests', () => {
  // Friday 2027-04-02 12:00 for 3 days: open Fri 12:00–17:15 (5.25 h) and Mon 08:30–12:00 (3.5 h).
  const friday = at('2027-04-02T12:00');
  const counter = surgeRequests({ calendar, extraRequests: 875, fromHours: friday, overDays: 3, channel: 'counter' });

  it('a counter surge spreads uniformly over the office hours of its window', () => {
    expectClose(counter.requestsBetween(friday, friday + 72), 875);
    expectClose(counter.requestsBetween(at('2027-04-02'), at('2027-04-03')), 525);
    expect(counter.requestsBetween(at('2027-04-03'), at('2027-04-05'))).toBe(0);
    expectClose(counter.requestsBetween(at('2027-04-05'), at('2027-04-06')), 350);
    expectClose(counter.rateAt(at('2027-04-05T08:30')), 100, 1e-15);
    expect([counter.rateAt(at('2027-04-02T11:59')), counter.rateAt(at('2027-04-05T12:00')), counter.rateAt(at('2027-04-02T18:00'))]).toEqual([0, 0, 0]);
  });

  it('surge totals equal extraRequests for any start time and length', () => {
    for (const [fromHours, overDays] of [[3.7, 90], [0, 1], [at('2027-12-27T16:59'), 10], [at('2028-01-14T08:31'), 0.5]]) {
      for (const channel of ['counter', 'online'] as const) {
        const surge = surgeRequests({ calendar, extraRequests: 11_632, fromHours, overDays, channel });
        expectClose(surge.requestsBetween(-Infinity, Infinity), 11_632, 1e-12);
        expectClose(surge.requestsBetween(fromHours, fromHours + 24 * overDays), 11_632, 1e-12);
      }
    }
  });

  it('waitingHoursBetween over the whole window weighs each open piece by its distance to the end', () => {
    // 100/h over [F, F+5.25) and [F+68.5, F+72); everyone waits until F+72.
    expectClose(counter.waitingHoursBetween(friday, friday + 72), 100 * (5.25 * (72 - 2.625) + 3.5 * (72 - 70.25)));
  });

  it('an online surge is uniform over every hour, from a fractional start', () => {
    const online = surgeRequests({ calendar, extraRequests: 2400, fromHours: 5.5, overDays: 1, channel: 'online' });
    expectClose(online.requestsBetween(5.5, 6), 50);
    expectClose(online.requestsBetween(0, 6), 50);
    expectClose(online.requestsBetween(29, 40), 50);
    expectClose(online.waitingHoursBetween(10, 20), (100 * 10 * 10) / 2);
    expect(online.rateAt(5.4)).toBe(0);
  });

  it('its integrals are additive over adjacent windows', () => {
    const surge = surgeRequests({ calendar, extraRequests: 11_632, fromHours: 3.7, overDays: 90, channel: 'counter' });
    const points = [0, 8.9, 33.1, 100.25, 500.5, 1200, 2200];
    for (let k = 0; k + 2 < points.length; k++) {
      const [a, b, c] = [points[k], points[k + 1], points[k + 2]];
      expectClose(surge.requestsBetween(a, b) + surge.requestsBetween(b, c), surge.requestsBetween(a, c), 1e-12);
      expectClose(surge.waitingHoursBetween(a, b) + (c - b) * surge.requestsBetween(a, b) + surge.waitingHoursBetween(b, c), surge.waitingHoursBetween(a, c), 1e-12);
    }
  });

  it('throws a RangeError when a counter surge meets no office hours, or on a bad option', () => {
    const saturday = at('2027-04-03');
    expect(() => surgeRequests({ calendar, extraRequests: 10, fromHours: saturday, overDays: 1, channel: 'counter' })).toThrow(
      new RangeError(`a counter surge over [${saturday}, ${saturday + 24}) hours meets no office hours`),
    );
    expect(surgeRequests({ calendar, extraRequests: 0, fromHours: saturday, overDays: 1, channel: 'counter' }).requestsBetween(0, 1e4)).toBe(0);
    expect(() => surgeRequests({ calendar, extraRequests: -1, fromHours: 0, overDays: 1, channel: 'online' })).toThrow(
      new RangeError('extraRequests must be a finite number >= 0, got -1'),
    );
    expect(() => surgeRequests({ calendar, extraRequests: 1, fromHours: 0, overDays: 0, channel: 'online' })).toThrow(
      new RangeError('overDays must be a finite number > 0, got 0'),
    );
    expect(() => surgeRequests({ calendar, extraRequests: 1, fromHours: Number.NaN, overDays: 1, channel: 'online' })).toThrow(RangeError);
  });

  it('prints its channel, size and window', () => {
    expect(String(new SurgeProfile({ calendar, extraRequests: 4500, fromHours: 50, overDays: 30, channel: 'counter' }))).toBe(
      'SurgeProfile(counter +4500 over [50h, 770h))',
    );
  });
});
