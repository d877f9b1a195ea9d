import { setTimeout as sleep } from 'node:timers/promises';
import type { Queue } from 'bullmq';
import type { InputSetOutcome, InputSetTask, StudyExecutor } from '@machi/scenarios';
import { CliError, EXIT } from '../cli-error.ts';
import type { Context } from '../context.ts';
import { closeQueue, connect, enqueueMissing, NO_WORKER_NOTICE_MS, openQueue, POLL_MS, queueError, queueTarget } from './queue-client.ts';
import type { RedisConnectionError } from './redis-connection.ts';
import { QUEUE_NAME } from './shard-job.ts';
import { storeScenario } from './scenario-store.ts';
import { checkStudyOutcomes, studyJob, studyJobId, type StudyJob } from './study-job.ts';

/**
 * Input sets per job when `--shards` is not given. A set of small-town takes several seconds (its scenario's
 * preparation most of it) against about half a second a job costs on the queue, and small jobs keep the
 * workers evenly busy to the end; a worker with more threads than this needs fewer, larger jobs (`--shards`).
 */
export const SETS_PER_JOB = 4;

/** A study through a queue: where its input sets go, and the scenario they belong to. */
export interface StudyQueueOptions {
  readonly url: string;
  /** Jobs each list of input sets (a phase) is cut into; default one per `SETS_PER_JOB` sets. */
  readonly shards: number | undefined;
  /** The scenario as written (ranges included), as JSON text: what a worker plans the study from (stored once in Redis). */
  readonly scenario: string;
}

/**
 * Runs `study` with its input sets computed by `machi worker` processes through a BullMQ queue on Redis:
 * each list of input sets the study asks for (a phase; one evaluation of a switching-value search) is cut
 * into contiguous ranges, each a job whose id is derived from its content — so a second submission of
 * the same study finds the jobs already finished, phase after phase, and only adds those missing. The
 * outcomes come back checked and in order, so the study's result is the bytes of an in-process study. Once
 * the study has its result, its jobs are removed from Redis. The scenario goes to Redis once, by its hash
 * (`storeScenario`), and the jobs name it; it expires with the jobs a killed submitter leaves behind.
 *
 * @throws CliError (usage) for a bad URL; (invalid input) when Redis cannot be reached or is lost, when a
 *   worker refuses or fails a job, or when outcomes come back damaged.
 */
export async function studyOnQueue<T>(options: StudyQueueOptions, ctx: Context, study: (executorFor: () => StudyExecutor) => Promise<T>): Promise<T> {
  const target = queueTarget(options.url, ctx);
  const watch = await connect(target, ctx);
  const queue = openQueue(target);
  let lost: RedisConnectionError | undefined;
  watch.onLost((error) => (lost = error));
  const jobs = new JobTally();
  const started = Date.now();
  let noticed = false;
  const noticeIfNoWorker = async () => {
    if (noticed || jobs.finished > 0 || Date.now() - started < NO_WORKER_NOTICE_MS) return;
    if ((await queue.getWorkersCount().catch(() => 1)) > 0) return;
    noticed = true;
    ctx.io.stderr(`machi: ${ctx.t.noQueueWorker(QUEUE_NAME, target.display)}\n`);
  };
  let scenarioSha256: string | undefined;
  // Stored again whenever a job is added back (a job removed by hand, or expired, may have taken it along).
  const store = async () => (scenarioSha256 = await storeScenario(watch.client, options.scenario));
  const executeMany = async (tasks: readonly InputSetTask[], onDone: () => void): Promise<InputSetOutcome[]> => {
    const parts = studyJobs(tasks, options.shards, scenarioSha256 ?? (await store()));
    jobs.reused += await enqueueMissing(
      queue,
      parts.map(({ id, job }) => ({ name: 'study', id, data: job })),
    );
    jobs.ids.push(...parts.map((p) => p.id));
    const outcomes = new Array<InputSetOutcome[] | undefined>(parts.length).fill(undefined);
    while (outcomes.some((o) => o === undefined)) {
      for (const [p, part] of parts.entries()) {
        if (lost) throw lost;
        if (outcomes[p] !== undefined) continue;
        const found = await finishedJob(queue, part, store, ctx);
        if (found === undefined) continue;
        outcomes[p] = found;
        jobs.finished += 1;
        for (let i = 0; i < found.length; i++) onDone();
      }
      if (outcomes.some((o) => o === undefined)) {
        await noticeIfNoWorker();
        await sleep(POLL_MS);
      }
    }
    return outcomes.flat() as InputSetOutcome[];
  };
  try {
    const result = await Promise.race([study(() => ({ concurrency: 1, execute: (task) => executeMany([task], () => {}).then((o) => o[0]!), executeMany })), new Promise<never>((_, reject) => watch.onLost(reject))]);
    if (jobs.reused > 0) ctx.io.stderr(`machi: ${ctx.t.studyQueue.jobsReused(jobs.reused, jobs.ids.length)}\n`);
    await Promise.all(jobs.ids.map((id) => queue.remove(id).catch(() => 0)));
    return result;
  } catch (error) {
    throw queueError(error, lost, target, ctx);
  } finally {
    await closeQueue(queue, watch);
  }
}

/** The jobs a study has put on the queue so far, and how many of them had been finished before it asked. */
class JobTally {
  readonly ids: string[] = [];
  reused = 0;
  finished = 0;
}

interface StudyPart {
  readonly id: string;
  readonly job: StudyJob;
  readonly tasks: readonly InputSetTask[];
}

/** `tasks` (of one study: they share their options) cut into contiguous ranges, as many as `--shards` (at most one per set), each a job. */
function studyJobs(tasks: readonly InputSetTask[], shards: number | undefined, scenarioSha256: string): StudyPart[] {
  const { variants, seed, horizonYears, replications } = tasks[0]!;
  if (typeof seed !== 'number') throw new RangeError(`a study on a queue has an integer seed, got ${seed}`);
  const shared = { variants, seed, horizonYears, replications };
  const count = Math.min(tasks.length, shards ?? Math.ceil(tasks.length / SETS_PER_JOB));
  return Array.from({ length: count }, (_, i) => {
    const first = Math.floor((i * tasks.length) / count);
    const range = tasks.slice(first, Math.floor(((i + 1) * tasks.length) / count));
    const job = studyJob(
      scenarioSha256,
      shared,
      first,
      tasks.length,
      range.map((task) => task.values),
    );
    return { id: studyJobId(job), job, tasks: range };
  });
}

/**
 * The outcomes of `part` when its job has finished; undefined while it waits or runs (a job gone from
 * Redis, removed by hand or expired, is added again, its scenario stored again first by `store`).
 *
 * @throws CliError (invalid input) when a worker refused or failed it, or its outcomes are damaged.
 */
async function finishedJob(queue: Queue, part: StudyPart, store: () => Promise<unknown>, ctx: Context): Promise<InputSetOutcome[] | undefined> {
  const state = await queue.getJobState(part.id);
  const { first, total, values } = part.job;
  const last = first + values.length - 1;
  if (state === 'unknown') {
    await store();
    await enqueueMissing(queue, [{ name: 'study', id: part.id, data: part.job }]);
  }
  if (state !== 'completed' && state !== 'failed') return undefined;
  const job = await queue.getJob(part.id);
  if (job === undefined) return undefined;
  if (state === 'failed') throw new CliError(EXIT.invalidInput, ctx.t.studyQueue.jobFailed(first, last, total, job.failedReason));
  try {
    return checkStudyOutcomes(job.returnvalue, part.tasks);
  } catch (error) {
    throw new CliError(EXIT.invalidInput, ctx.t.studyQueue.jobDamaged(first, last, total, (error as Error).message));
  }
}
