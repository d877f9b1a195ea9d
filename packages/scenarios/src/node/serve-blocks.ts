import { serveTasks } from '@machi/sim-core/node';
import { calibrationBlock, isCalibrationTask, type CalibrationBlock, type CalibrationTask } from '../calibration/index.ts';
import { blockBuffers, runScenarioBlock, type BlockTask, type ScenarioBlock } from '../montecarlo/index.ts';
import type { Scenario } from '../schema/index.ts';
import { isInputSetTask, runInputSet, type InputSetOutcome, type InputSetTask } from '../uncertainty/input-set-run.ts';

/**
 * Makes this worker thread a worker of `runMonteCarlo` (node): it runs the blocks it is sent on the
 * scenario it was started with (its `workerData`), and moves the columns back rather than copying them.
 * A worker of `calibrate` (node) is started with the study's scenarios by preset name instead, and
 * answers calibration blocks. A worker of a study (`uncertaintyStudy`, `sensitivityStudy`) runs input sets on its scenario.
 * `worker.ts` calls it; so does a single-file bundle when it starts as a worker (see `setWorkerModule`).
 *
 * @throws Error when called outside a worker thread.
 * @example
 * if (!isMainThread) serveBlocks();
 */
export function serveBlocks(): void {
  serveTasks<BlockTask | CalibrationTask | InputSetTask, ScenarioBlock | CalibrationBlock | InputSetOutcome, Scenario | CalibrationWorkerData>((task, data) => {
    if (isInputSetTask(task)) return { value: runInputSet(data as Scenario, task) };
    if (isCalibrationTask(task)) return { value: calibrationBlock((data as CalibrationWorkerData).scenarios, task) };
    const scenario = data as Scenario;
    const block = runScenarioBlock(scenario, task);
    return { value: block, transfer: blockBuffers(block) };
  });
}

/** What a worker of `calibrate` (node) is started with: the scenarios of the study by preset name. */
export interface CalibrationWorkerData {
  readonly scenarios: Readonly<Record<string, Scenario>>;
}
