import { describe, expect, it } from 'vitest';
import { canonicalScenario, loadScenario, studyKey } from '@machi/scenarios';
import { townYaml } from '../test-support.ts';
import { checkShardJob, shardJob, shardJobId, type CheckedStudies } from './shard-job.ts';

const loaded = loadScenario(townYaml, 'town.yaml');
if (!loaded.ok) throw new Error('town.yaml must validate');
const key = studyKey(loaded.value, { runs: 100, seed: 3, horizonYears: 2 });
const text = canonicalScenario(loaded.value);

describe('checkShardJob', () => {
  it('gives back the validated scenario, key and shard of a job made by shardJob', () => {
    const checked = checkShardJob(JSON.parse(JSON.stringify(shardJob(key, text, 4, 2))), shardJobId(key, 4, 2));
    expect(checked.key).toEqual(key);
    expect([checked.index, checked.count, checked.scenario.name]).toEqual([2, 4, loaded.value.name]);
  });

  it('validates a study once for all its shards', () => {
    const studies: CheckedStudies = new Map();
    const a = checkShardJob(shardJob(key, text, 4, 0), undefined, studies);
    const b = checkShardJob(shardJob(key, text, 4, 1), undefined, studies);
    expect(b.scenario).toBe(a.scenario);
    expect(studies.size).toBe(1);
    // Another key for the same scenario is another study.
    const other = studyKey(loaded.value, { runs: 100, seed: 4, horizonYears: 2 });
    expect(checkShardJob(shardJob(other, text, 4, 0), undefined, studies).key.seed).toBe(4);
  });

  it.each([
    ['not a job', 'not a machi-shard-job/v1 job'] as [unknown, string | RegExp],
    [{ ...shardJob(key, text, 4, 0), format: 'x' }, 'not a machi-shard-job/v1 job'],
    [{ ...shardJob(key, text, 4, 0), scenario: 'name: [' }, /^its scenario is not valid: /],
    [{ ...shardJob(key, text, 4, 0), key: { ...key, seed: 3.5 } }, /^its options are not valid: /],
    [{ ...shardJob(key, text, 4, 0), key: { ...key, algorithms: { ...key.algorithms, model: 'other' } } }, 'its study key does not match its scenario and options (algorithms)'],
    [{ ...shardJob(key, text, 4, 0), key: { ...key, scenarioSha256: '0'.repeat(64) } }, 'its study key does not match its scenario and options (scenarioSha256)'],
    [{ ...shardJob(key, text, 4, 0), count: 5 }, 'its shard count 5 is not valid'],
    [{ ...shardJob(key, text, 4, 0), index: 4 }, 'its shard index 4 is not valid'],
  ])('refuses a job that is not what it claims (case %#)', (data, reason) => {
    expect(() => checkShardJob(data, undefined)).toThrow(reason);
  });
});
