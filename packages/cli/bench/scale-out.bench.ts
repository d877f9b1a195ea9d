// scale.*: what cutting a run into shards costs, and what the job queue gives on this machine. Rates
// are replications (of every variant of small-town) per second of wall time. The machine's load is
// noted with each figure: on a shared machine the ratios, measured side by side, are what to read.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSuite } from '../../../scripts/bench-types.ts';
import { inProcess, mergeShards, PRESETS, runMonteCarlo, runShard, scenarioSchema, studyKey, tableColumns, type Shard } from '@machi/scenarios';
import { decodeBlockFile, encodeBlockFile, runMonteCarlo as runOnThreads } from '@machi/scenarios/node';
import { nodeIo, type Io } from '../src/io.ts';
import { run } from '../src/main.ts';
import { startRedis, type TestRedis } from '../src/queue/test-redis.ts';
import { spawnMachi, type MachiProcess } from '../src/test-process.ts';

const smallTown = scenarioSchema.parse(PRESETS['small-town']);
const seconds = async (work: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
};
const load = () => `machine load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;

/** `machi ARGS` in this process, quiet, on the real file system; throws unless it succeeds. */
async function machi(args: readonly string[]): Promise<void> {
  const io: Io = { ...nodeIo(), stdout: () => {}, stderr: (text) => void process.stderr.write(text), progressTerminal: false };
  const code = await run(args, io);
  if (code !== 0) throw new Error(`machi ${args.join(' ')} exited with ${code}`);
}

/** A redis-server and `workers` machi worker processes (one thread each), started before any timing. */
async function queueOf(workers: number): Promise<{ redis: TestRedis; workers: MachiProcess[]; stop: () => Promise<void> }> {
  const redis = await startRedis();
  const started = Array.from({ length: workers }, () => spawnMachi(['worker', '--queue', redis.url, '--workers', '1', '--lang', 'en']));
  const stop = async () => {
    for (const w of started) w.child.kill('SIGTERM');
    await Promise.all(started.map((w) => w.exited()));
    await redis.stop();
  };
  try {
    await Promise.all(started.map((w) => w.waitFor(/serving the queue/)));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    redis,
    workers: started,
    stop,
  };
}

/** Seconds for `machi run small-town` of this study through the queue at `url`, into a fresh folder. */
async function queued(url: string, study: readonly string[], shards: number): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'machi-bench-'));
  try {
    return await seconds(() => machi(['run', 'small-town', ...study, '--queue', url, '--shards', String(shards), '--out', out]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// Throughput: 1,000 replications in 8 shards of 125.
const THROUGHPUT = { runs: 1000, shards: 8 };
const throughputStudy = ['--runs', String(THROUGHPUT.runs), '--seed', '1'];
// A long-lived worker has compiled the model long before: its first shards are left out of the timing.
const WARM_UP = ['--runs', '100', '--years', '2', '--seed', '9'];

export const suite: BenchSuite = {
  name: 'scale',
  figures: [
    {
      name: 'scale.shards.4',
      unit: 'replications/s',
      runs: 3,
      // Baseline: one in-process run of the same 400 replications. The value is the same study as 4
      // shards computed one after the other, each written to its file format and read back, then
      // merged: the ratio is what sharding keeps (1 − ratio is its overhead).
      measure: async () => {
        const options = { runs: 400, seed: 1 };
        const key = studyKey(smallTown, options);
        const names = tableColumns(smallTown);
        await runMonteCarlo(smallTown, { runs: 50, seed: 2 }); // warm-up: compiled code for both
        const one = await seconds(() => runMonteCarlo(smallTown, options));
        let bytes = 0;
        let computing = 0;
        const sharded = await seconds(async () => {
          const files: Buffer[] = [];
          for (let i = 0; i < 4; i++) {
            const start = performance.now();
            const shard = await runShard(smallTown, key, i, 4, { concurrency: 1, execute: inProcess(smallTown) });
            computing += (performance.now() - start) / 1000;
            files.push(encodeBlockFile({ key, shard: { index: i, count: 4 }, scenario: null, provenance: null, names, blocks: shard.blocks }));
          }
          bytes = files.reduce((n, f) => n + f.length, 0);
          await mergeShards(smallTown, key, 4, (i): Shard => {
            const file = decodeBlockFile(files[i]!);
            return { key: file.key, index: i, count: 4, blocks: file.blocks };
          });
        });
        return {
          value: 400 / sharded,
          baseline: 400 / one,
          notes:
            `4 shards: ${sharded.toFixed(1)} s (${computing.toFixed(1)} s computing) against ${one.toFixed(1)} s in one run; ` +
            `files ${(bytes / 400 / 1024).toFixed(1)} KiB per replication of 4 variants × 10 years; ${load()}`,
        };
      },
    },
    {
      name: 'scale.queue.per-shard',
      unit: 'ms/shard',
      runs: 3,
      // 8 shards of 25 replications × 1 year through the queue with one local worker process (started
      // beforehand), against the same study in-process; value and baseline are per shard, and their
      // difference is what the queue adds to each shard (enqueue, a worker taking it, its result through
      // Redis, the check and the merge).
      measure: async () => {
        const study = ['--runs', '200', '--years', '1', '--seed', '1'];
        const queue = await queueOf(1);
        try {
          await queued(queue.redis.url, WARM_UP, 2);
          const through = await queued(queue.redis.url, study, 8);
          const local = await seconds(() => runMonteCarlo(smallTown, { runs: 200, horizonYears: 1, seed: 1 }));
          return {
            value: (through / 8) * 1000,
            baseline: (local / 8) * 1000,
            notes: `queue overhead ≈ ${(((through - local) / 8) * 1000).toFixed(0)} ms per shard (one worker, localhost Redis); ${load()}`,
          };
        } finally {
          await queue.stop();
        }
      },
    },
    {
      name: 'scale.queue.w1',
      unit: 'replications/s',
      runs: 3,
      // Baseline: in-process, one thread. Value: the same study through the queue with one worker
      // process (one thread), started and warmed up beforehand.
      measure: async () => {
        const queue = await queueOf(1);
        try {
          await queued(queue.redis.url, WARM_UP, 2);
          const through = await queued(queue.redis.url, throughputStudy, THROUGHPUT.shards);
          const local = await seconds(() => runOnThreads(smallTown, { runs: THROUGHPUT.runs, seed: 1, workers: 1 }));
          return { value: THROUGHPUT.runs / through, baseline: THROUGHPUT.runs / local, notes: `${THROUGHPUT.runs} replications in ${THROUGHPUT.shards} shards; ${load()}` };
        } finally {
          await queue.stop();
        }
      },
    },
    {
      name: 'scale.queue.w2',
      unit: 'replications/s',
      runs: 3,
      // Baseline: in-process, one thread. Value: two worker processes through the queue; the notes put
      // it beside the in-process pool of two threads. Two independent processes on this machine give
      // about 1.3–1.4× one (mc.machine.2jobs): the ceiling for both.
      measure: async () => {
        const queue = await queueOf(2);
        try {
          await queued(queue.redis.url, WARM_UP, 4);
          const through = await queued(queue.redis.url, throughputStudy, THROUGHPUT.shards);
          const one = await seconds(() => runOnThreads(smallTown, { runs: THROUGHPUT.runs, seed: 1, workers: 1 }));
          const pool = await seconds(() => runOnThreads(smallTown, { runs: THROUGHPUT.runs, seed: 1, workers: 2 }));
          return {
            value: THROUGHPUT.runs / through,
            baseline: THROUGHPUT.runs / one,
            notes: `in-process pool of 2 threads: ${(one / pool).toFixed(2)} × one thread; queue with 2 workers: ${(one / through).toFixed(2)} × one thread, ${(pool / through).toFixed(2)} × the pool; ${load()}`,
          };
        } finally {
          await queue.stop();
        }
      },
    },
  ],
};
