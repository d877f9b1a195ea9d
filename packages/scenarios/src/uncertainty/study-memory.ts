import { EXCEEDANCE_STUDY_METRICS, STUDY_METRICS } from './input-set-run.ts';
import type { StudyPlan } from './study-plan.ts';

/** What a study's memory grows with. */
export interface StudyShape {
  readonly inputSets: number;
  readonly replications: number;
  readonly variants: number;
  readonly horizonYears: number;
  /** Ranged numbers: the values of every input set. */
  readonly inputs: number;
  /** Design coordinates: the unit point of every input set. */
  readonly coordinates: number;
}

// Bytes per number held once per input set: the doubles of its outcome (8), and for its values, point and
// set means each a double in the task and the row (16) plus its text in result.json and input-sets.csv (2 × 24).
const OUTCOME_BYTES = 8;
const ROW_NUMBER_BYTES = 64;
// What the count misses — object and array headers, the analysis's buffers, the result's text — measured on
// small-town's uncertainty study with outcomes made up (2,049 input sets × 8 replications: 85 MB counted,
// 105 MB held at the end, 122 MB at the highest sampled point): half as much again covers it.
const PEAK_FACTOR = 1.5;

/**
 * The most memory a study holds, estimated from its shape: every input set's outcome (the replications of
 * every option on every study metric, and the simulated years of the exceedance metrics), its task and its
 * row (values, point, set means) with their text in the written files, and half as much again for what
 * this count misses (measured; see `PEAK_FACTOR`).
 *
 * @example
 * studyMemoryBytes({ inputSets: 129, replications: 8, variants: 4, horizonYears: 10, inputs: 351, coordinates: 34 }); // ≈ 8 MB
 */
export function studyMemoryBytes(shape: StudyShape): number {
  const { inputSets, replications, variants, horizonYears, inputs, coordinates } = shape;
  const outcome = variants * replications * (STUDY_METRICS.length + EXCEEDANCE_STUDY_METRICS.length * horizonYears) * OUTCOME_BYTES;
  const row = (inputs + coordinates + variants * STUDY_METRICS.length) * ROW_NUMBER_BYTES;
  return Math.ceil(PEAK_FACTOR * inputSets * (outcome + row));
}

/** A study whose estimated memory (`studyMemoryBytes`) is past the limit it was given: refused before any input set runs. */
export class StudyMemoryError extends RangeError {
  override readonly name = 'StudyMemoryError';

  constructor(
    readonly shape: StudyShape,
    readonly neededBytes: number,
    readonly limitBytes: number,
  ) {
    super(`the study needs about ${Math.round(neededBytes / 1e6)} MB (${shape.inputSets} input sets × ${shape.replications} replications), more than its limit of ${Math.round(limitBytes / 1e6)} MB`);
  }
}

/**
 * Checks, before any input set runs, that a study of `plan` with `inputSets` sets of `replications` fits
 * in `limitBytes` (no limit when undefined: the library leaves the machine's size to its caller).
 *
 * @throws StudyMemoryError with the shape, the estimate and the limit.
 */
export function checkStudyMemory(plan: StudyPlan, inputSets: number, replications: number, limitBytes: number | undefined): void {
  if (limitBytes === undefined) return;
  const shape: StudyShape = {
    inputSets,
    replications,
    variants: plan.variants.length,
    horizonYears: plan.horizonYears,
    inputs: plan.study.inputs.length,
    coordinates: plan.coordinates.names.length,
  };
  const needed = studyMemoryBytes(shape);
  if (needed > limitBytes) throw new StudyMemoryError(shape, needed, limitBytes);
}
