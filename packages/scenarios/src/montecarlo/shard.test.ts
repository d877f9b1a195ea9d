import { describe, expect, it } from 'vitest';
import { quietTown, quietTownInput } from '../testing/index.ts';
import { PRESETS } from '../presets/index.ts';
import { scenarioSchema, type Scenario } from '../schema/index.ts';
import { replicationsCSV } from './replications-csv.ts';
import { inProcess, resultToJSON, runMonteCarlo, type MonteCarloResult } from './run-monte-carlo.ts';
import { mergeShards } from './merge-shards.ts';
import { runShard, type Shard } from './shard.ts';
import { shardPlan } from './shard-plan.ts';
import { studyKey, studyOptions, type StudyKey } from './study.ts';

const smallTown = scenarioSchema.parse(PRESETS['small-town']);
// A fast town: mis-sent letters at 3 a year, nothing else.
const input = quietTownInput();
input.threats.leaks[0]!.annualRate = 3;
const letters = quietTown({ threats: input.threats });
const bytes = (r: MonteCarloResult) => resultToJSON(r) + [...replicationsCSV(r.tables)].join('');
const shardsOf = async (scenario: Scenario, key: StudyKey, count: number): Promise<Shard[]> => {
  const shards: Shard[] = [];
  for (let i = 0; i < count; i++) shards.push(await runShard(scenario, key, i, count, { concurrency: 2, execute: inProcess(scenario) }));
  return shards;
};

describe('shards', () => {
  it('merged in index order give the bytes of one run (result.json and replications.csv) for 1, 2, 3 and 8 shards', async () => {
    const options = { runs: 24, seed: 5, horizonYears: 3, blockSize: 3, batchSize: 12 };
    const key = studyKey(smallTown, options);
    const expected = bytes(await runMonteCarlo(smallTown, options));
    for (const count of [1, 2, 3, 8]) {
      const shards = await shardsOf(smallTown, key, count);
      expect(bytes(await mergeShards(smallTown, key, count, (i) => shards[i]!)), `${count} shards`).toBe(expected);
    }
  });

  it('whatever order they were computed in, and whatever order the merge asks for them', async () => {
    const options = { runs: 30, seed: 2, horizonYears: 3, blockSize: 5, batchSize: 10 };
    const key = studyKey(letters, options);
    const reversed: Shard[] = [];
    for (const i of [2, 1, 0]) reversed[i] = await runShard(letters, key, i, 3, { concurrency: 1, execute: inProcess(letters) });
    const asked: number[] = [];
    const merged = await mergeShards(letters, key, 3, async (i) => (asked.push(i), reversed[i]!));
    expect(asked).toEqual([0, 1, 2]);
    expect(bytes(merged)).toBe(bytes(await runMonteCarlo(letters, options)));
  });

  it('with a stopping rule, every shard runs in full and the merge stops where one process stops', async () => {
    const options = { runs: 900, seed: 3, precision: 0.05, batchSize: 100, blockSize: 50 };
    const one = await runMonteCarlo(letters, options);
    expect(one.stamp.stoppedBy).toBe('precision');
    expect(one.stamp.runs).toBeLessThan(600);
    const key = studyKey(letters, options);
    const shards = await shardsOf(letters, key, 3);
    expect(shards.map((s) => s.blocks.reduce((n, b) => n + b.count, 0))).toEqual([300, 300, 300]);
    const asked: number[] = [];
    const merged = await mergeShards(letters, key, 3, (i) => (asked.push(i), shards[i]!));
    expect(resultToJSON(merged)).toBe(resultToJSON(one));
    // The shards past the stopping point are never read.
    expect(asked).toEqual([...new Set(shardPlan(key, 3).filter((s) => s.first < one.stamp.runs).map((s) => s.index))]);
  });

  it('a shard is a pure function of (key, count, index): computed twice, it is the same', async () => {
    const key = studyKey(letters, { runs: 20, seed: 9, horizonYears: 2, blockSize: 5 });
    const [a] = await shardsOf(letters, key, 2);
    const b = await runShard(letters, key, 0, 2, { concurrency: 1, execute: inProcess(letters) });
    expect(b).toEqual(a);
  });

  it('the merge refuses a shard that is not the one it asked for', async () => {
    const key = studyKey(letters, { runs: 10, seed: 1, horizonYears: 1, blockSize: 5 });
    const shards = await shardsOf(letters, key, 2);
    await expect(mergeShards(letters, key, 2, () => shards[0]!)).rejects.toThrow('asked for shard 1 of 2, got shard 0 of 2');
  });

  it('refuses a study of another scenario or version', async () => {
    const key = studyKey(smallTown, { runs: 10, seed: 1 });
    const other = scenarioSchema.parse({ ...PRESETS['small-town'], name: 'another town' });
    await expect(runShard(other, key, 0, 1, { concurrency: 1, execute: inProcess(other) })).rejects.toThrow(/made for scenarioSha256 "[0-9a-f]{64}", not/);
    await expect(mergeShards(smallTown, { ...key, version: '0.0.1' }, 1, () => { throw new Error('never read'); })).rejects.toThrow('made for version "0.0.1", not "0.1.0"');
  });

  it('refuses an index outside the count', async () => {
    const key = studyKey(smallTown, { runs: 10, seed: 1, blockSize: 5 });
    await expect(runShard(smallTown, key, 2, 2, { concurrency: 1, execute: inProcess(smallTown) })).rejects.toThrow('index must be an integer from 0 to 1, got 2');
  });

  it('studyOptions(studyKey(s, o)) runs the same study as o', () => {
    const options = { runs: 10, seed: 'x', variants: ['housing'] };
    const key = studyKey(smallTown, options);
    expect(studyKey(smallTown, studyOptions(key))).toEqual(key);
    expect(key).toMatchObject({ runs: 10, seed: 'x', variants: ['housing'], horizonYears: 10, blockSize: 25, batchSize: 250, precision: null, inputSets: null });
  });
});

describe('shardPlan', () => {
  const key = studyKey(smallTown, { runs: 100, seed: 1, blockSize: 10, batchSize: 25 });

  it('cuts the blocks of the plan into consecutive shards, as even as whole blocks allow', () => {
    // Blocks: 0+10, 10+10, 20+5 in each batch of 25 → 12 blocks.
    expect(shardPlan(key, 5).map((s) => [s.first, s.replications, s.blocks.length])).toEqual([
      [0, 20, 2],
      [20, 15, 2],
      [35, 25, 3],
      [60, 15, 2],
      [75, 25, 3],
    ]);
    expect(shardPlan(key, 1)[0]!.replications).toBe(100);
    expect(shardPlan(key, 12).every((s) => s.blocks.length === 1)).toBe(true);
  });

  it('refuses more shards than blocks', () => {
    expect(() => shardPlan(key, 13)).toThrow('count must be an integer from 1 to 12 (the blocks of 100 replications in blocks of 10), got 13');
    expect(() => shardPlan(key, 0)).toThrow('got 0');
  });
});
