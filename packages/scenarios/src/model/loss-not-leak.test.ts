import { describe, expect, it } from 'vitest';
import type { ScriptedEvent } from '../schema/index.ts';
import { quietTown, quietTownInput } from '../testing/index.ts';
import { simulate } from './simulate.ts';

// A tsunami floods the quiet town's hall (on premises): the registry comes back from the weekly tape in
// the inland vault, welfare (1,500 persons, sensitive) had only its copy in the flooded room.
const calm = { townhall: 4.6, vault: 4.6, 'housing-dc': 4, 'community-dc': 4, cloud: 1 };
const tsunami = { kind: 'earthquake', at: '2027-06-12T03:00', magnitude: 8, epicentre: { latitude: 41.5, longitude: 141.5 }, intensityBySite: calm, tsunamiHeightM: 10 };

describe('loss is not leak (policy on a destroyed server)', () => {
  it('data lost with no surviving copy is reported, but brings no press conference and no call centre', () => {
    const input = quietTownInput();
    const systems = input.systems.map((s) => (s.id === 'welfare' ? { ...s, persons: 1500 } : s));
    const result = simulate(quietTown({ systems, events: [tsunami] as ScriptedEvent[] }), { variant: 'onprem', seed: 1, horizonYears: 1 });
    const quake = result.outcomes.find((o) => o.cause === 'earthquake')!;
    // Only welfare's records are lost: the registry's restore from the surviving tape is no 滅失.
    expect(quake.kinds).toEqual(['loss', 'outage']);
    expect(quake.personsByDataClass).toMatchObject({ general: 1500, sensitive: 1500, myNumber: 0 });
    expect(quake.actions.map(({ action, rules, deadlines }) => [action, rules, deadlines])).toEqual([
      ['notifyIndividuals', ['appi-sensitive', 'appi-over-100-persons', 'practice-apology-to-affected'], []],
      [
        'reportToCommission',
        ['appi-sensitive', 'appi-over-100-persons', 'ppc-report-deadlines'],
        [
          { stage: 'preliminary', days: 5 },
          { stage: 'final', days: 30 },
        ],
      ],
      ['publishNotice', ['practice-public-notice'], []],
      ['reportToCouncil', ['assumed-council-report'], []],
      ['activateBcp', ['assumed-bcp-activation'], []],
    ]);
    expect(quake.costBreakdownYen.callCentre).toBeUndefined();
    expect(quake.costBreakdownYen.notificationLetters).toBe(1500 * 130);
  });
});
