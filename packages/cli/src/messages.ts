import { en } from './locales/en.ts';
import { ja } from './locales/ja.ts';
import type { StudyMessages } from './locales/study-messages.ts';
import type { StudyQueueMessages } from './locales/study-queue-messages.ts';

export type Lang = 'ja' | 'en';

/** What an integer option must be: `--seed` any safe integer, `--replication` >= 0, `--years` > 0. */
export type IntegerRule = 'integer' | 'nonNegative' | 'positive';

/**
 * Every text the CLI shows a person, one locale file per language (`locales/ja.ts`, `locales/en.ts`).
 * Scenario issues are worded by `@machi/scenarios`' own locales; machine output (JSON, YAML) is not
 * translated.
 */
export interface Messages {
  readonly help: {
    readonly program: string;
    readonly lang: string;
    readonly help: string;
    readonly helpCommand: string;
    readonly version: string;
    readonly validate: string;
    readonly fileOrPreset: string;
    readonly schema: string;
    readonly presets: string;
    readonly presetsShow: string;
    readonly presetName: string;
    readonly sources: string;
    readonly classify: string;
    readonly outcomeFile: string;
    readonly policy: string;
    readonly simulate: string;
    readonly variant: string;
    readonly seed: string;
    readonly replication: string;
    readonly years: string;
    readonly trace: string;
    readonly run: string;
    readonly compare: string;
    readonly variants: string;
    readonly runs: string;
    readonly runSeed: string;
    readonly workers: string;
    readonly precision: string;
    readonly out: string;
    readonly resume: string;
    readonly queue: string;
    readonly shards: string;
    readonly incidents: string;
    readonly png: string;
    readonly shard: string;
    readonly index: string;
    readonly count: string;
    readonly shardsOut: string;
    readonly merge: string;
    readonly shardsFolder: string;
    readonly worker: string;
    readonly workerQueue: string;
    readonly workerThreads: string;
    readonly stalledSeconds: string;
    readonly measures: string;
    readonly measuresOut: string;
    readonly calibrate: string;
    readonly calibrateRuns: string;
    readonly calibrateOut: string;
    /** After `run --help` and `compare --help`: every file the run writes into --out, one per line. */
    readonly runWrites: string;
    readonly classifyJson: string;
    /** After `classify --help`: the fields of the outcome file and an example. */
    readonly classifyInput: string;
  };
  scenarioOk(file: string, name: string, sites: number, systems: number, variants: readonly string[]): string;
  policyOk(file: string, id: string, rules: number, parent: string | undefined): string;
  readonly presetColumns: readonly [name: string, town: string, population: string, variants: string];
  readonly sourceColumns: readonly [path: string, value: string, source: string];
  provenanceCount(sourced: number, assumed: number, total: number): string;
  /** The distinct facts (distinct value and citation) and the share of them that is sourced, `percent` formatted. */
  distinctFactCount(sourced: number, assumed: number, total: number, percent: string): string;
  /** Heading of the references the listed sources cite. */
  readonly citedReferences: string;

  badLang(value: string): string;
  notFileOrPreset(arg: string, presets: readonly string[]): string;
  unknownPreset(name: string, presets: readonly string[]): string;
  notFileOrPolicy(arg: string, policies: readonly string[]): string;
  cannotRead(file: string, reason: string): string;
  cannotWrite(folder: string, reason: string): string;
  pngUnavailable(reason: string): string;
  unknownVariant(variant: string, known: readonly string[]): string;
  badInteger(option: string, value: string, rule: IntegerRule): string;
  unknownOption(flag: string, suggestion: string | undefined): string;
  unknownCommand(name: string, suggestion: string | undefined): string;
  missingArgument(name: string): string;
  optionMissingArgument(flags: string): string;
  missingOption(flags: string): string;
  excessArguments(command: string, expected: number, received: number): string;
  badVariantList(value: string): string;
  badPrecision(value: string): string;
  progress(bar: string, done: number, runs: number, perSecond: number, secondsLeft: number): string;
  runHeader(name: string, runs: number, years: number, seed: string, stoppedBy: string): string;
  readonly stoppedBy: Readonly<Record<'runs' | 'precision' | 'cancelled', string>>;
  /** The summary's columns; each metric cell is `mean (low〜high)` in the report's units. */
  readonly runColumns: readonly [variant: string, cost: string, downtime: string, persons: string, press: string];
  /** An estimate and its interval in one cell: `1.7億円（1.6億円〜1.8億円）`. */
  estimate(value: string, interval: string): string;
  precisionMet(relative: number): string;
  precisionMissed(missed: number, total: number, relative: number): string;
  written(files: readonly string[]): string;
  readonly comparisonsTitle: string;
  readonly comparisonColumns: readonly [pair: string, metric: string, difference: string, less: string, equal: string, greater: string];
  readonly noCommand: string;
  internalError(message: string): string;
  tooManyYears(value: string, maximum: number): string;
  workersReduced(requested: number, processors: number): string;
  tableTooLarge(size: TableSize): string;
  eventLimit(limit: number, year: number, subject: string): string;
  interrupted(command: string, written: readonly string[] | undefined): string;

  // --out, checkpoints (run, compare, shard, merge, case)
  outNotFolder(out: string, file: string): string;
  removedPartials(folder: string, names: readonly string[]): string;
  optionsConflict(a: string, b: string): string;
  optionNeeds(option: string, needed: string): string;
  readonly workersWithQueue: string;
  resuming(replications: number, runs: number, folder: string): string;
  checkpointExists(folder: string): string;
  checkpointStale(folder: string, field: string, expected: string, got: string): string;
  checkpointCorrupted(file: string, reason: string): string;

  // machi shard, machi merge
  badShardIndex(index: number, count: number): string;
  badShardCount(count: number, most: number): string;
  shardWritten(file: string, index: number, count: number, first: number, replications: number): string;
  noShards(folder: string): string;
  shardCorrupted(file: string, reason: string): string;
  shardOtherVersion(file: string, version: string, own: string): string;
  /** A shard refused, and why (one of the `shardOther…` texts, or a detail). */
  shardRefused(file: string, why: string): string;
  shardOtherStudy(field: string, got: string, expected: string, reference?: string): string;
  shardOtherCount(got: number, expected: number, reference?: string): string;
  shardOtherIndex(got: number, expected: number): string;
  shardDuplicate(index: number, first: string, second: string): string;
  shardsMissing(folder: string, missing: readonly number[], count: number): string;
  merged(count: number, folder: string): string;

  // --queue, machi worker
  badQueueUrl(reason: string): string;
  redisUnreachable(url: string, reason: string): string;
  redisLost(url: string, reason: string): string;
  shardsReused(finished: number, count: number): string;
  noQueueWorker(queue: string, url: string): string;
  shardFailed(index: number, count: number, reason: string): string;
  shardDamaged(index: number, count: number, reason: string): string;
  workerServing(queue: string, url: string, threads: number): string;
  shardStarted(index: number, count: number, study: string): string;
  shardDone(index: number, count: number, study: string, seconds: number): string;
  jobRefused(id: string, reason: string): string;
  readonly workerStopping: string;
  workerStopped(shards: number): string;

  // machi case
  readonly caseHelp: {
    readonly command: string;
    readonly replication: string;
    readonly year: string;
    readonly pick: string;
    readonly by: string;
    readonly runs: string;
    readonly out: string;
  };
  readonly caseModeMissing: string;
  readonly caseModeConflict: string;
  pickOnlyOption(option: string): string;
  badPick(value: string, actions: readonly string[]): string;
  badCaseYear(year: number, years: number): string;
  unknownMetric(metric: string, known: readonly string[]): string;
  noPickedYear(rule: string, runs: number, years: number): string;
  casePicked(rule: string, by: string, value: string, replication: number, year: number): string;
  caseReproduce(command: string): string;
  /** The comment under `presets show`'s yaml-language-server line: how to write the schema it names. */
  schemaFileHint(file: string): string;

  // machi classify
  readonly classify: {
    readonly columns: readonly [action: string, deadlines: string, rules: string];
    deadline(stage: 'preliminary' | 'final', days: number): string;
    readonly listSeparator: string;
    readonly basisHeading: string;
    /** One rule's basis: `rule (law): text [source]` (no brackets without a source). */
    basis(rule: string, kind: 'law' | 'guideline' | 'practice' | 'town-decision' | 'assumption', confirmed: boolean, text: string, source: string | undefined): string;
    readonly noActions: string;
  };

  // machi uncertainty, machi sensitivity
  readonly study: StudyMessages;
  readonly studyQueue: StudyQueueMessages;
}

/** What a run's per-replication tables would take (`checkTableMemory`). */
export interface TableSize {
  readonly runs: number;
  readonly years: number;
  readonly variants: number;
  /** Bytes of one replication-year of one variant. */
  readonly perRow: number;
  readonly needed: number;
  readonly limit: number;
}


const LOCALES: Readonly<Record<Lang, Messages>> = { ja, en };

/** The messages of `lang`. */
export const messagesFor = (lang: Lang): Messages => LOCALES[lang];
