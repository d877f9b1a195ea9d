import { Calendar, type IncidentOutcome } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { buildCase } from './build-case.ts';
import { scriptedTown, scriptedYear } from './test-support.ts';
import type { CaseIncident } from './virtual-case.ts';

const scenario = scriptedTown();
const result = scriptedYear(scenario);
const vc = buildCase(result, { scenario, year: 0 });

/** The outcome record as the case holds it: the same fields, with the times as hours again. */
function asOutcome(i: CaseIncident): Omit<IncidentOutcome, 'year' | 'notes'> & { notes: unknown[] } {
  return {
    id: i.id,
    cause: i.cause as IncidentOutcome['cause'],
    kinds: [...i.kinds],
    startHours: i.start.hours,
    endHours: i.end.hours,
    ongoing: i.ongoing,
    systems: i.systems.map((s) => ({
      system: s.system,
      downHours: s.downHours,
      windows: s.windows.map((w) => ({ fromHours: w.from.hours, toHours: w.to.hours, reason: w.reason as IncidentOutcome['systems'][number]['windows'][number]['reason'] })),
      ...(s.dataLostHours === undefined ? {} : { dataLostHours: s.dataLostHours }),
      ...(s.noSurvivingCopy ? { noSurvivingCopy: s.noSurvivingCopy } : {}),
    })),
    services: i.services.map((s) => ({ service: s.service, downHours: s.downHours, residentsWithoutService: s.residentsWithoutService, residentHoursWithoutService: s.residentHoursWithoutService })),
    personsAffected: i.personsAffected,
    personsByDataClass: i.personsByDataClass,
    dataClasses: [...i.dataClasses],
    residentsWithoutService: i.residentsWithoutService,
    residentHoursWithoutService: i.residentHoursWithoutService,
    dataLostHours: i.dataLostHours,
    systemsLost: i.systemsLost,
    residentsWithRecordsLost: i.residentsWithRecordsLost,
    maliciousIntent: i.maliciousIntent,
    directHarm: i.directHarm,
    highlyEncrypted: i.highlyEncrypted,
    recoveredUnviewed: i.recoveredUnviewed,
    criticalDowntimeHours: i.criticalDowntimeHours,
    costYen: i.costYen,
    costBreakdownYen: i.costBreakdownYen,
    actions: i.actions.map((a) => ({ action: a.action, rules: [...a.rules], basis: a.basis, deadlines: a.deadlines.map((d) => ({ stage: d.stage, days: d.days })) })),
    notes: [...i.notes].map((n) => ({ atHours: n.at.hours, what: n.what, detail: n.detail })),
  };
}

describe('buildCase', () => {
  it("holds the year's outcome records field for field, in time order", () => {
    const records = result.outcomes.filter((o) => o.year === 0);
    expect(vc.incidents.map((i) => i.cause)).toEqual(['earthquake', 'leak.mis-sending', 'ransomware']);
    expect(vc.incidents.map(asOutcome)).toEqual(
      records.map(({ year: _year, hazardEventIndex: _link, notes, ...o }) => ({ ...o, notes: [...notes!].sort((a, b) => a.atHours - b.atHours) })),
    );
  });

  it("keeps the year's metrics unchanged, and the incidents' costs add up to the year's incident cost", () => {
    expect(vc.metrics).toEqual(result.years[0]);
    expect(vc.incidents.reduce((sum, i) => sum + i.costYen, 0)).toBe(result.years[0]!.incidentCostYen);
    expect(vc.metrics.costYen).toBe(result.years[0]!.runningCostYen + result.years[0]!.incidentCostYen);
    expect(vc.incidents.filter((i) => i.kinds.length > 0)).toHaveLength(result.years[0]!.incidents!);
    expect(vc.incidents.reduce((sum, i) => sum + i.personsAffected, 0)).toBe(result.years[0]!.personsAffected);
  });

  it("dates every time from the scenario's startDate, on the JST wall clock", () => {
    expect(vc.from.date).toMatchObject({ year: 2027, month: 4, day: 1, hour: 0, minute: 0 });
    expect(vc.fiscalYear).toBe(2027);
    const quake = vc.incidents[0]!;
    expect(quake.start).toMatchObject({ hours: new Calendar('2027-04-01').hoursAt('2027-06-12T03:00'), timeClass: 'holiday' });
    expect(quake.start.date).toMatchObject({ year: 2027, month: 6, day: 12, hour: 3, minute: 0, weekday: 6 });
    expect(quake.hazard).toMatchObject({ kind: 'earthquake', magnitude: 7.8 });
  });

  it('dates the deadlines from the start of the incident', () => {
    const report = vc.incidents[1]!.actions.find((a) => a.action === 'reportToCommission')!;
    expect(report.deadlines.map((d) => [d.stage, d.days, `${d.due.date.month}/${d.due.date.day} ${d.due.date.hour}:00`])).toEqual([
      ['preliminary', 5, '9/19 10:00'],
      ['final', 30, '10/14 10:00'],
    ]);
  });

  it('tells why each system stopped: the townhall flooded, the website encrypted', () => {
    expect(vc.incidents[0]!.systems.map((s) => [s.system, s.site, s.windows.map((w) => w.reason)])).toEqual([
      ['registry', 'townhall', ['site-flooded']],
      ['welfare', 'townhall', ['site-flooded']],
      ['website', 'townhall', ['site-flooded']],
      ['mail', 'townhall', ['site-flooded']],
    ]);
    expect(vc.incidents[2]!.systems.map((s) => [s.system, s.windows.map((w) => w.reason)])).toEqual([['website', ['encrypted']]]);
  });

  it("gives services the shortest RTO of their systems and rows for the Gantt chart", () => {
    expect(vc.incidents[0]!.services.map((s) => [s.service, s.rtoHours, s.critical])).toEqual([
      ['certificates', 24, true],
      ['welfare-consultation', 6, true],
      ['disaster-certificates', 24, true],
    ]);
    expect(vc.outages.map((r) => [r.kind, r.id, r.rtoHours, r.windows.length])).toEqual([
      ['system', 'registry', 24, 1],
      ['system', 'welfare', 6, 1],
      ['system', 'website', 24, 2],
      ['system', 'mail', 24, 1],
      ['service', 'certificates', 24, 1],
      ['service', 'welfare-consultation', 6, 1],
      ['service', 'disaster-certificates', 24, 1],
    ]);
    const registry = vc.incidents[0]!.systems[0]!.windows[0]!;
    expect(vc.outages[4]!.windows[0]).toEqual({ fromHours: registry.from.hours, toHours: registry.to.hours, reason: 'site-flooded', incident: vc.incidents[0]!.id });
  });

  it('tells an incident that began in an earlier year as carried over, its windows clipped to the year', () => {
    const late = scriptedTown({ events: [{ kind: 'earthquake', at: '2028-03-20T03:00', magnitude: 7.8, epicentre: { latitude: 41.6, longitude: 141.4 }, tsunamiHeightM: 9 }] });
    const twoYears = scriptedYear(late, 'onprem', 2);
    const second = buildCase(twoYears, { scenario: late, year: 1 });
    expect(second.incidents).toEqual([]);
    expect(second.carriedOver.map((i) => i.cause)).toEqual(['earthquake']);
    expect(second.outages.every((r) => r.windows.every((w) => w.fromHours === 8760 && w.toHours > 8760))).toBe(true);
    expect(second.from.date).toMatchObject({ year: 2028, month: 3, day: 31 });
  });

  it('is plain data: JSON and back gives the same case', () => {
    expect(JSON.parse(JSON.stringify(vc))).toEqual(vc);
  });

  it('throws a RangeError for a year outside the horizon', () => {
    expect(() => buildCase(result, { scenario, year: 1 })).toThrow('year must be an integer in [0, 1), got 1');
    expect(() => buildCase(result, { scenario, year: -1 })).toThrow(RangeError);
  });
});
