import { setTimeout as sleep } from 'node:timers/promises';
import type { Queue } from 'bullmq';
import { canonicalScenario, mergeShards, shardPlan, shardProblem, studyBlocks, tableColumns, type MonteCarloResult, type Scenario, type Shard, type StudyKey } from '@machi/scenarios';
import { BlockFileError, decodeBlockFile } from '@machi/scenarios/node';
import { CliError, EXIT } from '../cli-error.ts';
import type { Context } from '../context.ts';
import { shardProblemText } from '../shard-problem-text.ts';
import { closeQueue, connect, enqueueMissing, NO_WORKER_NOTICE_MS, openQueue, POLL_MS, queueError, queueTarget } from './queue-client.ts';
import type { RedisConnectionError } from './redis-connection.ts';
import { storeScenario } from './scenario-store.ts';
import { QUEUE_NAME, shardJob, shardJobId } from './shard-job.ts';

/** The options of a run through a queue. */
export interface QueueRunOptions {
  readonly url: string;
  /** Shards to cut the study into; default one per batch of the stopping rule (250 replications). */
  readonly shards: number | undefined;
  readonly onProgress: (progress: { replications: number; runs: number }) => void;
}

/**
 * The study `key` computed by `machi worker` processes through a BullMQ queue on Redis: its shards are
 * enqueued as jobs (ids derived from the study, so a second submission of the same study finds the
 * shards already finished, or still running, and only adds those missing), then merged in order as they
 * finish — the bytes of a one-process run. Once merged, the study's jobs are removed from Redis. The
 * scenario goes to Redis once, under the key's hash (`storeScenario`), and expires with the jobs a killed
 * submitter leaves behind.
 *
 * @throws CliError (usage) for a bad URL or shard count; (invalid input) when Redis cannot be reached or
 *   is lost, when a worker refuses or fails a shard, or when a shard comes back damaged.
 */
export async function runOnQueue(scenario: Scenario, key: StudyKey, options: QueueRunOptions, ctx: Context): Promise<MonteCarloResult> {
  const { t } = ctx;
  const target = queueTarget(options.url, ctx);
  const count = options.shards ?? Math.ceil(key.runs / key.batchSize);
  try {
    shardPlan(key, count);
  } catch {
    throw new CliError(EXIT.usage, t.badShardCount(count, studyBlocks(key).length));
  }
  const watch = await connect(target, ctx);
  const queue = openQueue(target);
  let lost: RedisConnectionError | undefined;
  watch.onLost((error) => (lost = error));
  const ids = Array.from({ length: count }, (_, i) => shardJobId(key, count, i));
  try {
    const text = canonicalScenario(scenario);
    // Stored again whenever a shard is added back (one removed by hand, or expired, may have taken it along).
    const store = () => storeScenario(watch.client, text);
    await store();
    const reused = await enqueue(queue, key, count, ids.map((_, i) => i));
    if (reused > 0) ctx.io.stderr(`machi: ${t.shardsReused(reused, count)}\n`);
    const names = tableColumns(scenario);
    const started = Date.now();
    let noticed = false;
    const load = async (index: number): Promise<Shard> => {
      for (;;) {
        if (lost) throw lost;
        const state = await queue.getJobState(ids[index]!);
        if (state === 'completed' || state === 'failed') {
          const job = await queue.getJob(ids[index]!);
          if (job !== undefined && state === 'failed') throw new CliError(EXIT.invalidInput, t.shardFailed(index, count, job.failedReason));
          if (job !== undefined) return decodeShard(job.returnvalue, key, count, index, names, ctx);
        }
        // Gone (removed by hand, or expired): it is added again.
        if (state === 'unknown') {
          await store();
          await enqueue(queue, key, count, [index]);
        }
        if (!noticed && index === 0 && Date.now() - started > NO_WORKER_NOTICE_MS && (await queue.getWorkersCount().catch(() => 1)) === 0) {
          noticed = true;
          ctx.io.stderr(`machi: ${t.noQueueWorker(QUEUE_NAME, target.display)}\n`);
        }
        await sleep(POLL_MS);
      }
    };
    const result = await Promise.race([
      mergeShards(scenario, key, count, load, { onProgress: options.onProgress }),
      new Promise<never>((_, reject) => watch.onLost(reject)),
    ]);
    await Promise.all(ids.map((id) => queue.remove(id).catch(() => 0)));
    return result;
  } catch (error) {
    throw queueError(error, lost, target, ctx);
  } finally {
    await closeQueue(queue, watch);
  }
}

/** Adds the shards of `indices` that are not in the queue, retries failed ones, and returns how many had finished. */
function enqueue(queue: Queue, key: StudyKey, count: number, indices: readonly number[]): Promise<number> {
  return enqueueMissing(
    queue,
    indices.map((index) => ({ name: 'shard', id: shardJobId(key, count, index), data: shardJob(key, count, index) })),
  );
}

/** A worker's result, checked like a shard file: never trusted because it came through Redis. */
function decodeShard(value: unknown, key: StudyKey, count: number, index: number, names: readonly string[], ctx: Context): Shard {
  const damaged = (reason: string) => new CliError(EXIT.invalidInput, ctx.t.shardDamaged(index, count, reason));
  if (typeof value !== 'string') throw damaged('it is not a block file');
  let shard: Shard;
  try {
    const file = decodeBlockFile(Buffer.from(value, 'base64'));
    if (file.shard === null) throw new BlockFileError('it is not a shard');
    shard = { key: file.key, index: file.shard.index, count: file.shard.count, blocks: file.blocks };
  } catch (error) {
    if (error instanceof BlockFileError) throw damaged(error.message);
    throw error;
  }
  const problem = shardProblem(shard, key, count, index, names);
  if (problem) throw damaged(shardProblemText(problem, ctx.t));
  return shard;
}
