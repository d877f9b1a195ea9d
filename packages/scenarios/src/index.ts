/**
 * @machi/scenarios — the municipality domain: the scenario format (zod schemas, YAML/JSON loading with
 * located errors in Japanese and English, JSON Schema), the presets, the simulation of one town's
 * hazards, failures, attacks, leaks and recovery on `@machi/sim-core`, and the response-threshold policy.
 * Browser-, Deno- and Node-safe (no `node:` imports).
 */
export * from './vocabulary/index.ts';
export * from './schema/index.ts';
export * from './policy/index.ts';
export * from './model/index.ts';
export * from './calendar/index.ts';
export * from './hazards/index.ts';
export * from './hazards/seismic/index.ts';
export * from './demand/index.ts';
export * from './load/index.ts';
export * from './scenario-file/index.ts';
export * from './presets/index.ts';
export * from './montecarlo/index.ts';
export * from './safety/index.ts';
export * from './sources/index.ts';
export * from './measures-study/index.ts';
export * from './calibration/index.ts';
export * from './field-words/index.ts';
export * from './uncertainty/index.ts';
