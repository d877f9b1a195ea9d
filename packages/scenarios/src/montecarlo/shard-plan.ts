import { planBlocks } from '@machi/sim-core';
import type { StudyKey } from './study.ts';

/** One shard of a study: a fixed run of consecutive blocks of replications. */
export interface ShardRange {
  readonly index: number;
  readonly count: number;
  /** The blocks of the study's plan this shard computes, in order. */
  readonly blocks: readonly { readonly first: number; readonly count: number }[];
  /** First replication of the shard, and how many it holds. */
  readonly first: number;
  readonly replications: number;
}

/** The blocks of a study, in the order every run hands them out (`planBlocks` of its options). */
export const studyBlocks = (key: StudyKey): { first: number; count: number }[] => planBlocks(key.runs, key.blockSize, key.batchSize);

/**
 * The study's blocks cut into `count` shards of consecutive blocks, as even as whole blocks allow
 * (shard i holds blocks ⌊i·B/count⌋ … ⌊(i+1)·B/count⌋ − 1 of the B blocks). A shard depends on (key,
 * count, index) alone, so every machine that computes shard i of `count` computes the same replications.
 *
 * @throws RangeError when `count` is not an integer between 1 and the number of blocks.
 * @example
 * shardPlan(key, 4)[1].first; // 250 for 1000 runs in blocks of 25
 */
export function shardPlan(key: StudyKey, count: number): ShardRange[] {
  const blocks = studyBlocks(key);
  if (!Number.isSafeInteger(count) || count < 1 || count > blocks.length) {
    throw new RangeError(`count must be an integer from 1 to ${blocks.length} (the blocks of ${key.runs} replications in blocks of ${key.blockSize}), got ${count}`);
  }
  return Array.from({ length: count }, (_, index) => {
    const own = blocks.slice(Math.floor((index * blocks.length) / count), Math.floor(((index + 1) * blocks.length) / count));
    return { index, count, blocks: own, first: own[0]!.first, replications: own.reduce((sum, b) => sum + b.count, 0) };
  });
}
