import type { Shard } from './shard.ts';
import { shardPlan } from './shard-plan.ts';
import { studyDifference, type StudyKey } from './study.ts';

/** Why a shard is not the one expected: data, worded by whoever reports it. */
export type ShardProblem =
  | { readonly code: 'study'; readonly field: string; readonly expected: string; readonly got: string }
  | { readonly code: 'count'; readonly expected: number; readonly got: number }
  | { readonly code: 'index'; readonly expected: number; readonly got: number }
  | { readonly code: 'content'; readonly detail: string };

/**
 * What is wrong with `shard` as shard `index` of `count` of the study `key` with table columns
 * `names`, or undefined when nothing is: its key, count and index, then its blocks (exactly the plan's
 * blocks of that shard, each with every variant of the study in order and every column at its size).
 *
 * @example
 * shardProblem(shard, key, 8, 3, tableColumns(scenario)); // undefined, or { code: 'study', field: 'seed', … }
 */
export function shardProblem(shard: Shard, key: StudyKey, count: number, index: number, names: readonly string[]): ShardProblem | undefined {
  const difference = studyDifference(key, shard.key);
  if (difference) return { code: 'study', ...difference };
  if (shard.count !== count) return { code: 'count', expected: count, got: shard.count };
  if (shard.index !== index) return { code: 'index', expected: index, got: shard.index };
  const planned = shardPlan(key, count)[index]!.blocks;
  if (shard.blocks.length !== planned.length) return { code: 'content', detail: `${shard.blocks.length} blocks, expected ${planned.length}` };
  for (let b = 0; b < planned.length; b++) {
    const block = shard.blocks[b]!;
    const { first, count: n } = planned[b]!;
    if (block.first !== first || block.count !== n) return { code: 'content', detail: `block ${b} holds replications ${block.first}+${block.count}, expected ${first}+${n}` };
    if (block.variants.map((v) => v.variant).join() !== key.variants.join()) return { code: 'content', detail: `block ${b} holds variants ${block.variants.map((v) => v.variant).join(', ')}` };
    for (const v of block.variants) {
      const columns = Object.keys(v.columns);
      if (columns.join() !== names.join()) return { code: 'content', detail: `block ${b} has columns that are not this scenario's` };
      if (columns.some((c) => v.columns[c]!.length !== n * key.horizonYears)) return { code: 'content', detail: `block ${b} has a column of the wrong length` };
    }
  }
  return undefined;
}
