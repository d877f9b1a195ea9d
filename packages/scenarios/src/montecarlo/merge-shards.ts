import type { Scenario } from '../schema/index.ts';
import { runMonteCarloWith, type BlockExecutor, type MonteCarloResult } from './run-monte-carlo.ts';
import type { Shard } from './shard.ts';
import { shardPlan } from './shard-plan.ts';
import { scenarioBlock } from './stored-block.ts';
import { checkStudy, studyOptions, type StudyKey } from './study.ts';

/**
 * A block executor that takes every block from the shards of a study instead of computing it:
 * `load(i)` gives shard i of `count` (read from a file, awaited from a job queue), and is asked for
 * each shard once when its blocks are taken in order. Only the shard being read is held.
 *
 * @throws Error (through the executor's promise) when a loaded shard is not shard i of this study.
 */
export function shardReplay(key: StudyKey, count: number, load: (index: number) => Shard | Promise<Shard>): BlockExecutor {
  const plan = shardPlan(key, count);
  const shardOfBlock = new Map(plan.flatMap((s) => s.blocks.map((b) => [b.first, s.index] as const)));
  let current: { index: number; shard: Promise<Shard> } | undefined;
  return async (task) => {
    const index = shardOfBlock.get(task.first);
    if (index === undefined) throw new Error(`no shard holds a block starting at replication ${task.first}`);
    if (current?.index !== index) current = { index, shard: Promise.resolve(load(index)) };
    const shard = await current.shard;
    if (shard.index !== index || shard.count !== count) throw new Error(`asked for shard ${index} of ${count}, got shard ${shard.index} of ${shard.count}`);
    const block = shard.blocks.find((b) => b.first === task.first);
    if (block === undefined || block.count !== task.count) throw new Error(`shard ${index} of ${count} does not hold replications ${task.first} to ${task.first + task.count - 1}`);
    return scenarioBlock(block);
  };
}

/**
 * The result of a study from its `count` shards: byte-identical to `runMonteCarlo(scenario,
 * studyOptions(key))`, because it is that very run with every block taken from the shards. With a
 * stopping rule the run stops where the one-process run stops, and the blocks after it go unused.
 *
 * @throws Error when `key` is not a study of `scenario` and this version (`checkStudy`).
 * @example
 * const result = await mergeShards(scenario, key, 8, (i) => shards[i]);
 */
export async function mergeShards(
  scenario: Scenario,
  key: StudyKey,
  count: number,
  load: (index: number) => Shard | Promise<Shard>,
  options: { onProgress?: (progress: { replications: number; runs: number }) => void } = {},
): Promise<MonteCarloResult> {
  checkStudy(scenario, key);
  return runMonteCarloWith(scenario, { ...studyOptions(key), ...options }, { concurrency: 1, execute: shardReplay(key, count, load) });
}
