import { describe, expect, it } from 'vitest';
import { Calendar } from '../../calendar/index.ts';
import { simulate } from '../../model/simulate.ts';
import { scenarioSchema, type ScenarioInput } from '../../schema/index.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';

const calendar = new Calendar('2027-04-01');
const t0 = calendar.hoursAt('2027-07-10T06:00');
const flood = (depthAboveGroundMBySite: Record<string, number>, extra: object = {}) =>
  ({ kind: 'riverFlood', at: '2027-07-10T06:00', depthAboveGroundMBySite, recedeHours: 48, ...extra }) as EventInput;

/** The quiet town (server room 3 m up, 24 h generator, one line) with the town hall's heights changed. */
const townWith = (townhall: object, events: EventInput[], change: (input: ScenarioInput) => void = () => {}) => {
  const input = quietTownInput();
  Object.assign(input.sites[0]!, townhall);
  change(input);
  return quietTown({ ...input, events });
};
const run = (scenario: ReturnType<typeof quietTown>, variant = 'onprem') => simulate(scenario, { variant, seed: 1, horizonYears: 1, trace: true });
const windowsOf = (r: ReturnType<typeof run>, system: string) =>
  r.outcomes.flatMap((o) => o.systems.filter((s) => s.system === system).flatMap((s) => s.windows.map((w) => [w.fromHours - t0, w.toHours - t0, w.reason])));
const notes = (r: ReturnType<typeof run>) => r.outcomes.flatMap((o) => (o.notes ?? []).map((n) => n.what));
const raised = { generatorAboveGroundM: 5, lineEntryAboveGroundM: 5 };

describe('river flood, scripted', () => {
  it('water 2 m deep at a town hall whose server room is 3 m up, generator and lines raised: the systems ride it out', () => {
    const r = run(townWith({ ...raised, generatorHours: 72 }, [flood({ townhall: 2 })]));
    // The flood is recorded; nothing stopped, so it opened no incident.
    expect(r.hazardEvents).toEqual([{ atHours: t0, kind: 'riverFlood', detail: { recedeHours: 48, 'depthM.townhall': 2 } }]);
    expect(r.outcomes).toEqual([]);
    // 10 cm more and the room is under water.
    expect(run(townWith({ ...raised, generatorHours: 72 }, [flood({ townhall: 3.1 })])).outcomes[0]!.systems[0]!.windows[0]!.reason).toBe('site-flooded');
  });

  it('a generator on the ground drowns in 1 m of water (常総市 2015): the room is dry but without power until the grid returns', () => {
    const drowned = run(townWith({ lineEntryAboveGroundM: 5 }, [flood({ townhall: 1 }, { powerOutageHours: 60 })]));
    expect(windowsOf(drowned, 'registry')).toEqual([[0, 60, 'power']]);
    expect(notes(drowned)).toContain('generatorFlooded');
    // The same generator 2 m up runs its 24 h of fuel, then the site waits 36 h more for the grid.
    const dry = run(townWith({ lineEntryAboveGroundM: 5, generatorAboveGroundM: 2 }, [flood({ townhall: 1 }, { powerOutageHours: 60 })]));
    expect(windowsOf(dry, 'registry')).toEqual([[24, 60, 'power']]);
    expect(notes(dry)).toContain('generatorFuelOut');
  });

  it('shallow inland water that leaves the grid up drowns nothing raised above it', () => {
    const r = run(townWith({ generatorAboveGroundM: 0.5, lineEntryAboveGroundM: 0.5 }, [flood({ townhall: 0.3 }, { powerOutageHours: 0 })]));
    expect(r.outcomes).toEqual([]);
    // Without a grid outage the drowned generator is not needed either.
    expect(run(townWith({ lineEntryAboveGroundM: 0.5 }, [flood({ townhall: 0.3 }, { powerOutageHours: 0 })])).outcomes).toEqual([]);
  });

  it('water 1 m above the server-room floor takes the equipment and the backups beside it; the vault tape survives', () => {
    const r = run(townWith(raised, [flood({ townhall: 4 })]));
    const [o] = r.outcomes;
    const registry = o!.systems.find((s) => s.system === 'registry')!;
    expect(registry.windows[0]).toMatchObject({ fromHours: t0, reason: 'site-flooded' });
    // The newest vault tape is from 2027-07-08 02:00 (2282 h); the flood came at 2334 h: 52 h of updates lost.
    expect(registry.dataLostHours).toBe(52);
    // Welfare and the website kept copies only in the room, mail none: lost whole.
    expect(o!.systems.find((s) => s.system === 'welfare')).toMatchObject({ noSurvivingCopy: true });
    expect(o).toMatchObject({ systemsLost: 3, residentsWithRecordsLost: 800 });
    expect(o!.notes!.find((n) => n.what === 'floodDepth')!.detail).toEqual({ site: 'townhall', depthM: 4, aboveFloorM: 1 });
    expect(o!.kinds).toEqual(['loss', 'outage']);
    // 800 residents' sensitive records lost whole: the policy's actions for a loss, and the BCP for the outage.
    expect(o!.actions.map((a) => a.action)).toEqual(['notifyIndividuals', 'reportToCommission', 'publishNotice', 'reportToCouncil', 'activateBcp']);
  });

  it('a flooded building takes new equipment only once the water has gone and the rooms are usable again', () => {
    // Replacement hardware takes 720 h; water 48 h + restoration 1,000 h is longer: the hall is back at 1,048 h.
    const slow = run(townWith(raised, [flood({ townhall: 4 }, { buildingRestorationHours: 1000 })]));
    expect(slow.outcomes[0]!.notes!.filter((n) => n.what === 'siteReplaced').map((n) => n.atHours - t0)).toEqual([1048]);
    // Water 48 h + restoration 100 h is shorter: the hall is back when its hardware is, at 720 h (真備支所 2018 took about a month).
    const quick = run(townWith(raised, [flood({ townhall: 4 }, { buildingRestorationHours: 100 })]));
    expect(quick.outcomes[0]!.notes!.filter((n) => n.what === 'siteReplaced').map((n) => n.atHours - t0)).toEqual([720]);
  });

  it('water above where the lines come in cuts them until it recedes and they are repaired: a housed system is out of reach', () => {
    const cut = run(townWith({ generatorAboveGroundM: 5, generatorHours: 72 }, [flood({ townhall: 1 }, { lineRepairHours: 24 })]), 'housing');
    expect(windowsOf(cut, 'registry')).toEqual([[0, 72, 'line-cut']]);
    // Lines brought in 1.5 m up stay dry.
    const dry = run(townWith({ generatorAboveGroundM: 5, generatorHours: 72, lineEntryAboveGroundM: 1.5 }, [flood({ townhall: 1 }, { lineRepairHours: 24 })]), 'housing');
    expect(windowsOf(dry, 'registry')).toEqual([]);
  });

  it('a flooded data centre at one end of a line to three sites leaves the line to the other two working', () => {
    const r = run(townWith({}, [flood({ 'housing-dc': 4 })]), 'cloud');
    expect(windowsOf(r, 'registry')).toEqual([]);
    const housed = run(townWith({}, [flood({ 'housing-dc': 4 })]), 'housing');
    // Replaced after 720 h (a night: staff assemble in 2 h), triage 1 h, the vendor in 4 + 2 h, rebuild 24 h, restore 6 h.
    expect(windowsOf(housed, 'registry')[0]).toEqual([0, 720 + 2 + 1 + 4 + 2 + 24 + 6, 'site-flooded']);
  });

  it('staff take the flood\'s multiple to come in while the water is up', () => {
    const failure = { kind: 'hardwareFailure', at: '2027-07-10T22:00', system: 'registry' } as EventInput;
    const plain = run(townWith(raised, [failure]));
    const wet = run(townWith({ ...raised, generatorHours: 72 }, [flood({ townhall: 0.5 }, { assemblyDelayMultiplier: 2 }), failure]));
    const down = (r: typeof plain) => r.outcomes.find((o) => o.cause === 'hardwareFailure')!.systems[0]!.downHours;
    // A Saturday: holiday assembly 3 h becomes 6 h, vendor travel 2 h becomes 4 h.
    expect(down(wet) - down(plain)).toBe(3 + 2);
  });

  it('a vendor coming in from outside takes its own disaster multiple when it exceeds the local one', () => {
    const failure = { kind: 'hardwareFailure', at: '2027-07-10T22:00', system: 'registry' } as EventInput;
    const slowRoads = (m: number) => (input: ScenarioInput) => {
      input.people.vendors[0]!.disasterTravelMultiplier = m;
    };
    const down = (r: ReturnType<typeof run>) => r.outcomes.find((o) => o.cause === 'hardwareFailure')!.systems[0]!.downHours;
    const wet = (m: number) => down(run(townWith({ ...raised, generatorHours: 72 }, [flood({ townhall: 0.5 }, { assemblyDelayMultiplier: 1.5 }), failure], slowRoads(m))));
    // Staff 3 h × 1.5 either way; the vendor's 2 h road: × 1.5 (the local multiple) when its own is 1, × 3 when it is 3.
    expect(wet(3) - wet(1)).toBe(2 * 3 - 2 * 1.5);
    // With no disaster under way the vendor's multiple is not applied.
    const dryTown = (m: number) => down(run(townWith(raised, [failure], slowRoads(m))));
    expect(dryTown(3)).toBe(dryTown(1));
  });
});

describe('river flood, random', () => {
  const region = {
    id: 'river-l1',
    annualRate: 0.05,
    depthAboveGroundMBySite: { townhall: { uniform: [0.5, 3] as [number, number] } },
    recedeHours: { fixed: 24 },
    powerOutageHours: { fixed: 24 },
    lineRepairHours: { fixed: 12 },
    buildingRestorationHours: { fixed: 240 },
    assemblyDelayMultiplier: 1.5,
  };
  const withRegion = (change: (input: ScenarioInput) => void = () => {}) =>
    townWith({}, [], (input) => {
      input.hazards.riverFlood = { regions: [region] };
      change(input);
    });

  it('floods come at the region\'s yearly rate: 0.05 a year over 4,000 years is 200, within the Poisson 99.9% range', () => {
    const scenario = withRegion();
    let floods = 0;
    for (let seed = 1; seed <= 20; seed++) floods += simulate(scenario, { variant: 'onprem', seed, horizonYears: 200 }).hazardEvents.filter((e) => e.kind === 'riverFlood').length;
    // 200 ± 3.29 √200.
    expect(Math.abs(floods - 200)).toBeLessThan(3.29 * Math.sqrt(200));
  });

  it('depths are drawn from the map\'s band, and floods draw from their own stream: other hazards keep their dates', () => {
    const snowy = (input: ScenarioInput) => { input.hazards.heavySnow!.annualRate = 2; };
    const without = simulate(townWith({}, [], snowy), { variant: 'onprem', seed: 3, horizonYears: 100 });
    const withFloods = simulate(withRegion(snowy), { variant: 'onprem', seed: 3, horizonYears: 100 });
    const snow = (r: typeof without) => r.hazardEvents.filter((e) => e.kind === 'heavySnow').map((e) => e.atHours);
    expect(snow(withFloods)).toEqual(snow(without));
    const depths = withFloods.hazardEvents.filter((e) => e.kind === 'riverFlood').map((e) => e.detail!['depthM.townhall'] as number);
    expect(depths.length).toBeGreaterThan(0);
    for (const d of depths) expect(d >= 0.5 && d <= 3).toBe(true);
  });
});

describe('river flood, schema', () => {
  it('a depth at a site the scenario does not have is refused at its place', () => {
    const input = quietTownInput();
    input.events = [flood({ 'town-hall': 1 })];
    const parsed = scenarioSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), (i as { params?: { messageKey?: string } }).params?.messageKey])).toEqual([
      ['events.0.depthAboveGroundMBySite.town-hall', 'unknownReference'],
    ]);
  });

  it('a depth beyond 20 m and a multiplier below 1 are refused', () => {
    const input = quietTownInput();
    input.events = [flood({ townhall: 25 }, { assemblyDelayMultiplier: 0.5 })];
    const parsed = scenarioSchema.safeParse(input);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['events.0.depthAboveGroundMBySite.townhall', 'events.0.assemblyDelayMultiplier']);
  });
});
