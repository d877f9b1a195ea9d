import { describe, expect, it } from 'vitest';
import { simulate } from '../model/simulate.ts';
import { every } from '../model/processes/every.ts';
import type { IncidentOutcome } from '../model/outcome.ts';
import { smallTown } from '../presets/index.ts';
import { scenarioSchema } from '../schema/index.ts';
import type { IncidentCause } from '../vocabulary/incident-causes.ts';
import { defineHazard, type CausesOf } from './hazard-module.ts';
import { HAZARDS } from './registry.ts';

/** A toy hazard, registered in this test only: meteor showers that cost a clean-up, three a year. */
const meteorHazard = defineHazard({
  id: 'meteor',
  causes: ['meteor'], reasons: [],
  scripted: [],
  start(town) {
    const stream = town.streams.get('hazard.meteor');
    every(town, 3, stream, () => {
      const hazard = town.recordHazard({ atHours: town.env.now, kind: 'meteor', detail: { craterM: Math.round(stream.random() * 100) } });
      town.incident('meteor', (incident) => incident.addCost('cleanup', 1_000_000), hazard);
    });
  },
});

// Its one registry line.
const WITH_METEORS = [...HAZARDS, meteorHazard] as const;

// Wording keyed by the built-in causes (as a locale table is) lacks the toy's cause: with the toy
// registered, a table that does not word it fails the type check.
// @ts-expect-error — 'meteor' has no wording
const withMeteors = (wording: Record<IncidentCause, string>): Record<CausesOf<typeof WITH_METEORS>, string> => wording;
void withMeteors;

const scenario = scenarioSchema.parse(structuredClone(smallTown));
const options = { variant: 'onprem', seed: 3, replication: 1, horizonYears: 5 };

/**
 * An outcome with its hazard event in place of the event's index, and without its id: other modules'
 * events shift both (ids number the incidents of a run in the order they open).
 */
const linked = (o: IncidentOutcome, events: readonly object[]) => {
  const { hazardEventIndex, id: _id, ...rest } = o;
  return { ...rest, hazard: hazardEventIndex === undefined ? undefined : events[hazardEventIndex] };
};

describe('a hazard module registered in a test', () => {
  it('runs through simulate: its incidents are recorded, each linked to its hazard event', () => {
    const r = simulate(scenario, { ...options, hazards: WITH_METEORS });
    const meteors = r.outcomes.filter((o) => (o.cause as string) === 'meteor');
    expect(meteors.length).toBeGreaterThan(5);
    for (const o of meteors) {
      expect(o.costBreakdownYen).toEqual({ cleanup: 1_000_000 });
      expect(r.hazardEvents[o.hazardEventIndex!]).toMatchObject({ kind: 'meteor', atHours: o.startHours });
    }
  });

  it('changes no draw and no incident of the other modules (its stream is its own)', () => {
    const without = simulate(scenario, options);
    const withToy = simulate(scenario, { ...options, hazards: WITH_METEORS });
    const others = withToy.outcomes.filter((o) => (o.cause as string) !== 'meteor');
    expect(others.map((o) => linked(o, withToy.hazardEvents))).toEqual(without.outcomes.map((o) => linked(o, without.hazardEvents)));
  });

  it('is not run when the registry does not list it', () => {
    expect(simulate(scenario, options).outcomes.some((o) => (o.cause as string) === 'meteor')).toBe(false);
  });
});
