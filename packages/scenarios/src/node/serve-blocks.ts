import { serveTasks } from '@machi/sim-core/node';
import { blockBuffers, runScenarioBlock, type BlockTask } from '../montecarlo/index.ts';
import type { Scenario } from '../schema/index.ts';

/**
 * Makes this worker thread a worker of `runMonteCarlo` (node): it runs the blocks it is sent on the
 * scenario it was started with (its `workerData`), and moves the columns back rather than copying them.
 * `worker.ts` calls it; so does a single-file bundle when it starts as a worker (see `setWorkerModule`).
 *
 * @throws Error when called outside a worker thread.
 * @example
 * if (!isMainThread) serveBlocks();
 */
export function serveBlocks(): void {
  serveTasks((task: BlockTask, scenario: Scenario) => {
    const block = runScenarioBlock(scenario, task);
    return { value: block, transfer: blockBuffers(block) };
  });
}
