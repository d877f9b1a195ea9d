import { describe, expect, it } from 'vitest';
import { Calendar } from '../../calendar/index.ts';
import { DemandProfile } from '../../demand/index.ts';
import type { ScriptedEvent } from '../../schema/index.ts';
import { simulate } from '../simulate.ts';
import { quietTown, quietTownInput } from '../../testing/index.ts';

type EventInput = ScriptedEvent | Record<string, unknown>;
const run = (variant: string, events: EventInput[], extra: object = {}) =>
  simulate(quietTown({ events: events as ScriptedEvent[], ...extra }), { variant, seed: 1, horizonYears: 1 });
const windows = (r: ReturnType<typeof run>, system: string) =>
  r.outcomes.flatMap((o) => o.systems.filter((s) => s.system === system).flatMap((s) => s.windows.map((w) => [w.fromHours, w.toHours, w.reason])));
const calendar = new Calendar('2027-04-01');
const at = (text: string) => calendar.hoursAt(text);

// Intensities below 5弱 at every site, so only the forced tsunami acts.
const calm = { townhall: 4.6, vault: 4.6, 'housing-dc': 4, 'community-dc': 4, cloud: 1 };
const tsunami = { kind: 'earthquake', at: '2027-06-12T03:00', magnitude: 8, epicentre: { latitude: 41.5, longitude: 141.5 }, intensityBySite: calm, tsunamiHeightM: 10 };

describe('tsunami and site destruction', () => {
  it('a tsunami flooding the town hall takes the on-prem systems and their local backups, not the offline copy in the vault', () => {
    const r = run('onprem', [tsunami]);
    const quake = r.outcomes.find((o) => o.cause === 'earthquake')!;
    const registry = quake.systems.find((s) => s.system === 'registry')!;
    expect(registry.windows[0]).toMatchObject({ fromHours: at('2027-06-12T03:00'), reason: 'site-flooded' });
    // 1731 h: the daily copy of 02:00 drowned with the room; the weekly vault copy is from 2027-06-10 02:00 (1682 h).
    expect(registry.dataLostHours).toBe(49);
    // Welfare had only its local copy: destroyed with no copy elsewhere — counted as a system lost, not in hours.
    expect(quake.systems.find((s) => s.system === 'welfare')).toMatchObject({ noSurvivingCopy: true });
    expect(quake.systems.find((s) => s.system === 'welfare')!.dataLostHours).toBeUndefined();
    expect(quake).toMatchObject({ dataLostHours: 49, systemsLost: 3, residentsWithRecordsLost: 800 });
    expect(quake.kinds).toEqual(['loss', 'outage']);
    expect(quake.personsByDataClass.sensitive).toBe(800);
  });

  it('a system housed away from the coast keeps its data, but is down while the town hall is unusable', () => {
    const r = run('housing', [tsunami]);
    const registry = r.outcomes[0]!.systems.find((s) => s.system === 'registry')!;
    expect(registry.dataLostHours).toBeUndefined();
    expect(registry.windows.map((w) => w.reason)).toEqual(['site-flooded']);
    // Down for the town until the town hall is replaced (720 h): no alternate office in the base scenario.
    expect(registry.downHours).toBe(720);
  });

  it('with an alternate office the housed system is back for the town once the office is set up', () => {
    const r = run('housing', [tsunami], { bcp: { alternateOfficeSetupHours: 48 } });
    expect(r.outcomes[0]!.systems.find((s) => s.system === 'registry')!.downHours).toBe(48);
  });
});

describe('a 2011-type tsunami on a coastal town hall', () => {
  // As on 2011-03-11 (a Friday, 14:46): an M9 offshore quake, 6弱 at the town hall and a 15 m tsunami that
  // floods its server room 7 m deep. 陸前高田 kept its backup tapes in the server room and lost them with
  // it (地方自治情報センター, field report on local-government ICT after the Great East Japan Earthquake,
  // 2011; https://happylibus.com/doc/89700/陸前高田市); here the on-premises town also sends a weekly
  // tape to an inland vault, as the small-town preset does. The hall takes three months to replace.
  const input = quietTownInput();
  input.sites[0]!.replacementHours = { fixed: 2160 };
  const tapes = [
    { site: 'townhall', intervalHours: 24, offline: false },
    { site: 'vault', intervalHours: 168, offline: true },
  ];
  input.systems = input.systems.filter((s) => s.id === 'registry' || s.id === 'welfare').map((s) => ({ ...s, backups: tapes }));
  const inside = (site: string, extra: object = {}) => {
    const placed = { site, backups: [{ site, intervalHours: 24, offline: false }], ...extra };
    return { systems: { registry: placed, welfare: placed } };
  };
  input.variants = { onprem: {}, 'public-cloud': inside('cloud', { deployment: 'multiAz' }), 'community-cloud': inside('community-dc') };
  const quake = {
    kind: 'earthquake',
    at: '2027-06-11T14:46',
    magnitude: 9,
    epicentre: { latitude: 41.5, longitude: 142.5 },
    intensityBySite: { townhall: 6.0, vault: 5.0, 'housing-dc': 4, 'community-dc': 4, cloud: 1 },
    tsunamiHeightM: 15,
  };
  const scenario = quietTown({ ...input, events: [quake] as ScriptedEvent[] });
  const t0 = at('2027-06-11T14:46'); // 1718.77 h
  const log = (variant: string) => {
    const [o] = simulate(scenario, { variant, seed: 1, horizonYears: 1 }).outcomes;
    return {
      systems: o!.systems.map((s) => [s.system, s.windows.map((w) => [round(w.fromHours - t0), round(w.toHours - t0), w.reason]), s.dataLostHours === undefined ? 'nothing lost' : round(s.dataLostHours), s.noSurvivingCopy ?? false]),
      lost: [round(o!.dataLostHours), o!.systemsLost, o!.residentsWithRecordsLost],
    };
  };
  const round = (x: number) => Math.round(x * 100) / 100;

  it('on premises: the updates since the vault tape are lost and the systems are down for months', () => {
    // The daily copy of 02:00 drowned with the room; the newest tape in the vault is from 2027-06-10 02:00
    // (1682 h): 36.77 hours of updates lost on each system, 73.53 in all — and no system is lost whole.
    // The hall is replaced after 2160 h; then triage (0.5 h to assemble, 1 h), and the one vendor engineer
    // (4 h premium response, 2 h travel) rebuilds and restores each system in 24 + 6 h, one after the other.
    expect(log('onprem')).toEqual({
      systems: [
        ['registry', [[0, 2160 + 1.5 + 6 + 30, 'site-flooded']], 36.77, false],
        ['welfare', [[0, 2160 + 1.5 + 6 + 30 + 32, 'site-flooded']], 36.77, false],
      ],
      lost: [73.53, 0, 0],
    });
  });

  it('in the cloud: nothing is lost; staff reach the systems again when they have a town hall', () => {
    for (const variant of ['public-cloud', 'community-cloud']) {
      expect(log(variant), variant).toEqual({
        systems: [
          ['registry', [[0, 2160, 'site-flooded']], 'nothing lost', false],
          ['welfare', [[0, 2160, 'site-flooded']], 'nothing lost', false],
        ],
        lost: [0, 0, 0],
      });
    }
  });
});

describe('lines', () => {
  it('a cut line takes a cloud system down for the town, not online', () => {
    const r = run('cloud', [{ kind: 'lineCut', at: '2027-04-05T10:00', link: 'line-dc', repairHours: 12 }]);
    expect(windows(r, 'registry')).toEqual([[106, 118, 'line-cut']]);
    const cut = r.outcomes[0]!;
    expect(cut.services.find((s) => s.service === 'certificates')).toMatchObject({ downHours: 12 });
    const counter = new DemandProfile({ calendar, annualRequests: 10_000, channel: 'counter', horizonHours: 8760 });
    // Only counter demand is lost: online requests still reach the cloud.
    expect(cut.services[0]!.residentsWithoutService).toBeCloseTo(counter.requestsBetween(106, 118), 9);
  });

  it('with two routes one cut route leaves the system reachable', () => {
    const r = run('cloud-two-lines', [{ kind: 'lineCut', at: '2027-04-05T10:00', link: 'line-dc', routes: 1, repairHours: 12 }]);
    expect(windows(r, 'registry')).toEqual([]);
  });
});

describe('ransomware', () => {
  const attack = { kind: 'ransomware', at: '2027-05-10T09:00', entrySegment: 'internet' };

  it('ransomware on the internet segment leaves the isolated My Number segment alone', () => {
    const r = run('onprem', [attack]);
    const incident = r.outcomes.find((o) => o.cause === 'ransomware')!;
    expect(incident.systems.map((s) => [s.system, s.windows[0]!.reason])).toEqual([['website', 'encrypted']]);
    expect(incident.maliciousIntent).toBe(true);
  });

  it('ransomware that crosses into the My Number segment encrypts the local backup; the offline copy restores it', () => {
    const input = quietTownInput();
    input.threats.ransomware.crossSegmentProbability = { myNumber: 1, lgwan: 0, internet: 0 };
    const r = run('onprem', [attack], { threats: input.threats });
    const registry = r.outcomes[0]!.systems.find((s) => s.system === 'registry')!;
    expect(registry.windows[0]!.reason).toBe('encrypted');
    // 2027-05-10 09:00 = 945 h; the daily 02:00 copy (938 h) was encrypted beside it; the newest weekly
    // vault copy is from 842 h (2 + 5 × 168).
    expect(registry.dataLostHours).toBe(945 - 842);
    // Welfare's only copy sat beside it, online: encrypted too, so the data is damaged.
    expect(r.outcomes[0]!.kinds).toContain('damage');
  });
});

describe('cloud providers', () => {
  const zone = { kind: 'zoneOutage', at: '2027-04-04T00:00', site: 'cloud', zone: 'a', durationHours: 6 };

  it('a multi-AZ deployment survives the loss of one zone', () => {
    expect(windows(run('cloud', [zone]), 'registry')).toEqual([]);
  });

  it('a single-zone deployment is down for the zone outage', () => {
    expect(windows(run('cloud-single', [zone]), 'registry')).toEqual([[72, 78, 'zone-outage']]);
  });

  it('a multi-AZ deployment does not survive a region outage', () => {
    const r = run('cloud', [{ kind: 'regionOutage', at: '2027-04-04T00:00', site: 'cloud', durationHours: 8 }]);
    expect(windows(r, 'registry')).toEqual([[72, 80, 'region-outage']]);
  });
});

describe('residents and demand', () => {
  it('residents without service match rate × window', () => {
    // Sunday: the counter is closed; online demand is 876 per 1,000 residents a year = exactly 1 an hour.
    const r = run('cloud-single', [{ kind: 'zoneOutage', at: '2027-04-04T00:00', site: 'cloud', zone: 'a', durationHours: 6 }]);
    const certificates = r.outcomes[0]!.services.find((s) => s.service === 'certificates')!;
    expect(certificates.residentsWithoutService).toBeCloseTo(6, 9);
    // Each waits until the end: ∫ λ (T − t) dt = λ W² / 2 = 18.
    expect(certificates.residentHoursWithoutService).toBeCloseTo(18, 9);
    expect(r.years[0]!.residentsWithoutService).toBeCloseTo(6, 9);
  });
});

describe('recovery', () => {
  const failure = (when: string) => ({ kind: 'hardwareFailure', at: when, system: 'registry' });

  it('a server repaired in office hours: triage, the premium vendor, travel and repair', () => {
    // Staff assemble 0.5 h + triage 0.5 h; vendor on site 4 h after the call; travel 2 h; repair 8 h.
    expect(windows(run('onprem', [failure('2027-04-05T10:00')]), 'registry')).toEqual([[106, 121, 'hardware']]);
  });

  it('staff called at night take longer to assemble', () => {
    expect(windows(run('onprem', [failure('2027-04-05T03:00')]), 'registry')).toEqual([[99, 115.5, 'hardware']]);
  });

  it('vendor congestion lengthens recovery in a regional disaster', () => {
    const quake = { kind: 'earthquake', at: '2027-04-05T10:00', magnitude: 7, epicentre: { latitude: 42, longitude: 140.6 }, intensityBySite: { ...calm, townhall: 5.6 } };
    const r = run('onprem', [quake, failure('2027-04-06T16:00')]);
    const [down] = r.outcomes.find((o) => o.cause === 'hardwareFailure')!.systems;
    const [alone] = run('onprem', [failure('2027-04-06T16:00')]).outcomes[0]!.systems;
    // Without the quake: assemble 0.5 + triage 0.5 + response 4 + travel 2 + repair 8 = 15 h.
    expect(alone!.downHours).toBe(15);
    // After it (106 h): four other towns' jobs arrive in [106, 130) h, each 24 h of work plus 2 × 2 h of
    // travel, and the vendor's one engineer serves them back to back from the first arrival t1 before
    // reaching the town's call (136 h + 1 h assembly + 0.5 h triage + 4 h response): the server is back at
    // t1 + 4 × 28 + 4 + 8, so down t1 − 12 h, between 94 h and 118 h.
    expect(down!.downHours).toBeGreaterThanOrEqual(94);
    expect(down!.downHours).toBeLessThan(118);
  });
});

describe('power', () => {
  it('a grid outage shorter than the generator fuel stops nothing', () => {
    expect(run('onprem', [{ kind: 'powerOutage', at: '2027-04-05T10:00', powerRegion: 'hokkaido', durationHours: 10 }]).outcomes).toEqual([]);
  });

  it('a grid outage longer than the fuel stops the town hall when the fuel runs out', () => {
    const r = run('onprem', [{ kind: 'powerOutage', at: '2027-04-05T10:00', powerRegion: 'hokkaido', durationHours: 30 }]);
    expect(windows(r, 'registry')).toEqual([[130, 136, 'power']]);
  });
});

describe('volcano and LGWAN', () => {
  const eruption = { kind: 'eruption', at: '2027-04-05T10:00', size: 'large' };

  it('a large eruption evacuates the town hall: even cloud systems are down for the town', () => {
    expect(windows(run('cloud', [eruption]), 'registry')).toEqual([[106, 826, 'evacuated']]);
  });

  it('an alternate office brings cloud systems back; on-prem ones stay unreachable', () => {
    const bcp = { bcp: { alternateOfficeSetupHours: 48 } };
    expect(windows(run('cloud', [eruption], bcp), 'registry')).toEqual([[106, 154, 'evacuated']]);
    expect(windows(run('onprem', [eruption], bcp), 'registry')).toEqual([[106, 826, 'evacuated']]);
  });

  it('a nationwide LGWAN outage stops the systems that need LGWAN', () => {
    const r = run('onprem', [{ kind: 'lgwanOutage', at: '2027-04-05T10:00', durationHours: 5 }]);
    expect(windows(r, 'mail')).toEqual([[106, 111, 'lgwan-outage']]);
    expect(windows(r, 'registry')).toEqual([]);
  });
});
