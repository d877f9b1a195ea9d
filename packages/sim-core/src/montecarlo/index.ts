export { runBlocks, planBlocks, type RunBlocksOptions, type RunBlocksResult, type StoppedBy } from './run-blocks.ts';
export { ALGORITHMS } from './algorithms.ts';
