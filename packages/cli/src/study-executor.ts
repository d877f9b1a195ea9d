import { StudyMemoryError, type StudyExecutor, type StudyPlan } from '@machi/scenarios';
import { inputSetExecutor } from '@machi/scenarios/node';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { parseInteger } from './parse-integer.ts';
import { queueTarget } from './queue/queue-client.ts';
import { studyOnQueue } from './queue/study-on-queue.ts';
import { shardReader, shardWriter, type InputSetRange } from './study-shards.ts';

/** A study command's `--queue URL [--shards N]`, checked. */
export interface StudyQueue {
  readonly url: string;
  readonly shards: number | undefined;
}

/**
 * `--queue` and `--shards` of a study command, checked before the scenario is read: a well-formed URL,
 * `--shards` only with `--queue`, and no `--workers` with it (each `machi worker` has its own).
 *
 * @throws CliError (usage) naming the option.
 */
export function studyQueueOption(args: { readonly queue?: string; readonly shards?: string; readonly workers?: string }, ctx: Context): StudyQueue | undefined {
  const { t } = ctx;
  if (args.queue === undefined) {
    if (args.shards !== undefined) throw new CliError(EXIT.usage, t.optionNeeds('--shards', '--queue'));
    return undefined;
  }
  if (args.workers !== undefined) throw new CliError(EXIT.usage, t.workersWithQueue);
  queueTarget(args.queue, ctx);
  return { url: args.queue, shards: args.shards === undefined ? undefined : parseInteger('--shards', args.shards, 'positive', t) };
}

/** Where a study command runs, and what it says when the study is too large for memory. */
export interface StudyPlace {
  /** The scenario as written (ranges included): what queue workers plan the study from. */
  readonly written: unknown;
  readonly workers: number;
  readonly queue: StudyQueue | undefined;
  /** The command's options that make the study smaller, named when it does not fit in memory. */
  readonly sizeOptions: readonly string[];
  /** `--input-set-range A..B`: compute those input sets into a shard file in `out`, and stop (`StudyShardWritten`). */
  readonly range?: InputSetRange;
  /** `--merge SHARDS`: take the input sets from the shard files in this folder. */
  readonly merge?: string;
  readonly out: string;
}

/**
 * Runs `study` with its input sets on this machine's worker threads, on `machi worker` processes through
 * the queue, or from shard files computed apart (`--merge`): the same result, byte for byte. With `range`
 * it computes those input sets into a shard file and stops with `StudyShardWritten`. A study past its memory limit (`StudyMemoryError`,
 * raised before any input set runs) becomes a ja/en message naming the options that make it smaller.
 *
 * @throws CliError (usage) for a study too large for memory; whatever `studyOnQueue` throws.
 */
export async function runStudy<T>(place: StudyPlace, ctx: Context, study: (executorFor: (plan: StudyPlan) => StudyExecutor) => Promise<T>): Promise<T> {
  try {
    const scenario = JSON.stringify(place.written);
    if (place.merge !== undefined) return await study(shardReader(scenario, place.merge, ctx));
    if (place.range !== undefined) return await study(shardWriter(scenario, place.range, place.workers, place.out, ctx));
    if (place.queue !== undefined) {
      const { url, shards } = place.queue;
      return await studyOnQueue({ url, shards, scenario }, ctx, (executorFor) => study(executorFor));
    }
    let executor: (StudyExecutor & { release(): Promise<void> }) | undefined;
    try {
      return await study((plan) => (executor = inputSetExecutor(plan.scenario, place.workers)));
    } finally {
      await executor?.release();
    }
  } catch (error) {
    if (!(error instanceof StudyMemoryError)) throw error;
    const { shape } = error;
    throw new CliError(
      EXIT.usage,
      ctx.t.studyQueue.studyTooLarge({
        inputSets: shape.inputSets,
        replications: shape.replications,
        variants: shape.variants,
        years: shape.horizonYears,
        inputs: shape.inputs,
        needed: error.neededBytes,
        limit: error.limitBytes,
        options: place.sizeOptions,
      }),
    );
  }
}
