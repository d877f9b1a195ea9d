import { sha256 } from '@machi/sim-core';
import type { Scenario } from '../schema/index.ts';
import { checkedOptions, type MonteCarloOptions } from './run-monte-carlo.ts';
import { MACHI_VERSION, MODEL_ALGORITHMS, scenarioSha256 } from './stamp.ts';

/**
 * Everything a Monte Carlo result depends on, and nothing else: the library version and its
 * algorithms, the scenario (by hash) and every option with its default filled in. Two runs with equal
 * keys give the same bytes; shards, checkpoints and queue jobs carry their key and are refused by a
 * run of another key. Plain data (JSON).
 */
export interface StudyKey {
  readonly version: string;
  readonly algorithms: typeof MODEL_ALGORITHMS;
  readonly scenarioSha256: string;
  readonly variants: readonly string[];
  readonly runs: number;
  readonly seed: number | string;
  readonly horizonYears: number;
  readonly blockSize: number;
  readonly batchSize: number;
  /** The stopping rule's relative half-width, or null for none. */
  readonly precision: number | null;
  /**
   * Null: one set of inputs, an ordinary Monte Carlo. The work of a study is its list of blocks of
   * replications (`studyBlocks`); an outer loop over input sets (ranges of what is not known precisely)
   * will describe itself here, and its work units become (input set, block) pairs in that order.
   */
  readonly inputSets: null;
}

/** Fields of `StudyKey` in the order a difference is reported. */
const FIELDS = ['version', 'algorithms', 'scenarioSha256', 'variants', 'runs', 'seed', 'horizonYears', 'blockSize', 'batchSize', 'precision', 'inputSets'] as const;

/**
 * The key of `runMonteCarlo(scenario, options)`: its options checked and completed with their defaults
 * (`workers`, `onProgress` and `signal` do not change results and are not part of it).
 *
 * @throws RangeError for options `runMonteCarlo` refuses.
 * @example
 * studyKey(scenario, { runs: 1000, seed: 1 }).batchSize; // 250
 */
export function studyKey(scenario: Scenario, options: MonteCarloOptions): StudyKey {
  const { variants, horizonYears, blockSize, batchSize } = checkedOptions(scenario, options);
  return {
    version: MACHI_VERSION,
    algorithms: MODEL_ALGORITHMS,
    scenarioSha256: scenarioSha256(scenario),
    variants,
    runs: options.runs,
    seed: options.seed,
    horizonYears,
    blockSize,
    batchSize,
    precision: options.precision ?? null,
    inputSets: null,
  };
}

/** The options that run the study of `key` (every default written out). */
export function studyOptions(key: StudyKey): MonteCarloOptions {
  const { variants, runs, seed, horizonYears, blockSize, batchSize, precision } = key;
  return { variants, runs, seed, horizonYears, blockSize, batchSize, ...(precision === null ? {} : { precision }) };
}

/**
 * Throws unless `key` is a study of this library version and of `scenario`: a block computed by another
 * version, or for another scenario, must never reach a result stamped with this one.
 *
 * @throws Error naming what differs.
 */
export function checkStudy(scenario: Scenario, key: StudyKey): void {
  const own = { version: MACHI_VERSION, algorithms: MODEL_ALGORITHMS, scenarioSha256: scenarioSha256(scenario) };
  for (const field of ['version', 'algorithms', 'scenarioSha256'] as const) {
    if (JSON.stringify(key[field]) !== JSON.stringify(own[field])) {
      throw new Error(`this study was made for ${field} ${JSON.stringify(key[field])}, not ${JSON.stringify(own[field])}`);
    }
  }
}

/** sha256 of the key's JSON with its fields in a fixed order: a study's identity in one string. */
export const studyHash = (key: StudyKey): string => sha256(JSON.stringify(FIELDS.map((f) => [f, key[f]])));

/**
 * The first field in which two keys differ, with both values as JSON, or undefined when they are the
 * same study: what a refusal names ("seed: 2, not 1").
 */
export function studyDifference(expected: StudyKey, got: StudyKey): { field: string; expected: string; got: string } | undefined {
  for (const field of FIELDS) {
    const a = JSON.stringify(expected[field]);
    const b = JSON.stringify(got[field]);
    if (a !== b) return { field, expected: a, got: b };
  }
  return undefined;
}
