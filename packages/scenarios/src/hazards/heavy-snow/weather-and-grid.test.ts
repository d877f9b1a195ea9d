import { describe, expect, it } from 'vitest';
import { simulate } from '../../model/simulate.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';

const windows = (r: ReturnType<typeof simulate>, system: string) =>
  r.outcomes.flatMap((o) => o.systems.filter((s) => s.system === system).flatMap((s) => s.windows.map((w) => [w.fromHours, w.toHours, w.reason])));

describe('heavy snow', () => {
  it('a storm that brings down the line takes a cloud system down for the town for the storm', () => {
    const input = quietTownInput();
    input.hazards.heavySnow!.lineCutProbability = 1;
    const snow = { kind: 'heavySnow', at: '2028-01-20T18:00', durationHours: 20 } as EventInput;
    const r = simulate(quietTown({ ...input, events: [snow] }), { variant: 'cloud', seed: 1, horizonYears: 1 });
    // 2028-01-20 18:00 JST = (275 + 19) days × 24 + 18 = 7074 h.
    expect(windows(r, 'registry')).toEqual([[7074, 7094, 'line-cut']]);
  });

  it('staff take the storm\'s multiple to come in: a night failure during snow waits twice as long for them', () => {
    const failure = { kind: 'hardwareFailure', at: '2028-01-20T22:00', system: 'registry' } as EventInput;
    const snow = { kind: 'heavySnow', at: '2028-01-20T18:00', durationHours: 20 } as EventInput;
    const plain = simulate(quietTown({ events: [failure] }), { variant: 'onprem', seed: 1, horizonYears: 1 });
    const snowy = simulate(quietTown({ events: [snow, failure] }), { variant: 'onprem', seed: 1, horizonYears: 1 });
    const down = (r: typeof plain) => r.outcomes.find((o) => o.cause === 'hardwareFailure')!.systems[0]!.downHours;
    // Night assembly 2 h becomes 4 h, vendor travel 2 h becomes 4 h.
    expect(down(snowy) - down(plain)).toBe(2 + 2);
  });
});

describe('community cloud', () => {
  it('a destroyed shared data centre brings its member towns back one after another: this town waits its turn', () => {
    const input = quietTownInput();
    input.sites[3]!.fragility = { medianJmaIntensity: 5.5, beta: 0.01 };
    input.variants = { community: { systems: { registry: { site: 'community-dc', backups: [{ site: 'vault', intervalHours: 168, offline: true }] } } } };
    const quake = { kind: 'earthquake', at: '2027-05-10T09:00', magnitude: 7, epicentre: { latitude: 43.07, longitude: 141.36 }, intensityBySite: { townhall: 4.6, vault: 4.6, 'housing-dc': 4, 'community-dc': 6.0, cloud: 1 }, tsunamiHeightM: 0 } as EventInput;
    const downs = [1, 2, 3, 4, 5, 6].map((seed) => {
      const r = simulate(quietTown({ ...input, events: [quake] }), { variant: 'community', seed, horizonYears: 1 });
      return r.outcomes[0]!.systems.find((s) => s.system === 'registry')!.downHours;
    });
    // Rebuild 720 h + restore 6 h, plus 2 h for each of the 0..7 member towns ahead (a uniform draw).
    for (const d of downs) expect((d - 726) % 2 === 0 && d >= 726 && d <= 726 + 14).toBe(true);
    expect(new Set(downs).size).toBeGreaterThan(1);
  });
});
