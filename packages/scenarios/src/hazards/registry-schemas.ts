import { z } from 'zod';
import type { HazardModule, HazardSection, ScriptedForm, ScriptedSchemasOf, SectionsOf } from './hazard-module.ts';

/**
 * The strict object of a registry's sections in one group (`hazards` or `threats`), keyed by section,
 * in registry order (the order of the canonical JSON).
 */
export function sectionsSchema<const R extends readonly HazardModule<any, any, any>[], G extends HazardSection['group']>(registry: R, group: G) {
  const shape = Object.fromEntries(registry.flatMap((m) => (m.section?.group === group ? [[m.section.key, m.section.schema] as const] : [])));
  return z.strictObject(shape as SectionsOf<R, G>);
}

/** Every scripted-event form of a registry's modules, as one union discriminated by `kind`, in registry order. */
export function scriptedEventsSchema<const R extends readonly HazardModule<any, any, any>[]>(registry: R) {
  const forms = registry.flatMap((m) => m.scripted.map((f: ScriptedForm) => f.schema));
  return z.discriminatedUnion('kind', forms as unknown as [ScriptedSchemasOf<R>, ...ScriptedSchemasOf<R>[]]);
}
