/** How big a study is, and the memory it needs: what `studyTooLarge` says. */
export interface StudyMemory {
  readonly inputSets: number;
  readonly replications: number;
  readonly variants: number;
  readonly years: number;
  readonly inputs: number;
  readonly needed: number;
  readonly limit: number;
  /** The command's options that make the study smaller, e.g. `--input-sets`. */
  readonly options: readonly string[];
}

/** The words of the studies on a queue (`machi uncertainty|sensitivity … --queue`, `machi worker`) and of their memory check. */
export interface StudyQueueMessages {
  readonly help: {
    readonly queue: string;
    readonly shards: string;
    readonly inputSetRange: string;
    readonly merge: string;
  };
  jobsReused(finished: number, count: number): string;
  jobFailed(first: number, last: number, total: number, reason: string): string;
  jobDamaged(first: number, last: number, total: number, reason: string): string;
  jobStarted(first: number, last: number, total: number, study: string): string;
  jobDone(first: number, last: number, total: number, study: string, seconds: number): string;
  workerStopped(shards: number, studyJobs: number): string;
  studyTooLarge(size: StudyMemory): string;
  badInputSetRange(value: string): string;
  rangePastStudy(first: number, last: number, total: number): string;
  studyShardWritten(file: string, first: number, last: number, total: number): string;
  noStudyShards(folder: string): string;
  studyShardRefused(file: string, why: string): string;
  studyShardsIncomplete(folder: string, reason: string): string;
}
