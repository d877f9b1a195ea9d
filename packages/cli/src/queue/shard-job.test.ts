import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalScenario, loadScenario, studyKey } from '@machi/scenarios';
import { townYaml } from '../test-support.ts';
import { checkShardJob, shardJob, shardJobId, type CheckedStudies } from './shard-job.ts';
import { scenarioSource } from './test-scenarios.ts';

const loaded = loadScenario(townYaml, 'town.yaml');
if (!loaded.ok) throw new Error('town.yaml must validate');
const key = studyKey(loaded.value, { runs: 100, seed: 3, horizonYears: 2 });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const broken = 'name: [';
// Scenario texts by hash, as Redis holds them for a worker.
const source = (texts: readonly string[] | ReadonlyMap<string, string> = [canonicalScenario(loaded.value), broken]) => scenarioSource(texts);
const check = (data: unknown, jobId?: string) => checkShardJob(data, jobId, source().fetch);

describe('checkShardJob', () => {
  it('gives back the validated scenario, key and shard of a job made by shardJob', async () => {
    const checked = await check(JSON.parse(JSON.stringify(shardJob(key, 4, 2))), shardJobId(key, 4, 2));
    expect(checked.key).toEqual(key);
    expect([checked.index, checked.count, checked.scenario.name]).toEqual([2, 4, loaded.value.name]);
  });

  it('names its scenario by the key\'s hash instead of carrying it', () => {
    expect(JSON.stringify(shardJob(key, 4, 2))).not.toContain(loaded.value.name);
    expect(key.scenarioSha256).toBe(sha256(canonicalScenario(loaded.value)));
  });

  it('fetches and validates a study once for all its shards', async () => {
    const studies: CheckedStudies = new Map();
    const { fetch, fetched } = source();
    const a = await checkShardJob(shardJob(key, 4, 0), undefined, fetch, studies);
    const b = await checkShardJob(shardJob(key, 4, 1), undefined, fetch, studies);
    expect(b.scenario).toBe(a.scenario);
    expect(studies.size).toBe(1);
    expect(fetched).toEqual([key.scenarioSha256]);
    // Another key for the same scenario is another study.
    const other = studyKey(loaded.value, { runs: 100, seed: 4, horizonYears: 2 });
    expect((await checkShardJob(shardJob(other, 4, 0), undefined, fetch, studies)).key.seed).toBe(4);
  });

  it('refuses a scenario that is gone from Redis, or is not the text of its hash', async () => {
    await expect(checkShardJob(shardJob(key, 4, 0), undefined, source(new Map()).fetch)).rejects.toThrow(`its scenario ${key.scenarioSha256.slice(0, 12)}… is not in Redis`);
    const swapped = new Map([[key.scenarioSha256, broken]]);
    await expect(checkShardJob(shardJob(key, 4, 0), undefined, source(swapped).fetch)).rejects.toThrow(
      `the scenario stored under ${key.scenarioSha256.slice(0, 12)}… is not the text of that hash`,
    );
  });

  it.each([
    ['not a job', 'not a machi-shard-job/v2 job'] as [unknown, string | RegExp],
    [{ ...shardJob(key, 4, 0), format: 'x' }, 'not a machi-shard-job/v2 job'],
    [{ ...shardJob(key, 4, 0), key: undefined }, 'the job has no study key naming its scenario (64 hexadecimal digits)'],
    [{ ...shardJob(key, 4, 0), key: { ...key, scenarioSha256: '../x' } }, 'the job has no study key naming its scenario (64 hexadecimal digits)'],
    [{ ...shardJob(key, 4, 0), key: { ...key, scenarioSha256: sha256(broken) } }, /^its scenario is not valid: /],
    [{ ...shardJob(key, 4, 0), key: { ...key, seed: 3.5 } }, /^its options are not valid: /],
    [{ ...shardJob(key, 4, 0), key: { ...key, algorithms: { ...key.algorithms, model: 'other' } } }, 'its study key does not match its scenario and options (algorithms)'],
    [{ ...shardJob(key, 4, 0), count: 5 }, 'its shard count 5 is not valid'],
    [{ ...shardJob(key, 4, 0), index: 4 }, 'its shard index 4 is not valid'],
  ])('refuses a job that is not what it claims (case %#)', async (data, reason) => {
    await expect(check(data)).rejects.toThrow(reason);
  });
});
