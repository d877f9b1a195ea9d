import { setTimeout as sleep } from 'node:timers/promises';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { runInputSets, runShard, studyHash, tableColumns, type InputSetOutcome, type Scenario, type StudyExecutor } from '@machi/scenarios';
import { blockExecutor, encodeBlockFile, inputSetExecutor, type NodeBlockExecutor } from '@machi/scenarios/node';
import { CliError, EXIT } from '../cli-error.ts';
import type { Context } from '../context.ts';
import { connect } from './queue-client.ts';
import { redisOptions } from './redis-connection.ts';
import type { RedisTarget } from './redis-url.ts';
import { checkShardJob, QUEUE_NAME, QUEUE_PREFIX, type CheckedStudies } from './shard-job.ts';
import { fetchScenario } from './scenario-store.ts';
import { checkStudyJob, isStudyJobData, type CheckedPlans } from './study-job.ts';

/** What `machi worker` is asked to do. */
export interface ServeOptions {
  readonly target: RedisTarget;
  /** Worker threads a shard's blocks are spread over. */
  readonly workers: number;
  /** How long a shard's lock lasts without renewal: how soon the shard of a killed worker is taken by another. */
  readonly stalledSeconds: number;
  /** Resolves when the worker should stop taking shards (SIGTERM, Ctrl-C); it finishes the one in hand. */
  readonly stop: Promise<void>;
}

/**
 * Serves the queue of this library version: takes one job at a time — a shard of a run, or a range of a
 * study's input sets — checks it (`checkShardJob`, `checkStudyJob`: data only, its version, its scenario
 * through the validator), computes it on `workers` threads and returns it (a shard as a block file, input
 * sets as their outcomes). A worker that dies mid-shard holds its lock no longer than
 * `stalledSeconds`; then another worker's stalled-job check puts the shard back and it is computed
 * again (the same bytes: a shard is a pure function of its job). Logs one line per shard on stderr.
 * Returns how many shards and study jobs it computed, once `stop` resolves and the job in hand is done.
 *
 * @throws CliError (invalid input) when Redis cannot be reached or is lost.
 */
export async function serveQueue(options: ServeOptions, ctx: Context): Promise<{ shards: number; studyJobs: number }> {
  const { t } = ctx;
  const watch = await connect(options.target, ctx);
  const studies: CheckedStudies = new Map();
  const plans: CheckedPlans = new Map();
  const scenarios = (sha256: string) => fetchScenario(watch.client, sha256);
  // One pool of threads at a time: a run's blocks or a study's input sets, of the scenario in hand.
  let held: { id: string; pool: { release(): Promise<void> } } | undefined;
  const pooled = async <T extends { release(): Promise<void> }>(id: string, make: () => T): Promise<T> => {
    if (held?.id !== id) {
      await held?.pool.release();
      held = undefined;
      held = { id, pool: make() };
    }
    return held.pool as T;
  };
  const counts = { shards: 0, studyJobs: 0 };
  const refuse = (job: Job, error: unknown): never => {
    ctx.io.stderr(`machi worker: ${t.jobRefused(job.id ?? '?', (error as Error).message)}\n`);
    throw new UnrecoverableError((error as Error).message);
  };
  const computeShard = async (job: Job): Promise<string> => {
    let shard: Awaited<ReturnType<typeof checkShardJob>>;
    try {
      shard = await checkShardJob(job.data, job.id, scenarios, studies);
    } catch (error) {
      return refuse(job, error);
    }
    const { key, scenario, index, count } = shard;
    const label = `${scenario.name} ${studyHash(key).slice(0, 12)}`;
    ctx.io.stderr(`machi worker: ${t.shardStarted(index, count, label)}\n`);
    const started = performance.now();
    const executor = await pooled(`blocks ${key.scenarioSha256}`, () => blockExecutor(scenario, options.workers));
    const computed = await runShard(scenario, key, index, count, executor);
    const bytes = encodeBlockFile({ key, shard: { index, count }, scenario: null, provenance: null, names: tableColumns(scenario), blocks: computed.blocks });
    counts.shards += 1;
    ctx.io.stderr(`machi worker: ${t.shardDone(index, count, label, (performance.now() - started) / 1000)}\n`);
    return bytes.toString('base64');
  };
  const computeStudyJob = async (job: Job): Promise<InputSetOutcome[]> => {
    let checked: Awaited<ReturnType<typeof checkStudyJob>>;
    try {
      checked = await checkStudyJob(job.data, job.id, scenarios, plans);
    } catch (error) {
      return refuse(job, error);
    }
    const { plan, tasks, first, total, scenarioSha256 } = checked;
    const range = [first, first + tasks.length - 1, total, `${plan.scenario.name} ${scenarioSha256.slice(0, 12)}`] as const;
    ctx.io.stderr(`machi worker: ${t.studyQueue.jobStarted(...range)}\n`);
    const started = performance.now();
    const executor: StudyExecutor = await pooled(`sets ${scenarioSha256}`, () => inputSetExecutor(plan.scenario, options.workers, { offMainThread: true }));
    const { outcomes } = await runInputSets(tasks, executor);
    counts.studyJobs += 1;
    ctx.io.stderr(`machi worker: ${t.studyQueue.jobDone(...range, (performance.now() - started) / 1000)}\n`);
    return [...outcomes];
  };
  // A job says what it is by its format; anything not a study job is checked (and refused) as a shard.
  const compute = (job: Job): Promise<string | InputSetOutcome[]> => (isStudyJobData(job.data) ? computeStudyJob(job) : computeShard(job));

  const worker = new Worker(QUEUE_NAME, compute, {
    connection: redisOptions(options.target),
    prefix: QUEUE_PREFIX,
    concurrency: 1,
    lockDuration: options.stalledSeconds * 1000,
    stalledInterval: options.stalledSeconds * 1000,
    // A shard whose workers keep dying (out of memory, say) fails after this many tries, with BullMQ's reason.
    maxStalledCount: 3,
  });
  worker.on('error', () => {});
  ctx.io.stderr(`machi worker: ${t.workerServing(QUEUE_NAME, options.target.display, options.workers)}\n`);
  try {
    await new Promise<void>((resolve, reject) => {
      watch.onLost((error) => reject(new CliError(EXIT.invalidInput, t.redisLost(error.display, error.message))));
      void options.stop.then(resolve);
    });
    await worker.close();
  } catch (error) {
    await Promise.race([worker.close(true).catch(() => {}), sleep(2000, undefined, { ref: false })]);
    throw error;
  } finally {
    await held?.pool.release();
    await watch.close();
  }
  return counts;
}
