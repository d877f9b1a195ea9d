import { describe, expect, it } from 'vitest';
import { Calendar } from '../calendar/calendar.ts';
import { CombinedDemand } from './combined-demand.ts';
import { DemandProfile } from './demand-profile.ts';
import { surgeRequests } from './surge-profile.ts';

const calendar = new Calendar('2027-04-01');
const everyday = new DemandProfile({ calendar, annualRequests: 30_000, channel: 'counter', horizonHours: 8760 });
const quake = surgeRequests({ calendar, extraRequests: 4500, fromHours: 50, overDays: 30, channel: 'counter' });
const aftershock = surgeRequests({ calendar, extraRequests: 600, fromHours: 400, overDays: 2, channel: 'online' });
const total = new CombinedDemand([everyday, quake, aftershock]);

describe('CombinedDemand', () => {
  it('sums the requests, waiting hours and rates of its parts', () => {
    for (const [from, to] of [[0, 8760], [30, 100], [399.5, 420.25]]) {
      expect(total.requestsBetween(from, to)).toBe(everyday.requestsBetween(from, to) + quake.requestsBetween(from, to) + aftershock.requestsBetween(from, to));
      expect(total.waitingHoursBetween(from, to)).toBe(
        everyday.waitingHoursBetween(from, to) + quake.waitingHoursBetween(from, to) + aftershock.waitingHoursBetween(from, to),
      );
    }
    expect(total.rateAt(410)).toBe(everyday.rateAt(410) + quake.rateAt(410) + aftershock.rateAt(410));
    expect(Math.abs(total.requestsBetween(0, 8760) - 35_100)).toBeLessThan(1e-9);
  });

  it('an empty combination has no demand', () => {
    expect(new CombinedDemand([]).requestsBetween(0, 8760)).toBe(0);
  });

  it('prints its parts', () => {
    expect(String(new CombinedDemand([everyday, quake]))).toBe(
      'CombinedDemand(DemandProfile(counter 30000/yr, 8760h) + SurgeProfile(counter +4500 over [50h, 770h)))',
    );
  });
});
