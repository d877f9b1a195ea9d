export { HAZARDS } from './registry.ts';
export {
  defineHazard,
  scriptedForm,
  type CausesOf,
  type HazardModule,
  type HazardSection,
  type ScriptedForm,
  type ScriptedSchema,
  type ScriptedSchemasOf,
  type SectionsOf,
} from './hazard-module.ts';
