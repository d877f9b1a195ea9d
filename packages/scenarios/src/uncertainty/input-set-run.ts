import { runScenarioBlock } from '../montecarlo/block.ts';
import { replicationMeans, safetyScores } from '../safety/safety-score.ts';
import { safetyWeights } from '../safety/safety-weights.ts';
import type { Scenario } from '../schema/index.ts';
import { HEADLINE_METRICS, METRICS, type HeadlineMetric } from '../vocabulary/metrics.ts';
import { applyInputSet, type InputPlaces } from './study-inputs.ts';
import type { StudyMetric } from './study-result.ts';

/** The metrics every input set reports: the headline metrics, then the safety score. */
export const STUDY_METRICS: readonly StudyMetric[] = [...HEADLINE_METRICS.map((h) => h.metric), 'safetyScore'];

/** Headline metrics with exceedance curves: their annual totals are kept year by year. */
export const EXCEEDANCE_STUDY_METRICS: readonly HeadlineMetric[] = HEADLINE_METRICS.map((h) => h.metric).filter((m) => 'exceedance' in METRICS[m]);

/**
 * One input set to run (plain data: it crosses to worker threads): the values of the study's inputs, and
 * the inner loop — `replications` replications 0 … r − 1 of every variant on the streams of (seed, k),
 * the same for every input set (common random numbers across input sets and variants).
 */
export interface InputSetTask {
  readonly kind: 'input-set';
  readonly inputs: InputPlaces;
  readonly values: readonly number[];
  readonly variants: readonly string[];
  readonly seed: number | string;
  readonly horizonYears: number;
  readonly replications: number;
}

/** What one input set gave, per variant in task order (plain data). */
export interface InputSetOutcome {
  readonly variants: readonly {
    readonly variant: string;
    /** Per study metric: the expected annual value of each replication (mean over its years). */
    readonly replications: Readonly<Record<StudyMetric, readonly number[]>>;
    /** Per exceedance metric: every simulated year's annual total, replication after replication. */
    readonly years: Readonly<Record<string, readonly number[]>>;
  }[];
}

export const isInputSetTask = (task: unknown): task is InputSetTask => (task as InputSetTask | undefined)?.kind === 'input-set';

/**
 * Runs one input set on `scenario` (validated, the numbers at their values): the scenario with the task's
 * values applied, then `replications` replications of every variant. Depends on the task alone.
 */
export function runInputSet(scenario: Scenario, task: InputSetTask): InputSetOutcome {
  const town = applyInputSet(scenario, task.inputs, task.values);
  const { horizonYears: years, replications } = task;
  const block = runScenarioBlock(town, { variants: task.variants, seed: task.seed, horizonYears: years, first: 0, count: replications });
  const weights = safetyWeights(town);
  return {
    variants: block.variants.map(({ variant, columns }) => {
      const perReplication = {} as Record<StudyMetric, number[]>;
      for (const { metric } of HEADLINE_METRICS) {
        const column = columns[metric]!;
        perReplication[metric] = Array.from({ length: replications }, (_, r) => {
          let sum = 0;
          for (let y = 0; y < years; y++) sum += column[r * years + y]!;
          return sum / years;
        });
      }
      const table = { variant, years, replications, names: Object.keys(columns), columns };
      perReplication.safetyScore = Array.from(safetyScores(replicationMeans(table), weights));
      const yearly: Record<string, number[]> = {};
      for (const metric of EXCEEDANCE_STUDY_METRICS) yearly[metric] = Array.from(columns[metric]!);
      return { variant, replications: perReplication, years: yearly };
    }),
  };
}

/** Runs one input set somewhere (in-process, on a worker thread) and resolves with its outcome. */
export type InputSetExecutor = (task: InputSetTask) => Promise<InputSetOutcome>;

/** Where a study's input sets run: `concurrency` at a time on `execute`. */
export interface StudyExecutor {
  readonly concurrency: number;
  readonly execute: InputSetExecutor;
  /**
   * Runs a whole list of input sets at once, when the executor cuts lists itself (a job queue sends
   * contiguous ranges as jobs), calling `onDone` as each finishes; outcomes in task order. When present,
   * `runInputSets` uses it instead of `execute`.
   */
  readonly executeMany?: (tasks: readonly InputSetTask[], onDone: () => void) => Promise<InputSetOutcome[]>;
}

/** In-process input sets, yielding to the event loop before each so that progress gets through. */
export function inProcessInputSets(scenario: Scenario): StudyExecutor {
  return {
    concurrency: 1,
    execute: (task) =>
      new Promise((resolve, reject) =>
        setTimeout(() => {
          try {
            resolve(runInputSet(scenario, task));
          } catch (error) {
            reject(error);
          }
        }, 0),
      ),
  };
}

/**
 * Runs `tasks[first … first + count − 1]` on the executor, `concurrency` at a time, and returns their
 * outcomes in task order: a part of a study's input sets, which `mergeInputSetRuns` joins with the
 * others. Each outcome depends on its task alone, so any worker count and any split give the same outcomes.
 */
export async function runInputSets(
  tasks: readonly InputSetTask[],
  executor: StudyExecutor,
  options: { readonly first?: number; readonly count?: number; readonly onDone?: () => void } = {},
): Promise<InputSetRun> {
  const first = options.first ?? 0;
  const count = options.count ?? tasks.length - first;
  if (!(Number.isSafeInteger(first) && Number.isSafeInteger(count) && first >= 0 && count >= 0 && first + count <= tasks.length)) {
    throw new RangeError(`input sets ${first} … ${first + count - 1} are not within the ${tasks.length} of the study`);
  }
  if (executor.executeMany) {
    const outcomes = await executor.executeMany(tasks.slice(first, first + count), () => options.onDone?.());
    if (outcomes.length !== count) throw new RangeError(`input sets ${first} … ${first + count - 1}: ${outcomes.length} outcomes came back`);
    return { first, outcomes };
  }
  const outcomes = new Array<InputSetOutcome>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      outcomes[i] = await executor.execute(tasks[first + i]!);
      options.onDone?.();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(executor.concurrency, count)) }, worker));
  return { first, outcomes };
}

/** The outcomes of input sets first … first + outcomes.length − 1 of a study. */
export interface InputSetRun {
  readonly first: number;
  readonly outcomes: readonly InputSetOutcome[];
}

/**
 * The outcomes of `total` input sets from parts run separately (any order): each set exactly once.
 * @throws RangeError for a gap or an overlap.
 */
export function mergeInputSetRuns(parts: readonly InputSetRun[], total: number): InputSetOutcome[] {
  const merged = new Array<InputSetOutcome | undefined>(total).fill(undefined);
  for (const part of parts) {
    part.outcomes.forEach((outcome, i) => {
      const at = part.first + i;
      if (at >= total) throw new RangeError(`input set ${at} is beyond the study's ${total}`);
      if (merged[at] !== undefined) throw new RangeError(`input set ${at} is in two parts`);
      merged[at] = outcome;
    });
  }
  const missing = merged.findIndex((o) => o === undefined);
  if (missing >= 0) throw new RangeError(`input set ${missing} is in no part`);
  return merged as InputSetOutcome[];
}
