import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { mergeInputSetRuns, MACHI_VERSION, runInputSets, type InputSetOutcome, type InputSetRun, type InputSetTask, type StudyExecutor, type StudyPlan } from '@machi/scenarios';
import { inputSetExecutor } from '@machi/scenarios/node';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { checkStudyOutcomes } from './queue/study-job.ts';

const FORMAT = 'machi-study-shard/v1';
const PREFIX = 'study-';
const SUFFIX = '.json';

/** `--input-set-range A..B`: input sets A to B (from 0, both included) of a study. */
export interface InputSetRange {
  readonly first: number;
  readonly last: number;
}

/** `--input-set-range A..B` parsed. @throws CliError (usage) saying what it must be. */
export function parseInputSetRange(text: string, ctx: Context): InputSetRange {
  const match = /^(\d{1,9})\.\.(\d{1,9})$/.exec(text);
  const [first, last] = match === null ? [NaN, NaN] : [Number(match[1]), Number(match[2])];
  if (!(first <= last)) throw new CliError(EXIT.usage, ctx.t.studyQueue.badInputSetRange(text));
  return { first, last };
}

/** A file of a study's input sets computed apart (a batch scheduler's array task): plain JSON. */
interface StudyShardFile {
  readonly format: typeof FORMAT;
  readonly version: string;
  /** The study the input sets belong to (`studyIdentity`). */
  readonly study: string;
  readonly first: number;
  readonly total: number;
  readonly outcomes: readonly InputSetOutcome[];
}

/**
 * What a shard file must match to belong with a study: a hash of the scenario as written, and of every
 * task of the study's list of input sets (their values, options and replications), so that a shard of
 * another seed, size, option or scenario is told apart.
 */
function studyIdentity(scenario: string, tasks: readonly InputSetTask[]): string {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const shared = tasks.map(({ values, variants, seed, horizonYears, replications }) => [values, variants, seed, horizonYears, replications]);
  return sha(JSON.stringify([FORMAT, MACHI_VERSION, sha(scenario), shared]));
}

/** Thrown once a shard's input sets are written: the study stops there (its result needs every set). */
export class StudyShardWritten {
  constructor(
    readonly file: string,
    readonly range: InputSetRange,
    readonly total: number,
  ) {}
}

/**
 * An executor that computes input sets `range` of the study's list on `workers` threads, writes them into
 * the folder `out` as one file, and stops the study (`StudyShardWritten`). A study of one list of input
 * sets (the uncertainty study) is what a batch scheduler can cut this way; the sensitivity study's later
 * phases depend on the earlier ones.
 *
 * @throws CliError (usage) for a range past the study's input sets; (invalid input) when the file cannot be written.
 */
export function shardWriter(scenario: string, range: InputSetRange, workers: number, out: string, ctx: Context): (plan: StudyPlan) => StudyExecutor {
  return (plan) => ({
    concurrency: 1,
    execute: () => Promise.reject(new RangeError('a shard of a study runs its whole list of input sets at once')),
    executeMany: async (tasks) => {
      if (range.last >= tasks.length) throw new CliError(EXIT.usage, ctx.t.studyQueue.rangePastStudy(range.first, range.last, tasks.length));
      const executor = inputSetExecutor(plan.scenario, workers);
      let run: InputSetRun;
      try {
        run = await runInputSets(tasks, executor, { first: range.first, count: range.last - range.first + 1 });
      } finally {
        await executor.release();
      }
      const study = studyIdentity(scenario, tasks);
      const file = join(out, `${PREFIX}${study.slice(0, 12)}-${range.first}-${range.last}${SUFFIX}`);
      const shard: StudyShardFile = { format: FORMAT, version: MACHI_VERSION, study, first: range.first, total: tasks.length, outcomes: run.outcomes };
      try {
        ctx.io.writeFiles([{ path: file, pieces: [`${JSON.stringify(shard)}\n`] }]);
      } catch (error) {
        throw new CliError(EXIT.invalidInput, ctx.t.cannotWrite(out, error instanceof Error ? error.message : String(error)));
      }
      throw new StudyShardWritten(file, range, tasks.length);
    },
  });
}

/**
 * An executor that takes the study's input sets from the shard files in `folder` instead of computing
 * them: each file checked as a worker's outcomes are (its study, its version, every number), and together
 * they must hold each input set exactly once. The study then gives the bytes of the study run in one process.
 *
 * @throws CliError (invalid input) naming the file for a damaged or foreign shard, or the input sets missing or twice.
 */
export function shardReader(scenario: string, folder: string, ctx: Context): () => StudyExecutor {
  const { t } = ctx;
  return () => ({
    concurrency: 1,
    execute: () => Promise.reject(new RangeError('the shards of a study are read for its whole list of input sets at once')),
    executeMany: async (tasks, onDone) => {
      const study = studyIdentity(scenario, tasks);
      let names: string[];
      try {
        names = ctx.io.listFiles(folder).filter((name) => name.startsWith(PREFIX) && name.endsWith(SUFFIX));
      } catch (error) {
        throw new CliError(EXIT.invalidInput, t.studyQueue.noStudyShards(folder));
      }
      if (names.length === 0) throw new CliError(EXIT.invalidInput, t.studyQueue.noStudyShards(folder));
      const parts = names.map((name): InputSetRun => {
        const path = join(folder, name);
        const refused = (why: string) => new CliError(EXIT.invalidInput, t.studyQueue.studyShardRefused(path, why));
        let shard: Partial<StudyShardFile> | null;
        try {
          shard = JSON.parse(ctx.io.readFile(path)) as Partial<StudyShardFile> | null;
        } catch (error) {
          throw refused((error as Error).message);
        }
        if (typeof shard !== 'object' || shard === null || shard.format !== FORMAT) throw refused(`it is not a ${FORMAT} file`);
        if (shard.version !== MACHI_VERSION) throw refused(`it was made by machi ${String(shard.version)}; this is machi ${MACHI_VERSION}`);
        if (shard.study !== study || shard.total !== tasks.length) throw refused('it is a shard of another study (scenario, options or seed)');
        const first = shard.first!;
        const count = Array.isArray(shard.outcomes) ? shard.outcomes.length : 0;
        if (!(Number.isSafeInteger(first) && first >= 0 && count > 0 && first + count <= tasks.length)) throw refused('its input sets are not a range of the study');
        try {
          return { first, outcomes: checkStudyOutcomes(shard.outcomes, tasks.slice(first, first + count)) };
        } catch (error) {
          throw refused((error as Error).message);
        }
      });
      let outcomes: InputSetOutcome[];
      try {
        outcomes = mergeInputSetRuns(parts, tasks.length);
      } catch (error) {
        throw new CliError(EXIT.invalidInput, t.studyQueue.studyShardsIncomplete(folder, (error as Error).message));
      }
      for (let i = 0; i < outcomes.length; i++) onDone();
      return outcomes;
    },
  });
}
