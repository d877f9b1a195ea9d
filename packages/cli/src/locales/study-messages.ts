import type { StudyExpectation } from '../study-shape.ts';

/** The words of `machi uncertainty` and `machi sensitivity`: their help, errors, progress and summary. */
export interface StudyMessages {
  readonly help: {
    readonly uncertainty: string;
    readonly sensitivity: string;
    readonly inputSets: string;
    readonly replications: string;
    readonly trajectories: string;
    readonly baseCount: string;
    readonly leading: string;
    readonly switching: string;
    readonly resamples: string;
    readonly out: string;
    /** `machi run --study FILE`. */
    readonly include: string;
  };
  badInputSets(value: string): string;
  badReplications(value: string, least: number): string;
  badBaseCount(value: string): string;
  /** A study size past what one machine's memory holds (`STUDY_SIZE_LIMITS`). */
  tooLarge(option: string, value: string, most: number): string;
  /** The scenario has no number with a range: nothing to vary. */
  noRanges(file: string): string;
  fewVariants(count: number): string;
  progress(phase: string, bar: string, done: number, total: number, secondsLeft: number): string;
  readonly phases: Readonly<Record<string, string>>;
  header(name: string, inputSets: number, replications: number, seed: string, ranged: number, fixed: number): string;
  bestTitle(metric: string): string;
  rankingHolds(ranking: string, probability: string, low: string, high: string): string;
  /** Options that tie at the inputs' values (`options`: their names, joined): no ranking to hold. */
  rankingTie(options: string): string;
  /** The row of input sets where two or more options tie exactly for best. */
  tiedRow: string;
  /** A metric on which the options never differ (`zeroShare`: the share of runs where it is 0). */
  noDifference(zeroShare: string): string;
  readonly leadingTitle: string;
  switchesAt(input: string, value: string, percentile: string): string;
  precision(probability: string | null, indices: string | null): string;
  /** `run --study FILE`: the file is not JSON. */
  studyNotJson(file: string, reason: string): string;
  /** `run --study FILE`: the JSON is not a study (its `kind` is neither study's). */
  notStudy(file: string): string;
  /** `run --study FILE`: a study whose `field` (a JSON path) lacks or holds other than what the report reads there. */
  studyField(file: string, field: string, expected: StudyExpectation): string;
  /** `run --study FILE`: a study of another model version. */
  studyOfVersion(file: string, got: string, expected: string): string;
  /** `run --study FILE`: a study of another scenario (scenario hashes differ). */
  studyOfScenario(file: string, name: string, studied: string, run: string): string;
  /** `run --study A --study B`: two studies of one kind. */
  twoStudies(kind: string, first: string, second: string): string;
}
