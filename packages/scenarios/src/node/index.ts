/**
 * @machi/scenarios/node — Monte Carlo over worker threads. `runMonteCarlo` here takes the same options
 * as the browser-safe one and spreads the blocks over `workers` threads (default: one per core, at most
 * 8); the result is byte-identical to the in-process run. A single-file bundle that is its own worker
 * says so with `setWorkerModule` and, as a worker thread, calls `serveBlocks`. Shards, queue jobs and
 * checkpoints keep their blocks in block files (`encodeBlockFile`).
 */
export { runMonteCarlo, defaultWorkers, setWorkerModule, blockExecutor, type NodeBlockExecutor } from './run-monte-carlo-node.ts';
export { serveBlocks } from './serve-blocks.ts';
export { encodeBlockFile, decodeBlockFile, BlockFileError, type BlockFile } from './block-file.ts';
export { calibrate } from './run-calibration-node.ts';
export { uncertaintyStudy, sensitivityStudy, inputSetExecutor } from './study-node.ts';
