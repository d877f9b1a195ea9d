import { describe, expect, it } from 'vitest';
import { quietTownInput } from '../testing/index.ts';
import type { ScenarioInput } from '../schema/index.ts';
import { EXCEEDANCE_STUDY_METRICS, inProcessInputSets, STUDY_METRICS, type StudyExecutor } from './input-set-run.ts';
import { sensitivityStudyWith } from './sensitivity-study.ts';
import { StudyMemoryError, studyMemoryBytes } from './study-memory.ts';
import type { StudyPlan } from './study-plan.ts';
import { uncertaintyStudyWith } from './uncertainty-study.ts';

type Editable = ScenarioInput & Record<string, any>;

/** The quiet town with one ranged number (the registry's server failure rate) and two options. */
function rangedTown(): Editable {
  const town = quietTownInput() as Editable;
  town.systems[0].hardwareFailureAnnualRate = { value: 2, source: 'assumption: a test', range: { low: 0.5, high: 4, meaning: 'min-max', shape: 'uniform', source: 'assumption: a test range' } };
  town.variants = { onprem: {}, cloud: town.variants!.cloud! };
  return town;
}

/** An in-process executor that counts the input sets it is asked to run. */
function counted(plan: StudyPlan, calls: { sets: number }): StudyExecutor {
  const inner = inProcessInputSets(plan.scenario);
  return { concurrency: 1, execute: (task) => (calls.sets++, inner.execute(task)) };
}

describe('studyMemoryBytes', () => {
  it('counts each input set: its outcome (doubles) and its row (values, point, set means) with their text, and half as much again', () => {
    const shape = { inputSets: 129, replications: 8, variants: 4, horizonYears: 10, inputs: 351, coordinates: 34 };
    const outcome = 4 * 8 * (STUDY_METRICS.length + EXCEEDANCE_STUDY_METRICS.length * 10) * 8;
    const row = (351 + 34 + 4 * STUDY_METRICS.length) * 64;
    // Half as much again for headers, the analysis's buffers and the result's text (measured).
    expect(studyMemoryBytes(shape)).toBe(Math.ceil(1.5 * 129 * (outcome + row)));
    // Linear in the input sets and, for the outcomes, in replications × years.
    expect(studyMemoryBytes({ ...shape, inputSets: 258 })).toBe(2 * studyMemoryBytes(shape));
  });
});

describe('a study past its memory limit', () => {
  it('uncertaintyStudyWith refuses before any input set runs, saying the shape, the estimate and the limit', async () => {
    const calls = { sets: 0 };
    const options = { seed: 1, horizonYears: 2, inputSets: 1024, replications: 8, maxMemoryBytes: 1_000_000 };
    const refused = await uncertaintyStudyWith(rangedTown(), options, (plan) => counted(plan, calls)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StudyMemoryError);
    const { shape, neededBytes, limitBytes } = refused as StudyMemoryError;
    expect(shape).toEqual({ inputSets: 1025, replications: 8, variants: 2, horizonYears: 2, inputs: 1, coordinates: 1 });
    expect([neededBytes, limitBytes]).toEqual([studyMemoryBytes(shape), 1_000_000]);
    expect(calls.sets).toBe(0);
  });

  it('sensitivityStudyWith counts its screening, indices and tornado before the screening starts', async () => {
    const calls = { sets: 0 };
    const options = { seed: 1, horizonYears: 2, trajectories: 4, baseCount: 8, replications: 3, maxMemoryBytes: 1000 };
    const refused = await sensitivityStudyWith(rangedTown(), options, (plan) => counted(plan, calls)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StudyMemoryError);
    // k = 1: 4 trajectories × 2 sets, 8 × (1 + 2) Saltelli rows, 1 + 2 tornado sets.
    expect((refused as StudyMemoryError).shape.inputSets).toBe(8 + 24 + 3);
    expect(calls.sets).toBe(0);
  });

  it('a study within its limit runs', async () => {
    const calls = { sets: 0 };
    const options = { seed: 1, horizonYears: 1, inputSets: 2, replications: 2, maxMemoryBytes: 1_000_000 };
    const result = await uncertaintyStudyWith(rangedTown(), options, (plan) => counted(plan, calls));
    expect([result.kind, calls.sets]).toEqual(['uncertainty', 3]);
  });
});
