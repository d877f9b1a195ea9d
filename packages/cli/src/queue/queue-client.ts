import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { CliError, EXIT } from '../cli-error.ts';
import type { Context } from '../context.ts';
import { RedisConnectionError, RedisWatch, redisOptions } from './redis-connection.ts';
import { parseRedisUrl, type RedisTarget } from './redis-url.ts';
import { QUEUE_NAME, QUEUE_PREFIX } from './shard-job.ts';

/** How often the state of a job being waited for is asked. */
export const POLL_MS = 100;
/** After this long with no job finished and no worker connected, say how to start one. */
export const NO_WORKER_NOTICE_MS = 5000;
/** Finished jobs (and the scenario of a study) stay in Redis this long when their submitter never collects them (a submitter killed). */
export const KEEP_SECONDS = 7 * 24 * 3600;

/** A job to put on the queue unless it is there already: its name, id and data. */
export interface QueueJob {
  readonly name: string;
  readonly id: string;
  readonly data: unknown;
}

/** `--queue URL` parsed. @throws CliError (usage) saying what is wrong with it. */
export function queueTarget(url: string, ctx: Context): RedisTarget {
  try {
    return parseRedisUrl(url);
  } catch (error) {
    throw new CliError(EXIT.usage, ctx.t.badQueueUrl((error as Error).message));
  }
}

/** Connects, or says why it cannot. */
export async function connect(target: RedisTarget, ctx: Context): Promise<RedisWatch> {
  try {
    return await RedisWatch.connect(target);
  } catch (error) {
    if (error instanceof RedisConnectionError) throw new CliError(EXIT.invalidInput, ctx.t.redisUnreachable(error.display, error.message));
    throw error;
  }
}

/** The queue of this library version on `target`, its errors left to the watch. */
export function openQueue(target: RedisTarget): Queue {
  const queue = new Queue(QUEUE_NAME, { connection: redisOptions(target), prefix: QUEUE_PREFIX, streams: { events: { maxLen: 100 } } });
  queue.on('error', () => {});
  return queue;
}

/** Closes a submitter's queue and watch; a lost Redis must not hold the command up for long. */
export async function closeQueue(queue: Queue, watch: RedisWatch): Promise<void> {
  await Promise.race([queue.close().catch(() => {}), sleep(2000, undefined, { ref: false })]);
  await watch.close();
}

/** Adds the jobs that are not in the queue, retries failed ones, and returns how many had finished. */
export async function enqueueMissing(queue: Queue, jobs: readonly QueueJob[]): Promise<number> {
  let finished = 0;
  const missing: { name: string; data: unknown; opts: object }[] = [];
  for (const { name, id, data } of jobs) {
    const state = await queue.getJobState(id);
    if (state === 'completed') finished += 1;
    else if (state === 'failed') await (await queue.getJob(id))?.retry('failed');
    else if (state === 'unknown') {
      missing.push({ name, data, opts: { jobId: id, attempts: 1, removeOnComplete: { age: KEEP_SECONDS }, removeOnFail: { age: KEEP_SECONDS } } });
    }
  }
  if (missing.length > 0) await queue.addBulk(missing);
  return finished;
}

/**
 * What a submitter's error becomes: a lost or refused connection, the located message of `run --queue`
 * (the same for every command on the queue); anything else as it is.
 */
export function queueError(error: unknown, lost: RedisConnectionError | undefined, target: RedisTarget, ctx: Context): unknown {
  if (error instanceof CliError) return error;
  const connection = lost ?? (error instanceof RedisConnectionError ? error : undefined);
  if (connection) return new CliError(EXIT.invalidInput, ctx.t.redisLost(connection.display, connection.message));
  if (isConnectionFailure(error)) return new CliError(EXIT.invalidInput, ctx.t.redisLost(target.display, (error as Error).message));
  return error;
}

const isConnectionFailure = (error: unknown): boolean =>
  error instanceof Error && /Connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|max retries|Stream isn't writeable/i.test(error.message);
