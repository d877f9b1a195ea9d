// machi uncertainty|sensitivity --queue and machi worker on a real redis-server (started here on a free
// localhost port), with workers as separate processes: the bytes of the in-process study, a second
// submission, and study jobs that are not what they claim. Studies are tiny: the point is the plumbing.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MACHI_VERSION, parseText } from '@machi/scenarios';
import { spawnMachi, type MachiProcess } from '../test-process.ts';
import { editTown, machiOnDisk } from '../test-support.ts';
import { redisOptions, RedisWatch } from './redis-connection.ts';
import { parseRedisUrl } from './redis-url.ts';
import { scenarioKey, storeScenario } from './scenario-store.ts';
import { QUEUE_NAME, QUEUE_PREFIX } from './shard-job.ts';
import { studyJob, studyJobId } from './study-job.ts';
import { freePort, startRedis, type TestRedis } from './test-redis.ts';

// The fixture town with one ranged number: the town hall generator's chance of failing to start.
const townText = editTown(
  'generatorFailureProbability: 0.1\n',
  'generatorFailureProbability: { value: 0.1, source: "assumption: test", range: { low: 0.02, high: 0.4, meaning: "min-max", shape: "triangular", ' +
    'source: "assumption: test" } }\n',
);
const UNCERTAINTY = ['uncertainty', 'TOWN', '--input-sets', '4', '--replications', '2', '--years', '2', '--seed', '3', '--lang', 'en'];
const SENSITIVITY = ['sensitivity', 'TOWN', '--trajectories', '2', '--leading', '1', '--base-count', '2', '--switching', '1', '--replications', '3', '--years', '1', '--seed', '3', '--lang', 'en'];
// Files that do not name their --out folder: report.md and report.html show the command that made them.
const OUTPUTS = ['result.json', 'input-sets.csv'];

let work: string;
let town: string;
const running: MachiProcess[] = [];
const servers: TestRedis[] = [];
const read = (out: string) => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
const argv = (args: readonly string[]) => args.map((a) => (a === 'TOWN' ? town : a));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'machi-study-queue-'));
  town = join(work, 'town.yaml');
  writeFileSync(town, townText);
});
afterAll(async () => {
  for (const p of running) p.child.kill('SIGKILL');
  for (const r of servers) await r.stop();
  rmSync(work, { recursive: true, force: true });
});

const redis = async () => {
  const server = await startRedis();
  servers.push(server);
  return server;
};
const spawned = (args: readonly string[]) => {
  const p = spawnMachi(args);
  running.push(p);
  return p;
};
const worker = (url: string) => spawned(['worker', '--queue', url, '--workers', '1', '--stalled-seconds', '8', '--lang', 'en']);
const stopped = async (p: MachiProcess) => {
  p.child.kill('SIGTERM');
  return p.exited();
};
/** What the in-process study of the same options writes. */
async function expectedFiles(args: readonly string[], name: string): Promise<Record<string, string>> {
  const out = join(work, name);
  const run = await machiOnDisk([...argv(args), '--workers', '1', '--out', out]);
  expect([run.code, run.stderr]).toEqual([0, '']);
  return read(out);
}

describe('machi uncertainty|sensitivity --queue with machi worker processes', () => {
  it('an uncertainty and a sensitivity study on two workers are the bytes of the in-process studies', { timeout: 300_000 }, async () => {
    const server = await redis();
    const workers = [worker(server.url), worker(server.url)];
    await Promise.all(workers.map((w) => w.waitFor(/serving the queue/)));
    for (const [args, name] of [[UNCERTAINTY, 'uncertainty'], [SENSITIVITY, 'sensitivity']] as const) {
      const out = join(work, `two-workers-${name}`);
      const run = await machiOnDisk([...argv(args), '--queue', server.url, '--shards', '3', '--out', out]);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toContain(`Written: ${out}/result.json`);
      expect(read(out)).toEqual(await expectedFiles(args, `two-workers-${name}-expected`));
    }
    // The uncertainty study's 5 input sets went as 3 jobs: sets 0–0, 1–2 and 3–4.
    const log = workers.map((w) => w.stderr()).join('');
    for (const range of ['input set 0 of 5', 'input sets 1–2 of 5', 'input sets 3–4 of 5']) expect(log).toMatch(new RegExp(`${range} of 試験町 [0-9a-f]{12}: done in`));
    const ends = await Promise.all(workers.map(stopped));
    expect(ends.map((e) => e.code)).toEqual([0, 0]);
    expect(ends.map((e) => e.stdout).join('')).toMatch(/study job/);
  });

  it('a second submission of the same study reuses the jobs already finished', { timeout: 300_000 }, async () => {
    const server = await redis();
    const out = join(work, 'resubmitted');
    // No worker yet: the first submitter enqueues its jobs, says so, and is killed.
    const first = spawned([...argv(UNCERTAINTY), '--queue', server.url, '--shards', '4', '--out', out]);
    await first.waitFor(/no worker serves the queue/);
    first.child.kill('SIGKILL');
    await first.exited();
    // Its 4 jobs name the scenario by hash; Redis holds the scenario once.
    const queue = new Queue(QUEUE_NAME, { connection: redisOptions(parseRedisUrl(server.url)), prefix: QUEUE_PREFIX });
    queue.on('error', () => {});
    const waiting = await queue.getWaiting();
    const hashes = [...new Set(waiting.map((job) => job.data.scenarioSha256 as string))];
    const redisClient = await RedisWatch.connect(parseRedisUrl(server.url));
    const stored = await redisClient.client.get(scenarioKey(hashes[0]!));
    await Promise.all([queue.close(), redisClient.close()]);
    expect([waiting.length, hashes.length]).toEqual([4, 1]);
    expect(stored).toContain('試験町');
    for (const job of waiting) expect(JSON.stringify(job.data).length).toBeLessThan(stored!.length / 10);
    const only = worker(server.url);
    await only.waitFor(/(: done in [^]*){4}/);
    const second = await machiOnDisk([...argv(UNCERTAINTY), '--queue', server.url, '--shards', '4', '--out', out]);
    expect([second.code, second.stderr]).toEqual([0, 'machi: 4 of 4 jobs of this study had been computed already and were reused\n']);
    expect(read(out)).toEqual(await expectedFiles(UNCERTAINTY, 'resubmitted-expected'));
    // The worker computed each job once.
    expect(only.stderr().match(/: done in/g)).toHaveLength(4);
    await stopped(only);
  });

  it('a worker refuses study jobs that are not what they claim, and goes on serving', { timeout: 180_000 }, async () => {
    const server = await redis();
    const queue = new Queue(QUEUE_NAME, { connection: redisOptions(parseRedisUrl(server.url)), prefix: QUEUE_PREFIX });
    queue.on('error', () => {});
    try {
      const parsed = parseText(townText, 'town.yaml');
      if (!parsed.ok) throw new Error('town.yaml must parse');
      const watch = await RedisWatch.connect(parseRedisUrl(server.url));
      const { client } = watch;
      const scenario = await storeScenario(client, JSON.stringify(parsed.data));
      const options = { variants: ['onprem', 'housing'], seed: 3, horizonYears: 1, replications: 2 };
      const good = studyJob(scenario, options, 0, 1, [[0.1]]);
      const code = await storeScenario(client, '{"name": "x", "run": "require(\'child_process\').execSync(\'touch /tmp/pwned\')"}');
      const forged: Record<string, unknown> = {
        version: { ...good, version: '9.9.9' },
        code: { ...good, scenarioSha256: code },
        gone: { ...good, scenarioSha256: '0'.repeat(64) },
        outside: { ...good, values: [[40]] },
        id: good,
      };
      const idOf = (name: string) => (name === 'id' ? 'study-not-its-id' : `forged-${name}`);
      for (const [name, data] of Object.entries(forged)) await queue.add('study', data, { jobId: idOf(name) });
      const w = worker(server.url);
      await w.waitFor(/(refused the job [^]*){5}/);
      const ids = Object.keys(forged).map(idOf);
      while ((await Promise.all(ids.map((id) => queue.getJobState(id)))).some((state) => state !== 'failed')) await new Promise((r) => setTimeout(r, 100));
      const reasons = Object.fromEntries(await Promise.all(Object.keys(forged).map(async (name) => [name, (await queue.getJob(idOf(name)))!.failedReason] as const)));
      expect(reasons).toEqual({
        version: `the job is for machi 9.9.9; this worker is machi ${MACHI_VERSION}`,
        code: expect.stringMatching(/^its scenario is not valid: /),
        gone: 'its scenario 000000000000… is not in Redis (expired or removed): submit the study again',
        outside: 'its input set 0 gives sites[0].generatorFailureProbability the value 40, outside 0.02 … 0.4',
        id: 'its id study-not-its-id is not the id of its input sets',
      });
      expect(readdirSync('/tmp')).not.toContain('pwned');
      // A real study job after them is served.
      await queue.add('study', good, { jobId: studyJobId(good) });
      await w.waitFor(/input set 0 of 1 of 試験町 [0-9a-f]{12}: done/);
      await stopped(w);
      await watch.close();
    } finally {
      await queue.close();
    }
  });

  it('Redis lost mid-study: the submitter stops with the error of run --queue and exit 1, nothing in --out', { timeout: 300_000 }, async () => {
    const server = await redis();
    const idle = worker(server.url);
    await idle.waitFor(/serving the queue/);
    // small-town's input sets take seconds each: the submitter is waiting for them when Redis goes.
    const out = join(work, 'lost');
    const submit = spawned(['uncertainty', 'small-town', '--input-sets', '4', '--replications', '2', '--years', '1', '--queue', server.url, '--out', out, '--lang', 'en']);
    await idle.waitFor(/input sets? [\d–]+ of 5 of .*: started/);
    await server.stop();
    const run = await submit.exited();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^machi: lost the connection to Redis at ${server.url} \\(.*\\)\\. Nothing was written; run the same command again`));
    expect(readdirSync(out)).toEqual([]);
    expect((await idle.exited()).code).toBe(1);
  });

  it('a bad URL, Redis unreachable, --shards without --queue, --workers with it: the messages of run --queue, nothing written', { timeout: 120_000 }, async () => {
    const refused = async (args: readonly string[]) => {
      const out = join(work, `refused-${refusals++}`);
      const run = await machiOnDisk([...argv(args), '--out', out]);
      let files: string[] = [];
      try {
        files = readdirSync(out);
      } catch {
        // never created
      }
      expect(files).toEqual([]);
      return `${run.code} ${run.stderr}`;
    };
    let refusals = 0;
    expect(await refused([...UNCERTAINTY, '--queue', 'http://localhost'])).toMatch(/^2 machi: --queue: /);
    expect(await refused([...SENSITIVITY, '--shards', '2'])).toBe('2 machi: --shards needs --queue\n');
    expect(await refused([...UNCERTAINTY, '--queue', 'redis://127.0.0.1:1', '--workers', '2'])).toBe('2 machi: --workers has no effect with --queue: give it to each machi worker\n');
    const url = `redis://127.0.0.1:${await freePort()}`;
    expect(await refused([...SENSITIVITY, '--queue', url])).toMatch(new RegExp(`^1 machi: cannot reach Redis at ${url}: .*ECONNREFUSED.*\\. Nothing was written\\.\\n$`));
  });
});
