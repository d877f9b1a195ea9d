// The worker thread of `runMonteCarlo` (node): runs the blocks it is sent on the scenario it was
// started with, and moves the columns back rather than copying them.
import { serveTasks } from '@machi/sim-core/node';
import { blockBuffers, runScenarioBlock, type BlockTask } from '../montecarlo/index.ts';
import type { Scenario } from '../schema/index.ts';

serveTasks((task: BlockTask, scenario: Scenario) => {
  const block = runScenarioBlock(scenario, task);
  return { value: block, transfer: blockBuffers(block) };
});
