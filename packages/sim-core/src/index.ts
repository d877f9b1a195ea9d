/**
 * @machi/sim-core — the engine: a deterministic discrete-event simulator (clock, event queue, processes,
 * resources), named random streams and distributions, deterministic math, monitors and in-process Monte
 * Carlo statistics. It knows nothing of towns. Browser-, Deno- and Node-safe.
 */
export * from './math/index.ts';
export * from './random/index.ts';
export * from './engine/index.ts';
export * from './resources/index.ts';
export * from './stats/index.ts';
export * from './montecarlo/index.ts';
export * from './sensitivity/index.ts';
