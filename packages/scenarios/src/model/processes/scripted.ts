import type { HazardModule, ScriptedForm } from '../../hazards/hazard-module.ts';
import type { ScriptedEvent } from '../../schema/index.ts';
import type { Town } from '../town.ts';

const formsCache = new WeakMap<readonly HazardModule[], ReadonlyMap<string, ScriptedForm>>();

/** The scripted-event forms of a registry by kind (cached per registry). */
function formsOf(hazards: readonly HazardModule[]): ReadonlyMap<string, ScriptedForm> {
  let forms = formsCache.get(hazards);
  if (!forms) {
    forms = new Map(hazards.flatMap((h) => h.scripted.map((f): [string, ScriptedForm] => [f.schema.shape.kind.value, f])));
    formsCache.set(hazards, forms);
  }
  return forms;
}

/**
 * Schedules the scenario's scripted events at their calendar times, each applied by the module whose
 * form it is. Each draws from a stream of its own (`scripted.<index>`), so adding a scripted event never
 * changes the random ones.
 *
 * @throws RangeError for an event of a kind no module of `hazards` accepts.
 */
export function scheduleScripted(town: Town, events: readonly ScriptedEvent[], hazards: readonly HazardModule[]): void {
  const forms = formsOf(hazards);
  events.forEach((event, index) => {
    const form = forms.get(event.kind);
    if (!form) throw new RangeError(`scripted event ${index}: no hazard module accepts kind "${event.kind}"`);
    const at = town.calendar.hoursAt(event.at);
    if (at >= town.horizonHours) return;
    town.env.schedule(at, () => form.apply(town, event, town.streams.get(`scripted.${index}`)));
  });
}
