import { availableParallelism } from 'node:os';
import { WorkerPool } from '@machi/sim-core/node';
import { inProcess, runMonteCarloWith, type MonteCarloOptions, type MonteCarloResult } from '../montecarlo/index.ts';
import type { BlockExecutor, BlockTask, ScenarioBlock } from '../montecarlo/index.ts';
import type { Scenario } from '../schema/index.ts';

// A worker's live heap is about 16 MB for either preset (plus ~50-80 MB of prepared typed arrays, which
// are outside this limit), but left alone V8 lets garbage grow its old generation to ~100 MB per worker.
// Capping it makes V8 collect sooner: 4,000 replications of small-town peaked at 382-398 MB RSS instead of
// 485-505 MB on 2 workers, within the timing noise of this machine — the margin that keeps 100,000
// replications under 1 GiB.
const WORKER_HEAP = { maxOldGenerationSizeMb: 128 };

let bundled: URL | undefined;

/**
 * Makes `runMonteCarlo` start its workers on `module` instead of this package's `worker.js` (or
 * `worker.ts` from sources): the hook of a single-file bundle, which has no `worker.js` beside it and
 * is its own worker. `module` must call `serveBlocks()` when it runs as a worker thread. Applies to every
 * later `runMonteCarlo` of this thread; `undefined` restores the default.
 *
 * @example
 * // the bundle's entry
 * if (isMainThread) {
 *   setWorkerModule(new URL(import.meta.url));
 *   process.exitCode = await main(process.argv);
 * } else serveBlocks();
 */
export function setWorkerModule(module: URL | undefined): void {
  bundled = module;
}

/** One worker per core, at most 8. */
export const defaultWorkers = (): number => Math.max(1, Math.min(8, availableParallelism()));

/**
 * `runMonteCarlo` with its blocks spread over `workers` worker threads (default `defaultWorkers()`;
 * 1 runs in-process, with no thread at all). Same result, byte for byte, whatever the number of workers.
 * The worker runs from this package's JavaScript build, or from its TypeScript source through tsx when
 * this module is itself a source (tests, `pnpm` scripts), or from the module given to `setWorkerModule`.
 *
 * @example
 * const result = await runMonteCarlo(scenario, { runs: 10_000, seed: 1, workers: 2 });
 */
export async function runMonteCarlo(scenario: Scenario, options: MonteCarloOptions): Promise<MonteCarloResult> {
  const executor = blockExecutor(scenario, options.workers ?? defaultWorkers());
  try {
    return await runMonteCarloWith(scenario, options, executor);
  } finally {
    await executor.release();
  }
}

/** Where a run's blocks are computed: `concurrency` at a time on `execute`; `release` frees the threads. */
export interface NodeBlockExecutor {
  readonly concurrency: number;
  readonly execute: BlockExecutor;
  /** Terminates the worker threads (at once: blocks in flight are abandoned). Safe to call again. */
  release(): Promise<void>;
}

/**
 * The blocks of `scenario` on `workers` worker threads (1: in-process, no thread at all), for a run
 * (`runMonteCarloWith`), a shard (`runShard`) or a checkpointed run to use. Call `release` when done.
 *
 * @throws RangeError for a bad worker count.
 * @example
 * const executor = blockExecutor(scenario, 2);
 * try { shard = await runShard(scenario, key, 0, 4, executor); } finally { await executor.release(); }
 */
export function blockExecutor(scenario: Scenario, workers: number): NodeBlockExecutor {
  if (!Number.isSafeInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${workers}`);
  if (workers === 1) return { concurrency: 1, execute: inProcess(scenario), release: async () => {} };
  const pool = new WorkerPool<BlockTask, ScenarioBlock>({ module: workerModule(), size: workers, workerData: scenario, resourceLimits: WORKER_HEAP });
  return { concurrency: workers, execute: (task) => pool.run(task), release: () => pool.close() };
}

/** The module worker threads start on: the bundle's own (see `setWorkerModule`) or this package's worker. */
export const workerModule = (): URL => bundled ?? new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

/** The heap limit of every worker thread (see `WORKER_HEAP`). */
export const workerResourceLimits = WORKER_HEAP;
