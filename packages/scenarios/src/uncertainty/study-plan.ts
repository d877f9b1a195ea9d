import type { InputSpace } from '@machi/sim-core';
import { checkedOptions } from '../montecarlo/run-monte-carlo.ts';
import { MACHI_VERSION, scenarioSha256 } from '../montecarlo/stamp.ts';
import { scenarioSchema, type Scenario } from '../schema/index.ts';
import { STUDY_METRICS, type InputSetOutcome, type InputSetTask } from './input-set-run.ts';
import { studyCoordinates, type StudyCoordinates } from './study-design.ts';
import { studyInputs, studySpace, type StudyInputs } from './study-inputs.ts';
import type { StudyMetric, StudyStamp } from './study-result.ts';

/** Options both studies share. */
export interface StudyOptions {
  /** Variants to compare, in this order (default every variant); the first is the reference of the differences. */
  readonly variants?: readonly string[];
  readonly seed: number | string;
  /** Simulated years per replication (default 10). */
  readonly horizonYears?: number;
  /** Bootstrap resamples of every interval (default 1000). */
  readonly resamples?: number;
  /** The most memory the study may hold (`studyMemoryBytes`); checked before any input set runs (default no limit). */
  readonly maxMemoryBytes?: number;
  /** Called as input sets finish: the phase, and input sets done out of the phase's total. */
  readonly onProgress?: (progress: { readonly phase: string; readonly done: number; readonly total: number }) => void;
}

/** A study's scenario, inputs and settings, checked before anything runs. */
export interface StudyPlan {
  readonly scenario: Scenario;
  readonly study: StudyInputs;
  readonly space: InputSpace;
  readonly coordinates: StudyCoordinates;
  readonly variants: readonly string[];
  readonly seed: number | string;
  readonly horizonYears: number;
  readonly resamples: number;
}

/**
 * The plan of a study of `input` (a scenario as written: a preset, or a file's parsed YAML/JSON, whose
 * numbers carry their ranges). @throws RangeError when the scenario is invalid (validate it with
 * `loadScenario` first for located errors), has no ranged number, names an unknown variant, or has fewer
 * than two variants to compare.
 */
export function studyPlan(input: unknown, options: StudyOptions): StudyPlan {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) throw new RangeError(`the scenario is not valid (${parsed.error.issues.length} issues): load it with loadScenario to see them, located`);
  const scenario = parsed.data;
  const { variants, horizonYears } = checkedOptions(scenario, { variants: options.variants, seed: options.seed, runs: 1, horizonYears: options.horizonYears });
  if (variants.length < 2) throw new RangeError(`variants: a study compares at least two options, got ${variants.length}`);
  const study = studyInputs(input);
  if (study.inputs.length === 0) throw new RangeError('the scenario has no number with a range: nothing to vary');
  const space = studySpace(study);
  const resamples = options.resamples ?? 1000;
  if (!(Number.isSafeInteger(resamples) && resamples >= 1)) throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  return { scenario, study, space, coordinates: studyCoordinates(space, study), variants, seed: options.seed, horizonYears, resamples };
}

/** The task of one input set of the plan, with `replications` replications per variant. */
export function inputSetTask(plan: StudyPlan, values: readonly number[], replications: number): InputSetTask {
  if (!(Number.isSafeInteger(replications) && replications >= 2)) {
    throw new RangeError(`replications must be an integer ≥ 2 (the noise of a set's mean is estimated from them), got ${replications}`);
  }
  return {
    kind: 'input-set',
    inputs: { inputs: plan.study.inputs.map(({ path, kind }) => ({ path, kind })), paths: plan.study.paths },
    values: [...values],
    variants: plan.variants,
    seed: plan.seed,
    horizonYears: plan.horizonYears,
    replications,
  };
}

/** The stamp of a study of `plan` that ran `sets` input sets of `replications` each. */
export function studyStamp(plan: StudyPlan, sets: number, replications: number): StudyStamp {
  return {
    version: MACHI_VERSION,
    scenarioName: plan.scenario.name,
    scenarioSha256: scenarioSha256(plan.scenario),
    seed: plan.seed,
    horizonYears: plan.horizonYears,
    variants: plan.variants,
    metrics: STUDY_METRICS,
    replications: sets * replications * plan.variants.length,
    commonRandomNumbers: true,
  };
}

/** Whether lower or higher values of a metric are better. */
export const betterOf = (metric: StudyMetric): 'lower' | 'higher' => (metric === 'safetyScore' ? 'higher' : 'lower');

/**
 * The replications of one variant's metric on input sets `sets` (indices into `outcomes`), row-major
 * (set × replication), or of the paired difference variant − versus when `versus` is given.
 */
export function replicatedValues(outcomes: readonly InputSetOutcome[], sets: readonly number[], variant: number, metric: StudyMetric, versus?: number): Float64Array {
  const r = outcomes[sets[0]!]!.variants[variant]!.replications[metric].length;
  const values = new Float64Array(sets.length * r);
  sets.forEach((s, j) => {
    const own = outcomes[s]!.variants[variant]!.replications[metric];
    const other = versus === undefined ? undefined : outcomes[s]!.variants[versus]!.replications[metric];
    for (let c = 0; c < r; c++) values[j * r + c] = own[c]! - (other?.[c] ?? 0);
  });
  return values;
}

/** Mean of row j of row-major values with r replications. */
export const setMean = (values: Float64Array, j: number, r: number): number => {
  let sum = 0;
  for (let c = 0; c < r; c++) sum += values[j * r + c]!;
  return sum / r;
};

/** A progress reporter for one phase of `total` input sets. */
export function phaseProgress(options: StudyOptions, phase: string, total: number): () => void {
  let done = 0;
  options.onProgress?.({ phase, done, total });
  return () => options.onProgress?.({ phase, done: ++done, total });
}
