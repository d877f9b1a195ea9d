import { setTimeout as sleep } from 'node:timers/promises';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { runShard, studyHash, tableColumns, type Scenario } from '@machi/scenarios';
import { blockExecutor, encodeBlockFile, type NodeBlockExecutor } from '@machi/scenarios/node';
import { CliError, EXIT } from '../cli-error.ts';
import type { Context } from '../context.ts';
import { connect } from './run-on-queue.ts';
import { redisOptions } from './redis-connection.ts';
import type { RedisTarget } from './redis-url.ts';
import { checkShardJob, QUEUE_NAME, QUEUE_PREFIX, type CheckedStudies } from './shard-job.ts';

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
 * Serves the queue of this library version: takes one shard at a time, checks it (`checkShardJob`:
 * data only, its version, its scenario through the validator), computes it on `workers` threads and
 * returns it as a block file. A worker that dies mid-shard holds its lock no longer than
 * `stalledSeconds`; then another worker's stalled-job check puts the shard back and it is computed
 * again (the same bytes: a shard is a pure function of its job). Logs one line per shard on stderr.
 * Returns how many shards it computed, once `stop` resolves and the shard in hand is done.
 *
 * @throws CliError (invalid input) when Redis cannot be reached or is lost.
 */
export async function serveQueue(options: ServeOptions, ctx: Context): Promise<number> {
  const { t } = ctx;
  const watch = await connect(options.target, ctx);
  const studies: CheckedStudies = new Map();
  let executor: { sha: string; executor: NodeBlockExecutor } | undefined;
  const executorFor = async (scenario: Scenario, sha: string): Promise<NodeBlockExecutor> => {
    if (executor?.sha !== sha) {
      await executor?.executor.release();
      executor = { sha, executor: blockExecutor(scenario, options.workers) };
    }
    return executor.executor;
  };
  let served = 0;
  const compute = async (job: Job): Promise<string> => {
    let shard: ReturnType<typeof checkShardJob>;
    try {
      shard = checkShardJob(job.data, job.id, studies);
    } catch (error) {
      ctx.io.stderr(`machi worker: ${t.jobRefused(job.id ?? '?', (error as Error).message)}\n`);
      throw new UnrecoverableError((error as Error).message);
    }
    const { key, scenario, index, count } = shard;
    const label = `${scenario.name} ${studyHash(key).slice(0, 12)}`;
    ctx.io.stderr(`machi worker: ${t.shardStarted(index, count, label)}\n`);
    const started = performance.now();
    const computed = await runShard(scenario, key, index, count, await executorFor(scenario, key.scenarioSha256));
    const bytes = encodeBlockFile({ key, shard: { index, count }, scenario: null, provenance: null, names: tableColumns(scenario), blocks: computed.blocks });
    served += 1;
    ctx.io.stderr(`machi worker: ${t.shardDone(index, count, label, (performance.now() - started) / 1000)}\n`);
    return bytes.toString('base64');
  };

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
    await executor?.executor.release();
    await watch.close();
  }
  return served;
}
