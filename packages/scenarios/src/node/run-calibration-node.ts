import { WorkerPool } from '@machi/sim-core/node';
import { calibrate as calibrateInProcess, calibrateWith, type CalibrationBlock, type CalibrationOptions, type CalibrationResult, type CalibrationTask } from '../calibration/index.ts';
import type { Scenario } from '../schema/index.ts';
import { defaultWorkers, workerModule, workerResourceLimits } from './run-monte-carlo-node.ts';
import type { CalibrationWorkerData } from './serve-blocks.ts';

/**
 * `calibrate` with its blocks spread over `workers` worker threads (default `defaultWorkers()`; 1 runs
 * in-process). Same result, byte for byte, whatever the number of workers: every block depends on its
 * task alone and lands at its replications' places.
 *
 * @example
 * const result = await calibrate(calibrationScenarios(), { runs: 200, seed: 1, workers: 2 });
 */
export async function calibrate(scenarios: Readonly<Record<string, Scenario>>, options: CalibrationOptions & { readonly workers?: number }): Promise<CalibrationResult> {
  const workers = options.workers ?? defaultWorkers();
  if (!Number.isSafeInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${workers}`);
  if (workers === 1) return calibrateInProcess(scenarios, options);
  const workerData: CalibrationWorkerData = { scenarios };
  const pool = new WorkerPool<CalibrationTask, CalibrationBlock>({ module: workerModule(), size: workers, workerData, resourceLimits: workerResourceLimits });
  try {
    return await calibrateWith(scenarios, options, { concurrency: workers, execute: (task) => pool.run(task) });
  } finally {
    await pool.close();
  }
}
