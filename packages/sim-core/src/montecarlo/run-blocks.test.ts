import { describe, expect, it } from 'vitest';
import { planBlocks, runBlocks } from './run-blocks.ts';

// Blocks finish out of order: block b takes a delay that varies with b, so with several in flight the
// completion order differs from the replication order.
const delayed = (first: number, count: number) =>
  new Promise<[number, number]>((resolve) => setTimeout(() => resolve([first, count]), ((first * 7) % 5) + 1));

describe('runBlocks', () => {
  it('returns the blocks in replication order whatever the concurrency', async () => {
    const expected = await runBlocks({ runs: 95, blockSize: 10, concurrency: 1, runBlock: delayed });
    expect(expected.results).toEqual([[0, 10], [10, 10], [20, 10], [30, 10], [40, 10], [50, 10], [60, 10], [70, 10], [80, 10], [90, 5]]);
    expect(expected.stoppedBy).toBe('runs');
    for (const concurrency of [2, 3, 8]) {
      expect(await runBlocks({ runs: 95, blockSize: 10, concurrency, runBlock: delayed })).toEqual(expected);
    }
  });

  it('stops at the first batch boundary where shouldStop says so, whatever the concurrency', async () => {
    for (const concurrency of [1, 2, 3, 8]) {
      const asked: number[] = [];
      const result = await runBlocks({
        runs: 200,
        blockSize: 5,
        batchSize: 20,
        concurrency,
        runBlock: delayed,
        shouldStop: (results, replications) => {
          asked.push(replications);
          expect(results.length * 5).toBe(replications);
          return replications >= 60;
        },
      });
      expect(asked).toEqual([20, 40, 60]);
      expect(result.replications).toBe(60);
      expect(result.results.length).toBe(12);
      expect(result.stoppedBy).toBe('precision');
    }
  });

  it('never asks at the last boundary: reaching runs stops by runs', async () => {
    const asked: number[] = [];
    const result = await runBlocks({
      runs: 40, blockSize: 10, batchSize: 20, concurrency: 2, runBlock: delayed,
      shouldStop: (_, n) => (asked.push(n), false),
    });
    expect(asked).toEqual([20]);
    expect(result.stoppedBy).toBe('runs');
  });

  it('returns the contiguous finished prefix when cancelled', async () => {
    const controller = new AbortController();
    const finishedBlocks: number[] = [];
    const result = await runBlocks({
      runs: 1000,
      blockSize: 10,
      concurrency: 3,
      signal: controller.signal,
      runBlock: (first, count) =>
        new Promise((resolve) => {
          // Block 40 is slow: when the run is cancelled at block 45, blocks 41… may be done but not 40.
          setTimeout(() => {
            finishedBlocks.push(first / 10);
            if (first === 450) controller.abort();
            resolve(first);
          }, first === 400 ? 200 : 1);
        }),
      onProgress: () => {},
    });
    expect(result.stoppedBy).toBe('cancelled');
    expect(result.replications).toBe(400);
    expect(result.results).toEqual(Array.from({ length: 40 }, (_, i) => i * 10));
    expect(finishedBlocks).toContain(41);
  });

  it('returns nothing when the signal has already aborted', async () => {
    const result = await runBlocks({ runs: 10, blockSize: 5, concurrency: 1, runBlock: delayed, signal: AbortSignal.abort() });
    expect(result).toEqual({ results: [], replications: 0, stoppedBy: 'cancelled' });
  });

  it('rejects with the error of a block that throws', async () => {
    const run = runBlocks({
      runs: 30, blockSize: 10, concurrency: 2,
      runBlock: async (first) => {
        if (first === 10) throw new Error('block 10 failed');
        return first;
      },
    });
    await expect(run).rejects.toThrow('block 10 failed');
  });

  it('lays blocks inside batches: a batch end is always a block end', async () => {
    const asked: number[] = [];
    const result = await runBlocks({
      runs: 50, blockSize: 8, batchSize: 20, concurrency: 3, runBlock: delayed,
      shouldStop: (_, n) => (asked.push(n), false),
    });
    expect(result.results).toEqual([[0, 8], [8, 8], [16, 4], [20, 8], [28, 8], [36, 4], [40, 8], [48, 2]]);
    expect(asked).toEqual([20, 40]);
  });

  it('planBlocks(runs, blockSize, batchSize) lists the blocks runBlocks hands out, in order', async () => {
    const handed: [number, number][] = [];
    await runBlocks({ runs: 50, blockSize: 8, batchSize: 20, concurrency: 1, runBlock: async (first, count) => handed.push([first, count]) });
    expect(planBlocks(50, 8, 20).map((b) => [b.first, b.count])).toEqual(handed);
  });

  it('checks its arguments', () => {
    expect(() => runBlocks({ runs: 0, blockSize: 1, concurrency: 1, runBlock: delayed })).toThrow('runs must be a positive integer, got 0');
    expect(() => runBlocks({ runs: 10, blockSize: 1, batchSize: 0, concurrency: 1, runBlock: delayed })).toThrow('batchSize must be a positive integer, got 0');
  });
});
