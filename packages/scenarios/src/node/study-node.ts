import { WorkerPool } from '@machi/sim-core/node';
import type { Scenario } from '../schema/index.ts';
import {
  inProcessInputSets,
  sensitivityStudyWith,
  uncertaintyStudyWith,
  type InputSetOutcome,
  type InputSetTask,
  type SensitivityStudyOptions,
  type SensitivityStudyResult,
  type StudyExecutor,
  type UncertaintyStudyOptions,
  type UncertaintyStudyResult,
} from '../uncertainty/index.ts';
import { defaultWorkers, workerModule, workerResourceLimits } from './run-monte-carlo-node.ts';

/**
 * Where a study's input sets run: `workers` worker threads (1: in-process, unless `offMainThread`, which a
 * queue worker asks for so that its event loop stays free to renew its job's lock); `release` frees the threads.
 */
export function inputSetExecutor(scenario: Scenario, workers: number, options: { readonly offMainThread?: boolean } = {}): StudyExecutor & { release(): Promise<void> } {
  if (!Number.isSafeInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${workers}`);
  if (workers === 1 && options.offMainThread !== true) return { ...inProcessInputSets(scenario), release: async () => {} };
  const pool = new WorkerPool<InputSetTask, InputSetOutcome>({ module: workerModule(), size: workers, workerData: scenario, resourceLimits: workerResourceLimits });
  return { concurrency: workers, execute: (task) => pool.run(task), release: () => pool.close() };
}

/** Runs `study` with its input sets on `workers` threads, releasing them however it ends. */
async function onWorkers<T>(workers: number, study: (executorFor: (plan: { scenario: Scenario }) => StudyExecutor) => Promise<T>): Promise<T> {
  let executor: (StudyExecutor & { release(): Promise<void> }) | undefined;
  try {
    return await study((plan) => (executor = inputSetExecutor(plan.scenario, workers)));
  } finally {
    await executor?.release();
  }
}

/**
 * `uncertaintyStudy` with its input sets spread over `workers` worker threads (default one per core, at
 * most 8): the same result, byte for byte, as in-process.
 *
 * @example
 * const result = await uncertaintyStudy(PRESETS['small-town'], { seed: 1, workers: 2 });
 */
export function uncertaintyStudy(input: unknown, options: UncertaintyStudyOptions & { readonly workers?: number }): Promise<UncertaintyStudyResult> {
  return onWorkers(options.workers ?? defaultWorkers(), (executorFor) => uncertaintyStudyWith(input, options, executorFor));
}

/**
 * `sensitivityStudy` with its input sets spread over `workers` worker threads (default one per core, at
 * most 8): the same result, byte for byte, as in-process.
 *
 * @example
 * const result = await sensitivityStudy(PRESETS['small-town'], { seed: 1, workers: 2 });
 */
export function sensitivityStudy(input: unknown, options: SensitivityStudyOptions & { readonly workers?: number }): Promise<SensitivityStudyResult> {
  return onWorkers(options.workers ?? defaultWorkers(), (executorFor) => sensitivityStudyWith(input, options, executorFor));
}
