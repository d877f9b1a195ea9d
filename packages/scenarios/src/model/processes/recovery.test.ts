import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';
import { newestCopyAt } from './recovery.ts';

describe('newestCopyAt', () => {
  it('newestCopyAt(backup, t) is the last copy of the schedule at or before t', () => {
    expect(newestCopyAt({ intervalHours: 24, offsetHours: 2 }, 945)).toBe(938);
    expect(newestCopyAt({ intervalHours: 24, offsetHours: 2 }, 938)).toBe(938);
    expect(newestCopyAt({ intervalHours: 168, offsetHours: 2 }, 945)).toBe(842);
  });
});

describe('backups after a loss', () => {
  // A quake at the vault only (its building fails at 5強), then a tsunami at the town hall.
  const input = quietTownInput();
  input.sites[1]!.fragility = { medianJmaIntensity: 5.5, beta: 0.01 };
  const vaultQuake = { kind: 'earthquake', at: '2027-05-10T09:00', magnitude: 6.5, epicentre: { latitude: 41.9, longitude: 140.6 }, intensityBySite: { townhall: 4.6, vault: 6.0, 'housing-dc': 4, 'community-dc': 4, cloud: 1 }, tsunamiHeightM: 0 };
  const flood = (at: string) => ({ kind: 'earthquake', at, magnitude: 8, epicentre: { latitude: 41.5, longitude: 141.5 }, intensityBySite: { townhall: 4.6, vault: 4.6, 'housing-dc': 4, 'community-dc': 4, cloud: 1 }, tsunamiHeightM: 10 });
  const registryLossAtFlood = (floodAt: string) => {
    const events = [vaultQuake, flood(floodAt)] as EventInput[];
    const r = simulate(quietTown({ ...input, events }), { variant: 'onprem', seed: 1, horizonYears: 2 });
    // The vault held only copies: losing it harms nothing by itself, so the flood is the one outcome.
    const [flooded] = r.outcomes.filter((o) => o.cause === 'earthquake');
    const registry = flooded!.systems.find((s) => s.system === 'registry')!;
    return registry.noSurvivingCopy ? 'no surviving copy' : registry.dataLostHours;
  };
  // The vault is destroyed at 945 h and rebuilt after 720 h, at 1665 h.

  it('a rebuilt backup site takes copies again: a flood half a year later restores from the vault', () => {
    // 2027-11-10 09:00 = 5361 h; the newest weekly vault copy is 2 + 31 × 168 = 5210 h.
    expect(registryLossAtFlood('2027-11-10T09:00')).toBe(5361 - 5210);
  });

  it('no copy is taken into a destroyed site: a flood before the vault is rebuilt finds none', () => {
    // 2027-06-01 09:00 = 1473 h, while the vault is still being rebuilt.
    expect(registryLossAtFlood('2027-06-01T09:00')).toBe('no surviving copy');
  });

  it('a copy from before the rebuild is gone: a flood after it, before the next weekly copy, finds none', () => {
    // 2027-06-10 00:00 = 1680 h: the vault is back (1665 h) but its next copy is at 1682 h.
    expect(registryLossAtFlood('2027-06-10T00:00')).toBe('no surviving copy');
  });
});
