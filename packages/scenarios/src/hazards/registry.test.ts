import { describe, expect, it } from 'vitest';
import { simulate } from '../model/simulate.ts';
import { PRESETS } from '../presets/index.ts';
import { scriptedEventSchema } from '../schema/events.ts';
import { scenarioSchema } from '../schema/index.ts';
import { INCIDENT_CAUSES, parseOutcomeCause, type IncidentCause } from '../vocabulary/incident-causes.ts';
import { REASONS } from '../vocabulary/reasons.ts';
import type { CausesOf } from './hazard-module.ts';
import { HAZARDS } from './registry.ts';

// The registry's causes are the vocabulary's, both ways (a module declaring a cause the vocabulary
// lacks, or a cause no module declares, fails the type check here).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const causesMatch: Same<CausesOf<typeof HAZARDS>, IncidentCause> = true;

describe('HAZARDS', () => {
  it('declares every incident cause of the vocabulary, each in one module', () => {
    expect(causesMatch).toBe(true);
    const declared = HAZARDS.flatMap((h) => h.causes);
    expect([...declared].sort()).toEqual([...INCIDENT_CAUSES].sort());
  });

  it('gives every reason to some module, and every scripted kind to exactly one', () => {
    expect([...new Set(HAZARDS.flatMap((h) => h.reasons))].sort()).toEqual([...REASONS].sort());
    const kinds = HAZARDS.flatMap((h) => h.scripted.map((f) => f.schema.shape.kind.value));
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(scriptedEventSchema.options.map((o) => o.shape.kind.value)).toEqual(kinds);
  });

  it('names its modules once each', () => {
    const ids = HAZARDS.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every window of a preset's incidents has a reason its cause's module declares", () => {
    const owner = new Map(HAZARDS.flatMap((h) => h.causes.map((c) => [c as string, h] as const)));
    let windows = 0;
    for (const preset of Object.values(PRESETS)) {
      const scenario = scenarioSchema.parse(structuredClone(preset));
      for (const variant of Object.keys(scenario.variants)) {
        for (const replication of [0, 1, 2]) {
          const r = simulate(scenario, { variant, seed: 11, replication, horizonYears: 10 });
          for (const o of r.outcomes) {
            const module = owner.get(parseOutcomeCause(o.cause).kind)!;
            for (const w of o.systems.flatMap((s) => s.windows)) {
              windows++;
              expect(module.reasons, `${o.cause}: ${w.reason}`).toContain(w.reason);
            }
          }
        }
      }
    }
    expect(windows).toBeGreaterThan(100);
  });
});
