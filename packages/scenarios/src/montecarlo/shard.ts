import type { Scenario } from '../schema/index.ts';
import type { BlockExecutor } from './run-monte-carlo.ts';
import { tableColumns } from './columns.ts';
import { shardPlan } from './shard-plan.ts';
import { storedBlock, type StoredBlock } from './stored-block.ts';
import { checkStudy, type StudyKey } from './study.ts';

/** The result of one shard: its blocks, and the study, index and count it was computed for. */
export interface Shard {
  readonly key: StudyKey;
  readonly index: number;
  readonly count: number;
  readonly blocks: readonly StoredBlock[];
}

/**
 * Computes shard `index` of `count` of the study `key` (see `shardPlan`): its blocks on `executor`,
 * up to `concurrency` at a time, kept in block order. A pure function of (key, count, index): running
 * it twice, anywhere, gives the same shard, and `mergeShards` of all `count` shards gives the bytes of
 * `runMonteCarlo` with the same options. Every shard is computed in full, also with a stopping rule
 * (`precision`): no shard sees the others, so the rule is applied when they are merged.
 *
 * @throws Error when `key` is not a study of `scenario` and this version (`checkStudy`); RangeError for a bad index or count.
 * @example
 * const shard = await runShard(scenario, key, 2, 8, { concurrency: 1, execute: inProcess(scenario) });
 */
export async function runShard(
  scenario: Scenario,
  key: StudyKey,
  index: number,
  count: number,
  executor: { readonly concurrency: number; readonly execute: BlockExecutor },
  onProgress?: (replications: number) => void,
): Promise<Shard> {
  checkStudy(scenario, key);
  const plan = shardPlan(key, count);
  if (!Number.isSafeInteger(index) || index < 0 || index >= count) throw new RangeError(`index must be an integer from 0 to ${count - 1}, got ${index}`);
  const names = tableColumns(scenario);
  const { blocks } = plan[index]!;
  const done: StoredBlock[] = new Array(blocks.length);
  let next = 0;
  let replications = 0;
  const lane = async (): Promise<void> => {
    while (next < blocks.length) {
      const at = next++;
      const { first, count: n } = blocks[at]!;
      const block = await executor.execute({ variants: key.variants, seed: key.seed, horizonYears: key.horizonYears, first, count: n });
      done[at] = storedBlock(block, names);
      replications += n;
      onProgress?.(replications);
    }
  };
  await Promise.all(Array.from({ length: Math.min(executor.concurrency, blocks.length) }, lane));
  return { key, index, count, blocks: done };
}
