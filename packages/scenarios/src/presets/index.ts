export { PRESETS, presetNames } from './presets.ts';
export { smallTown } from './small-town.ts';
export { designatedCity } from './designated-city.ts';
export { riverCity } from './river-city.ts';
export { nationalDefaults } from './national-defaults.ts';
export { municipalLeakCauses } from './municipal-leak-causes.ts';
export { collectProvenance, countDistinctFacts, countProvenance, factKey, unsourcedNumbers, UNSOURCED_EXEMPT } from './provenance.ts';
export type { ProvenanceEntry, ProvenanceShare } from './provenance.ts';
export { leakCauseName, PRESET_LEAK_CAUSE_NAMES } from './leak-cause-name.ts';
