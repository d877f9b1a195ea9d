// machi run --queue and machi worker on a real redis-server (started here on a free localhost port),
// with workers as separate processes: a worker killed mid-shard, Redis unreachable and lost, a second
// submission, passwords and TLS, and jobs that are not what they claim.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalScenario, loadScenario, MACHI_VERSION, studyKey } from '@machi/scenarios';
import { spawnMachi, type MachiProcess } from '../test-process.ts';
import { machiOnDisk, townYaml } from '../test-support.ts';
import { redisOptions, RedisWatch } from './redis-connection.ts';
import { parseRedisUrl } from './redis-url.ts';
import { storeScenario } from './scenario-store.ts';
import { QUEUE_NAME, QUEUE_PREFIX, shardJob, shardJobId } from './shard-job.ts';
import { freePort, startRedis, type TestRedis } from './test-redis.ts';

let work: string;
const town = new URL('../fixtures/town.yaml', import.meta.url).pathname;
const OUTPUTS = ['result.json', 'replications.csv', 'scenario.resolved.json'];
const read = (out: string) => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
const running: MachiProcess[] = [];
const servers: TestRedis[] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'machi-queue-'));
});
afterAll(async () => {
  for (const p of running) p.child.kill('SIGKILL');
  for (const r of servers) await r.stop();
  rmSync(work, { recursive: true, force: true });
});

const redis = async (options: Parameters<typeof startRedis>[0] = {}) => {
  const server = await startRedis(options);
  servers.push(server);
  return server;
};
// A killed worker's shard waits out its lock before another takes it: short here (the default is 30 s),
// but not so short that a worker starved of CPU on a loaded machine (CI, or a shared machine at a load of
// 30 on 2 cores) fails to renew its own lock in time and BullMQ, after 3 such stalls, fails the shard.
const STALLED_SECONDS = 8;
const worker = (url: string, env: Record<string, string> = {}, extra: string[] = []) => {
  const p = spawnMachi(['worker', '--queue', url, '--workers', '1', '--stalled-seconds', String(STALLED_SECONDS), '--lang', 'en', ...extra], env);
  running.push(p);
  return p;
};
/** What a one-process run of the same options writes. */
async function expectedFiles(args: readonly string[], name: string): Promise<Record<string, string>> {
  const out = join(work, name);
  const run = await machiOnDisk([...args, '--workers', '1', '--out', out]);
  expect(run.stderr).toBe('');
  return read(out);
}
const stopped = async (p: MachiProcess) => {
  p.child.kill('SIGTERM');
  return p.exited();
};

describe('machi run --queue with machi worker processes', () => {
  it('a worker killed mid-shard (kill -9): another takes its shard once stalled, and the files are the bytes of one process', { timeout: 300_000 }, async () => {
    const server = await redis();
    const args = ['run', town, '--runs', '4000', '--seed', '6', '--years', '3', '--lang', 'en'];
    const [doomed, survivor] = [worker(server.url), worker(server.url)];
    await Promise.all([doomed.waitFor(/serving the queue/), survivor.waitFor(/serving the queue/)]);
    const out = join(work, 'killed-worker');
    const submit = spawnMachi([...args, '--queue', server.url, '--shards', '4', '--out', out]);
    running.push(submit);
    const [, index] = (await doomed.waitFor(/shard (\d) of 4 of .*: started/))!;
    doomed.child.kill('SIGKILL');
    const result = await submit.exited();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The shard the killed worker held was started again by the survivor, after its lock ran out.
    expect(survivor.stderr()).toMatch(new RegExp(`shard ${index} of 4 of .*: done`));
    expect(read(out)).toEqual(await expectedFiles(args, 'killed-worker-expected'));
    // It says how many shards it computed: all those the killed worker did not finish, and more when
    // its own short lock ran out on a loaded machine and a shard was computed twice (harmless: the same
    // bytes, and the merge takes one).
    const done = survivor.stderr().match(/^machi worker: shard \d of 4 of .*: done/gm) ?? [];
    expect(done.length).toBeGreaterThanOrEqual(2);
    const end = await stopped(survivor);
    expect([end.code, end.stdout]).toEqual([0, `Stopped after computing ${done.length} shards.\n`]);
    // Once merged, the study's jobs are gone from Redis.
    const client = new Redis(redisOptions(parseRedisUrl(server.url)));
    expect(await client.keys(`${QUEUE_PREFIX}:${QUEUE_NAME}:${'?'.repeat(64)}*`)).toEqual([]);
    client.disconnect();
  });

  it('a second submission of the same study reuses the shards already finished', { timeout: 300_000 }, async () => {
    const server = await redis();
    const args = ['compare', town, '--runs', '2000', '--seed', '2', '--years', '3', '--lang', 'en'];
    const only = worker(server.url);
    const out = join(work, 'resubmitted');
    const first = spawnMachi([...args, '--queue', server.url, '--shards', '4', '--out', out]);
    running.push(first);
    await only.waitFor(/shard \d of 4 of .*: done/);
    first.child.kill('SIGKILL');
    await first.exited();
    // The worker goes on with the shards of the study the killed submitter enqueued.
    await only.waitFor(/(shard \d of 4 of .*: done[^]*){4}/);
    const second = await machiOnDisk([...args, '--queue', server.url, '--shards', '4', '--out', out]);
    expect(second.stderr).toBe('machi: 4 of 4 shards of this run had been computed already and are reused\n');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Paired comparisons/);
    expect(read(out)).toEqual(await expectedFiles(args, 'resubmitted-expected'));
    await stopped(only);
  });

  it('Redis unreachable: a clear error, exit 1, nothing in --out', { timeout: 300_000 }, async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const out = join(work, 'unreachable');
    const run = await machiOnDisk(['run', town, '--runs', '100', '--queue', url, '--out', out, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^machi: cannot reach Redis at ${url}: .*ECONNREFUSED.*\\. Nothing was written\\.\\n$`));
    expect(readdirSync(out)).toEqual([]);
    const lonely = await machiOnDisk(['worker', '--queue', url, '--lang', 'en']);
    expect([lonely.code, lonely.stderr]).toEqual([1, expect.stringMatching(/^machi: cannot reach Redis at /)]);
  });

  it('Redis lost mid-run: the submitter and the workers stop with a clear error and exit 1, nothing in --out', { timeout: 300_000 }, async () => {
    const server = await redis();
    const out = join(work, 'lost');
    const idle = worker(server.url);
    await idle.waitFor(/serving the queue/);
    // A study too long to finish before Redis goes: the submitter is waiting for its shards.
    const submit = spawnMachi(['run', 'small-town', '--runs', '2000', '--queue', server.url, '--shards', '8', '--out', out, '--lang', 'en']);
    running.push(submit);
    await idle.waitFor(/shard 0 of 8 of .*: started/);
    await server.stop();
    const [run, lost] = await Promise.all([submit.exited(), idle.exited()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^machi: lost the connection to Redis at ${server.url} \\(.*\\)\\. Nothing was written; run the same command again`));
    expect(readdirSync(out)).toEqual([]);
    expect(lost.code).toBe(1);
    expect(lost.stderr).toMatch(new RegExp(`\\nmachi: lost the connection to Redis at ${server.url} `));
  });

  it('works with a password in the URL, and says so, without showing it, when the password is wrong', { timeout: 180_000 }, async () => {
    const server = await redis({ password: 'p@ss/w:rd' });
    expect(server.url).toBe(`redis://:p%40ss%2Fw%3Ard@127.0.0.1:${server.port}`);
    const args = ['run', town, '--runs', '100', '--years', '2', '--lang', 'en'];
    const w = worker(server.url);
    await w.waitFor(/serving the queue machi-0_1_0 on redis:\/\/:\*\*\*@127\.0\.0\.1:\d+ with 1 thread/);
    const out = join(work, 'password');
    const run = await machiOnDisk([...args, '--queue', server.url, '--out', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(read(out)).toEqual(await expectedFiles(args, 'password-expected'));
    await stopped(w);
    const wrong = await machiOnDisk([...args, '--queue', `redis://:wrong@127.0.0.1:${server.port}`, '--out', join(work, 'wrong')]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(new RegExp(`^machi: cannot reach Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${server.port}: WRONGPASS`));
    expect(wrong.stderr).not.toContain('wrong@');
  });

  it('works over TLS (rediss://) with the server certificate checked against a CA given in NODE_EXTRA_CA_CERTS', { timeout: 180_000 }, async () => {
    const server = await redis({ tls: true });
    const env = { NODE_EXTRA_CA_CERTS: server.ca! };
    const args = ['run', town, '--runs', '100', '--years', '2', '--lang', 'en'];
    const w = worker(server.url, env);
    await w.waitFor(/serving the queue machi-0_1_0 on rediss:\/\/127\.0\.0\.1/);
    const out = join(work, 'tls');
    const run = await spawnMachi([...args, '--queue', server.url, '--out', out], env).exited();
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(read(out)).toEqual(await expectedFiles(args, 'tls-expected'));
    await stopped(w);
    // Without the CA the certificate is refused.
    const untrusted = await machiOnDisk([...args, '--queue', server.url, '--out', join(work, 'untrusted')]);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toMatch(/^machi: cannot reach Redis at rediss:\/\/127\.0\.0\.1:\d+: .*(self-signed|certificate)/i);
  });

  it('a worker refuses jobs that are not valid shard jobs of its version, and goes on serving', { timeout: 180_000 }, async () => {
    const server = await redis();
    const target = parseRedisUrl(server.url);
    const queue = new Queue(QUEUE_NAME, { connection: redisOptions(target), prefix: QUEUE_PREFIX });
    queue.on('error', () => {});
    try {
      const loaded = loadScenario(townYaml, 'town.yaml');
      if (!loaded.ok) throw new Error('town.yaml must validate');
      const key = studyKey(loaded.value, { runs: 100, seed: 1, horizonYears: 2 });
      const good = shardJob(key, 2, 0);
      const watch = await RedisWatch.connect(target);
      await storeScenario(watch.client, canonicalScenario(loaded.value));
      const code = await storeScenario(
        watch.client,
        '{"name": "x", "constructor": {"prototype": {"polluted": true}}, "run": "require(\'child_process\').execSync(\'touch /tmp/pwned\')"}',
      );
      await watch.close();
      const forged = {
        version: { ...good, version: '9.9.9' },
        code: { ...good, key: { ...key, scenarioSha256: code } },
        gone: { ...good, key: { ...key, scenarioSha256: 'f'.repeat(64) } },
        options: { ...good, key: { ...key, runs: -5 } },
        id: good,
        huge: { ...good, key: { ...key, runs: 1e15 } },
      };
      for (const [name, data] of Object.entries(forged)) await queue.add('shard', data, { jobId: name === 'id' ? 'not-its-id' : `forged-${name}` });
      const w = worker(server.url);
      const ids = Object.keys(forged).map((name) => (name === 'id' ? 'not-its-id' : `forged-${name}`));
      // The worker logs a refusal just before BullMQ marks the job failed: wait for the marks.
      await w.waitFor(/(refused the job [^]*){6}/);
      while ((await Promise.all(ids.map((id) => queue.getJobState(id)))).some((state) => state !== 'failed')) await new Promise((r) => setTimeout(r, 100));
      const reasons = Object.fromEntries(
        await Promise.all(Object.keys(forged).map(async (name) => [name, (await queue.getJob(name === 'id' ? 'not-its-id' : `forged-${name}`))!.failedReason] as const)),
      );
      expect(reasons).toEqual({
        version: `the job is for machi 9.9.9; this worker is machi ${MACHI_VERSION}`,
        code: expect.stringMatching(/^its scenario is not valid: /),
        gone: 'its scenario ffffffffffff… is not in Redis (expired or removed): submit the study again',
        options: expect.stringMatching(/^its options are not valid: runs must be a positive integer, got -5/),
        id: `its id not-its-id is not the id of its shard`,
        huge: 'its study is too large or malformed',
      });
      expect(existsSync('/tmp/pwned')).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // A real job after them is served.
      await queue.add('shard', good, { jobId: shardJobId(key, 2, 0) });
      await w.waitFor(/shard 0 of 2 of .*: done/);
      await stopped(w);
    } finally {
      await queue.close();
    }
  });
});
