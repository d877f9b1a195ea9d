import { describe, expect, it } from 'vitest';
import { simulate } from '../../model/simulate.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';

// 2027-04-01, the quiet town's start, is a Thursday: 2027-04-03T22:00 is a Saturday night (hour 70),
// Monday 2027-04-05 opens at 08:30 (hour 104.5). The town hall holds both critical systems (registry
// for certificates, welfare for consultations), so each hour the hall's systems are down is two hours
// of critical-service downtime.
const run = (events: EventInput[], variant = 'onprem', input = quietTownInput()) =>
  simulate(quietTown({ ...input, events }), { variant, seed: 1, horizonYears: 1 });

describe('maintenance', () => {
  it('a window on a Saturday night stops the hall\'s systems as planned downtime: no critical downtime, no resident without service, no incident', () => {
    const r = run([{ kind: 'maintenanceWindow', at: '2027-04-03T22:00', site: 'townhall', hours: 4 } as EventInput]);
    expect(r.years[0]).toMatchObject({ plannedDowntimeHours: 8, downtimeHours: 0, residentsWithoutService: 0, incidents: 0 });
    expect(r.outcomes).toEqual([]);
  });

  it('a window that overruns into Monday stops the counters: the overrun is an outage, the announced hours stay planned', () => {
    // Sunday 20:00 + 4 h announced = Monday 00:00; 14 h overrun to Monday 14:00, past the 08:30 opening.
    const r = run([{ kind: 'maintenanceWindow', at: '2027-04-04T20:00', site: 'townhall', hours: 4, overrunHours: 14 } as EventInput]);
    expect(r.years[0]).toMatchObject({ plannedDowntimeHours: 8, downtimeHours: 28, incidents: 1 });
    expect(r.years[0]!.residentsWithoutService).toBeGreaterThan(0);
    const [o] = r.outcomes;
    expect(o).toMatchObject({ cause: 'maintenanceWindow', kinds: ['outage'], criticalDowntimeHours: 14 });
    expect(new Set(o!.systems.flatMap((s) => s.windows.map((w) => w.reason)))).toEqual(new Set(['maintenance-overrun']));
  });

  it('a server renewal pays the migration of each system in the hall and, when the cutover overruns, stops the counters on Monday', () => {
    // 36 h from Saturday 22:00 is Monday 10:00; 10 h more to 20:00.
    const r = run([{ kind: 'hardwareRenewal', at: '2027-04-03T22:00', site: 'townhall', hours: 36, overrunHours: 10, costYenPerSystem: 1_000_000 } as EventInput]);
    const [o] = r.outcomes;
    expect(o).toMatchObject({ cause: 'hardwareRenewal', kinds: ['outage'], criticalDowntimeHours: 10 });
    expect(o!.costBreakdownYen.renewal).toBe(4_000_000);
    expect(r.years[0]).toMatchObject({ plannedDowntimeHours: 72, downtimeHours: 20 });
  });

  it('a renewal on time only costs money: an outcome with its cost and no incident kind', () => {
    const r = run([{ kind: 'hardwareRenewal', at: '2027-04-03T22:00', site: 'townhall', hours: 24, costYenPerSystem: 500_000 } as EventInput]);
    expect(r.outcomes.map((o) => [o.cause, o.kinds, o.costYen])).toEqual([['hardwareRenewal', [], 2_000_000]]);
    expect(r.years[0]).toMatchObject({ downtimeHours: 0, incidents: 0 });
  });

  it('monthly windows at the hall fall on Saturday nights: twelve of 4 h a year, none stopping a counter; a cloud window spares a town with nothing there', () => {
    const input = quietTownInput();
    const window = (id: string, hostingKind: 'onprem' | 'public-cloud') => ({
      id, hostingKind, perYear: 12, hours: { fixed: 4 }, overrunProbability: 0, overrunHours: { fixed: 1 },
    });
    input.hazards.maintenance = { windows: [window('patch', 'onprem'), window('cloud', 'public-cloud')] };
    const r = run([], 'onprem', input);
    expect(r.years[0]).toMatchObject({ plannedDowntimeHours: 12 * 4 * 2, downtimeHours: 0, residentsWithoutService: 0 });
  });

  it('servers are renewed once per lease period, in a year drawn per site, at a cost paid in that year', () => {
    const input = quietTownInput();
    input.hazards.maintenance = {
      windows: [],
      renewal: { everyYears: 5, hours: { fixed: 24 }, overrunProbability: 0, overrunHours: { fixed: 1 }, costYenPerSystem: { fixed: 1_000_000 } },
    };
    const r = simulate(quietTown(input), { variant: 'onprem', seed: 4, horizonYears: 20 });
    const renewals = r.outcomes.filter((o) => o.cause === 'hardwareRenewal');
    // The vault and the other data centres hold no system of this variant: only the hall renews, 4 times in 20 years.
    expect(renewals).toHaveLength(4);
    const years = renewals.map((o) => o.year);
    expect(years.slice(1).map((y, i) => y - years[i]!)).toEqual([5, 5, 5]);
    expect(r.years.reduce((s, y) => s + y.incidentCostYen!, 0)).toBe(4 * 4_000_000);
  });
});
