import { describe, expect, it } from 'vitest';
import { simulate } from '../../model/simulate.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';

const exit = { kind: 'vendorExit', at: '2027-05-10T09:00', vendor: 'vendor-a' } as EventInput;
const at = 945; // 2027-05-10 09:00 JST

describe('vendor exit', () => {
  it('a vendor ending its service forces a migration of every system it supports after the notice, at a cost', () => {
    const r = simulate(quietTown({ events: [exit] }), { variant: 'onprem', seed: 1, horizonYears: 2 });
    const o = r.outcomes.find((x) => x.cause === 'vendorExit')!;
    // Notice 6 months (6 × 730 h); four systems at 1,000,000 yen each; no outage or defect by default.
    expect(o.startHours).toBe(at);
    expect(o.endHours).toBe(at + 6 * 730);
    expect(o.costBreakdownYen.migration).toBe(4_000_000);
    expect(o.kinds).toEqual([]);
  });

  it('a failed cutover stops the systems and a conversion defect damages records', () => {
    const input = quietTownInput();
    input.providers.vendorExit.cutoverOutageProbability = 1;
    input.providers.vendorExit.conversionDefectProbability = 1;
    const r = simulate(quietTown({ ...input, events: [exit] }), { variant: 'onprem', seed: 1, horizonYears: 2 });
    const o = r.outcomes.find((x) => x.cause === 'vendorExit')!;
    const cutover = at + 6 * 730;
    expect(o.systems.find((s) => s.system === 'registry')!.windows).toEqual([{ fromHours: cutover, toHours: cutover + 24, reason: 'cutover' }]);
    expect(o.kinds).toEqual(['damage', 'outage']);
    // 1% of the registry's 10,000 persons.
    expect(o.personsByDataClass.general).toBe(100);
  });

  it('the migration is paid at the cutover, and counted in that year, not the year of the notice', () => {
    // Notice on 2028-01-10 09:00 (year 0, 6,825 h); the cutover 6 × 730 h later falls in year 1.
    const r = simulate(quietTown({ events: [{ ...exit, at: '2028-01-10T09:00' } as EventInput] }), { variant: 'onprem', seed: 1, horizonYears: 2 });
    expect(r.outcomes.map((o) => [o.cause, o.year, o.endHours])).toEqual([['vendorExit', 0, 6825 + 6 * 730]]);
    expect(r.years.map((y) => y.incidentCostYen)).toEqual([0, 4_000_000]);
  });

  it('a cutover after the horizon is not dropped: it is counted at the same time of the first year', () => {
    const r = simulate(quietTown({ events: [{ ...exit, at: '2028-01-10T09:00' } as EventInput] }), { variant: 'onprem', seed: 1, horizonYears: 1 });
    expect(r.outcomes.map((o) => [o.ongoing, o.costYen])).toEqual([[false, 4_000_000]]);
    expect(r.years.map((y) => y.incidentCostYen)).toEqual([4_000_000]);
  });

  it('an exit of a vendor the town does not use is an event without an incident', () => {
    const input = quietTownInput();
    input.people.vendors.push({ ...input.people.vendors[0]!, id: 'vendor-b' });
    const r = simulate(quietTown({ ...input, events: [{ ...exit, vendor: 'vendor-b' } as EventInput] }), { variant: 'onprem', seed: 1, horizonYears: 1 });
    expect(r.hazardEvents.map((e) => e.kind)).toEqual(['vendorExit']);
    expect(r.outcomes).toEqual([]);
  });
});
