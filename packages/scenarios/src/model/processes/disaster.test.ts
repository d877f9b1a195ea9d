import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate.ts';
import { quietTown, type EventInput } from '../../testing/index.ts';

const quake = (townhall: number, tsunamiHeightM: number) =>
  ({
    kind: 'earthquake',
    at: '2027-06-12T03:00',
    magnitude: 8,
    epicentre: { latitude: 41.5, longitude: 141.5 },
    intensityBySite: { townhall, vault: 4.6, 'housing-dc': 4, 'community-dc': 4, cloud: 1 },
    tsunamiHeightM,
  }) as EventInput;
const year = (variant: string, events: EventInput[], extra: object = {}) =>
  simulate(quietTown({ events, ...extra }), { variant, seed: 1, horizonYears: 1 }).years[0]!;

describe('after a disaster', () => {
  it('the evacuation-support list is unreachable for the whole first 72 hours when the tsunami takes the welfare system', () => {
    const y = year('onprem', [quake(5.6, 10)]);
    expect(y.evacuationListUnreachableHours).toBe(72);
    // 5% of 10,000 residents are listed; 40% of them are on a pre-shared paper copy.
    expect(y.evacuationSupportResidentsUncovered).toBeCloseTo(300, 9);
  });

  it('the list stays reachable after a strong quake that breaks nothing', () => {
    const y = year('onprem', [quake(5.6, 0)]);
    expect(y.evacuationListUnreachableHours).toBe(0);
    expect(y.evacuationSupportResidentsUncovered).toBe(0);
  });

  it('disaster-victim certificates surge at the counter after a strong quake at the town hall', () => {
    const surge = { afterJmaIntensityAtLeast: 5.5, extraPer1000Residents: 100, startAfterDays: 0, overDays: 30, onlineShare: 0 };
    const base = quietTown().services;
    const services = [{ ...base[0]!, surge }, base[1]!];
    // A line cut a week later takes nothing down on-prem; a hardware failure does: compare its lost requests.
    const failure = { kind: 'hardwareFailure', at: '2027-06-15T10:00', system: 'registry' } as EventInput;
    const without = year('onprem', [failure], { services });
    const withSurge = year('onprem', [quake(5.6, 0), failure], { services });
    // 1,000 extra requests spread over 30 days are about 1.4 an hour: the same outage loses more requests.
    expect(withSurge.residentsWithoutService).toBeGreaterThan(without.residentsWithoutService + 5);
  });
});
