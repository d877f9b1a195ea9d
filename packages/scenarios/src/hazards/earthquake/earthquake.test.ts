import { describe, expect, it } from 'vitest';
import { medianSiteIntensity } from '../seismic/index.ts';
import { simulate } from '../../model/simulate.ts';
import { quietTown, quietTownInput } from '../../testing/index.ts';

const epicentre = { latitude: 42.1, longitude: 140.6 };
const quake = (extra: object = {}) => ({ kind: 'earthquake' as const, at: '2027-06-12T03:00', magnitude: 7.3, epicentre, ...extra });

describe('earthquake', () => {
  it('the town hall and a data centre 300 km away do not shake alike: intensity falls with distance', () => {
    const r = simulate(quietTown({ events: [quake()] }), { variant: 'onprem', seed: 1, horizonYears: 1 });
    const felt = r.hazardEvents.find((e) => e.kind === 'earthquake')!.intensityBySite!;
    const source = { epicentre, magnitude: 7.3, depthKm: 20, faultType: 'crustal' as const };
    // The quiet town has no intensity scatter (sigma 0): each site gets the attenuation median.
    expect(felt.townhall).toBeCloseTo(medianSiteIntensity(source, { latitude: 42.1, longitude: 140.6 }, { siteAmplification: 1.4 }), 2);
    expect(felt['housing-dc']).toBeCloseTo(medianSiteIntensity(source, { latitude: 43.06, longitude: 141.35 }, { siteAmplification: 1.4 }), 2);
    expect(felt.townhall! - felt['housing-dc']!).toBeGreaterThan(1);
    expect(felt.townhall! - felt.cloud!).toBeGreaterThan(3);
  });

  it('shaking past the fragility destroys the town-hall server room and the backups kept in it', () => {
    const input = quietTownInput();
    // A server room that certainly fails at 6強 (median 6.0, almost no spread) and a vault that does not.
    input.sites[0]!.fragility = { medianJmaIntensity: 6.0, beta: 0.01 };
    const events = [quake({ intensityBySite: { townhall: 6.4, vault: 4.6, 'housing-dc': 4, 'community-dc': 4, cloud: 1 }, tsunamiHeightM: 0 })];
    const r = simulate(quietTown({ ...input, events }), { variant: 'onprem', seed: 1, horizonYears: 1 });
    const outcome = r.outcomes.find((o) => o.cause === 'earthquake')!;
    const registry = outcome.systems.find((s) => s.system === 'registry')!;
    expect(registry.windows[0]).toMatchObject({ fromHours: 1731, reason: 'site-destroyed' });
    // The 02:00 daily copy went with the room; the weekly vault copy is from 2027-06-10 02:00 (1682 h).
    expect(registry.dataLostHours).toBe(1731 - 1682);
    expect(outcome.kinds).toEqual(['loss', 'outage']);
    // Four systems' equipment replaced at 5,000,000 yen each.
    expect(outcome.costBreakdownYen.equipment).toBe(20_000_000);
  });

  it('the same quake leaves a sturdier building standing', () => {
    const input = quietTownInput();
    input.sites[0]!.fragility = { medianJmaIntensity: 6.8, beta: 0.01 };
    const events = [quake({ intensityBySite: { townhall: 6.4, vault: 4.6, 'housing-dc': 4, 'community-dc': 4, cloud: 1 }, tsunamiHeightM: 0 })];
    const r = simulate(quietTown({ ...input, events }), { variant: 'onprem', seed: 1, horizonYears: 1 });
    expect(r.outcomes.flatMap((o) => o.systems.flatMap((s) => s.windows.map((w) => w.reason)))).not.toContain('site-destroyed');
  });

  it('a strong quake blacks out the grid region: the town hall runs on its generator, then stops when the fuel is gone', () => {
    const input = quietTownInput();
    input.hazards.earthquake.blackoutHours = { fixed: 30 };
    const events = [quake({ intensityBySite: { townhall: 5.6, vault: 4.6, 'housing-dc': 4, 'community-dc': 4, cloud: 1 }, tsunamiHeightM: 0 })];
    const r = simulate(quietTown({ ...input, events }), { variant: 'onprem', seed: 1, horizonYears: 1 });
    const registry = r.outcomes.find((o) => o.cause === 'earthquake')!.systems.find((s) => s.system === 'registry')!;
    // 24 h of generator fuel against a 30 h blackout: down for the last 6 h.
    expect(registry.windows).toEqual([{ fromHours: 1731 + 24, toHours: 1731 + 30, reason: 'power' }]);
  });

  it('a strong quake cuts the line to the data centre by the line fragility, taking a cloud system down for the town', () => {
    const input = quietTownInput();
    input.links![0]!.quakeFragility = { medianJmaIntensity: 5.0, beta: 0.01 };
    const events = [quake({ intensityBySite: { townhall: 5.6, vault: 4.6, 'housing-dc': 4, 'community-dc': 4, cloud: 1 }, tsunamiHeightM: 0 })];
    const r = simulate(quietTown({ ...input, events }), { variant: 'cloud', seed: 1, horizonYears: 1 });
    const registry = r.outcomes.find((o) => o.cause === 'earthquake')!.systems.find((s) => s.system === 'registry')!;
    expect(registry.windows).toEqual([{ fromHours: 1731, toHours: 1731 + 48, reason: 'line-cut' }]);
  });
});
