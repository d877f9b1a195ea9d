import { describe, expect, it } from 'vitest';
import { medianSiteIntensity } from '../seismic/index.ts';
import { scriptedEarthquakeSchema } from './earthquake-schema.ts';
import { simulate } from '../../model/simulate.ts';
import { quietTown, quietTownInput } from '../../testing/index.ts';

const epicentre = { latitude: 42.1, longitude: 140.6 };
const quake = (extra: object = {}) => ({ kind: 'earthquake' as const, at: '2027-06-12T03:00', magnitude: 7.3, epicentre, ...extra });

describe('earthquake', () => {
  it('the town hall and a data centre 300 km away do not shake alike: intensity falls with distance', () => {
    const r = simulate(quietTown({ events: [quake()] }), { variant: 'onprem', seed: 1, horizonYears: 1 });
    const felt = r.hazardEvents.find((e) => e.kind === 'earthquake')!.intensityBySite!;
    const source = { epicentre, magnitude: 7.3, depthKm: 20, faultType: 'crustal' as const, dipDeg: 90 };
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

  // The issue's quake: M9, 200 km south-east of 森町 (41.19°N 142.64°E), off the Pacific coast. With the
  // old point-source proxy (every site within half of Utsu's 450 km length put 3 km from the fault) it
  // shook the town hall at a median 6.44 and 札幌 at 6.34.
  const offshoreM9 = { latitude: 41.19, longitude: 142.64 };
  const felt = (extra: object) => {
    const r = simulate(quietTown({ events: [quake({ magnitude: 9, epicentre: offshoreM9, tsunamiHeightM: 0, ...extra })] }), { variant: 'onprem', seed: 1, horizonYears: 1 });
    return r.hazardEvents.find((e) => e.kind === 'earthquake')!.intensityBySite!;
  };

  it('a scripted quake that names no source type is crustal, with a vertical rupture of unknown strike', () => {
    const parsed = scriptedEarthquakeSchema.parse(quake());
    expect(parsed.faultType).toBe('crustal');
    const townhall = felt({});
    const source = { epicentre: offshoreM9, magnitude: 9, depthKm: 20, faultType: 'crustal' as const, dipDeg: 90 };
    expect(townhall.townhall).toBeCloseTo(medianSiteIntensity(source, { latitude: 42.1, longitude: 140.6 }, { siteAmplification: 1.4 }), 2);
  });

  it('the issue\'s M9 on the plate interface along the trench shakes 森町 at 5弱–5強, not 6強, and is felt more where the rupture runs', () => {
    const interfaceQuake = { faultType: 'interplate', strikeDeg: 200, depthKm: 20 };
    const townhall = felt(interfaceQuake);
    const source = { epicentre: offshoreM9, magnitude: 9, depthKm: 20, faultType: 'interplate' as const, dipDeg: 15, strikeDeg: 200 };
    expect(townhall.townhall).toBeCloseTo(medianSiteIntensity(source, { latitude: 42.1, longitude: 140.6 }, { siteAmplification: 1.4 }), 2);
    expect(townhall.townhall).toBeGreaterThanOrEqual(4.5);
    expect(townhall.townhall).toBeLessThan(5.5);
  });

  it('the scripted rupture orientation and size are checked: a dip of 0 or above 90 is refused, naming the field', () => {
    const bad = scriptedEarthquakeSchema.safeParse(quake({ faultType: 'interplate', dipDeg: 0 }));
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['dipDeg']);
    expect(scriptedEarthquakeSchema.safeParse(quake({ dipDeg: 91 })).success).toBe(false);
    expect(scriptedEarthquakeSchema.safeParse(quake({ faultType: 'trench' })).success).toBe(false);
    expect(scriptedEarthquakeSchema.safeParse(quake({ lengthKm: -1 })).success).toBe(false);
  });
});
