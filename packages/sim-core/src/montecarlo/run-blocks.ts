/** Why a block run ended. */
export type StoppedBy = 'runs' | 'precision' | 'cancelled';

export interface RunBlocksOptions<R> {
  /** Most replications to run (a positive integer). */
  readonly runs: number;
  /** Replications per block, the unit of work handed to `runBlock` (a positive integer); a block never
   * straddles a batch boundary, so the last block of a batch may be shorter. */
  readonly blockSize: number;
  /** Blocks in flight at once (a positive integer: the number of workers, 1 in-process). */
  readonly concurrency: number;
  /** Runs replications first … first + count − 1. Must depend on (first, count) alone. */
  readonly runBlock: (first: number, count: number) => Promise<R>;
  /**
   * Replications per batch: `shouldStop` is asked after every full batch. Default: `runs` (never asked).
   */
  readonly batchSize?: number;
  /**
   * Asked at each batch boundary, in order, with the finished blocks that cover replications
   * 0 … replications − 1; true stops the run there. It sees exactly the same data whatever the
   * concurrency, so the stopping point does not depend on it.
   */
  readonly shouldStop?: (results: readonly R[], replications: number) => boolean;
  /** Called whenever the contiguous prefix of finished replications grows. */
  readonly onProgress?: (replications: number) => void;
  readonly signal?: AbortSignal;
}

export interface RunBlocksResult<R> {
  /** Finished blocks in replication order, covering 0 … replications − 1 without gaps. */
  readonly results: R[];
  readonly replications: number;
  readonly stoppedBy: StoppedBy;
}

/**
 * Runs replications 0 … runs − 1 as fixed blocks with up to `concurrency` blocks in flight and returns
 * the finished blocks in replication order — never in completion order, so whatever the concurrency the
 * caller reduces the same blocks in the same order. With `shouldStop` the run stops at the first batch
 * boundary where it says so; blocks already started past that boundary are discarded. When `signal`
 * aborts, it returns at once with the longest contiguous prefix of finished blocks (`cancelled`): the
 * same blocks a run with `runs` equal to that prefix would return. A block that throws rejects the run.
 *
 * @example
 * const { results } = await runBlocks({ runs: 100, blockSize: 10, concurrency: 2, runBlock: async (f, n) => [f, n] });
 */
export function runBlocks<R>(options: RunBlocksOptions<R>): Promise<RunBlocksResult<R>> {
  const { runs, blockSize, concurrency } = options;
  positive('runs', runs);
  positive('blockSize', blockSize);
  positive('concurrency', concurrency);
  const batchSize = options.batchSize ?? runs;
  positive('batchSize', batchSize);
  const blocks = planBlocks(runs, blockSize, batchSize);
  const blockCount = blocks.length;

  return new Promise((resolve, reject) => {
    const finished: (R | undefined)[] = new Array(blockCount);
    let next = 0;
    let inFlight = 0;
    let prefix = 0; // blocks 0 … prefix − 1 are finished
    let checkedBatches = 0;
    let settled = false;

    const replicationsOf = (done: number) => (done === blockCount ? runs : blocks[done]!.first);
    const finish = (done: number, stoppedBy: StoppedBy) => {
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ results: finished.slice(0, done) as R[], replications: replicationsOf(done), stoppedBy });
    };
    const onAbort = () => {
      if (!settled) finish(prefix, 'cancelled');
    };
    if (options.signal?.aborted) return finish(0, 'cancelled');
    options.signal?.addEventListener('abort', onAbort);

    // Every batch boundary the prefix has passed is checked in order, so a batch that finished out of
    // order is still checked before the one after it.
    const stopAtBoundary = (): number | undefined => {
      if (!options.shouldStop) return undefined;
      while (true) {
        const boundary = Math.min(runs, (checkedBatches + 1) * batchSize);
        if (boundary >= runs || replicationsOf(prefix) < boundary) return undefined;
        checkedBatches += 1;
        const done = blocks.findIndex((b) => b.first === boundary);
        if (options.shouldStop(finished.slice(0, done) as R[], boundary)) return done;
      }
    };

    const launch = () => {
      while (!settled && inFlight < concurrency && next < blockCount) {
        const block = next++;
        inFlight += 1;
        options.runBlock(blocks[block]!.first, blocks[block]!.count).then(
          (result) => {
            inFlight -= 1;
            if (settled) return;
            finished[block] = result;
            const before = prefix;
            while (prefix < blockCount && finished[prefix] !== undefined) prefix += 1;
            if (prefix > before) options.onProgress?.(replicationsOf(prefix));
            const stop = stopAtBoundary();
            if (stop !== undefined) return finish(stop, 'precision');
            if (prefix === blockCount) return finish(blockCount, 'runs');
            launch();
          },
          (error: unknown) => {
            if (settled) return;
            settled = true;
            options.signal?.removeEventListener('abort', onAbort);
            reject(error);
          },
        );
      }
    };
    launch();
  });
}

/**
 * The blocks `runBlocks` hands out, in order: `blockSize` replications laid inside each batch of
 * `batchSize`, so that a batch end is always a block end (the last block of a batch may be shorter).
 * Shards and checkpoints are made of these blocks, so they line up with any run of the same options.
 *
 * @example
 * planBlocks(50, 8, 20); // [{first: 0, count: 8}, {first: 8, count: 8}, {first: 16, count: 4}, {first: 20, count: 8}, …]
 */
export function planBlocks(runs: number, blockSize: number, batchSize: number): { first: number; count: number }[] {
  const out: { first: number; count: number }[] = [];
  for (let batch = 0; batch < runs; batch += batchSize) {
    const end = Math.min(runs, batch + batchSize);
    for (let first = batch; first < end; first += blockSize) out.push({ first, count: Math.min(blockSize, end - first) });
  }
  return out;
}

function positive(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
}
