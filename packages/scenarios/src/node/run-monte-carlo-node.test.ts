import { describe, expect, it } from 'vitest';
import { quietTown, quietTownInput } from '../testing/index.ts';
import { replicationsCSV, resultToJSON, runMonteCarlo as inProcess, type MonteCarloResult } from '../montecarlo/index.ts';
import { PRESETS } from '../presets/index.ts';
import { scenarioSchema } from '../schema/index.ts';
import { runMonteCarlo, setWorkerModule } from './run-monte-carlo-node.ts';

const smallTown = scenarioSchema.parse(PRESETS['small-town']);
const bytes = (r: MonteCarloResult) => resultToJSON(r) + [...replicationsCSV(r.tables)].join('');

// A fast town for the stopping and cancelling tests: mis-sent letters at 3 a year, nothing else.
const input = quietTownInput();
input.threats.leaks[0]!.annualRate = 3;
const letters = quietTown({ threats: input.threats, variants: { onprem: {}, housing: input.variants!.housing! } });

/** result.json without the stamp fields that say how the run ended. */
const figures = (r: MonteCarloResult) => {
  const { stoppedBy: _s, complete: _c, maxRuns: _m, precision: _p, ...stamp } = r.stamp;
  return resultToJSON({ ...r, stamp: stamp as MonteCarloResult['stamp'] });
};

describe('runMonteCarlo over worker threads', () => {
  it('gives the same bytes (result.json and replications.csv) for 1, 2, 3 and 8 workers and any block size', async () => {
    const options = { runs: 24, seed: 7, horizonYears: 10, blockSize: 3, batchSize: 12 };
    const expected = bytes(await runMonteCarlo(smallTown, { ...options, workers: 1 }));
    expect(expected).toBe(bytes(await inProcess(smallTown, options)));
    for (const workers of [2, 3, 8]) expect(bytes(await runMonteCarlo(smallTown, { ...options, workers })), `${workers} workers`).toBe(expected);
    expect(bytes(await runMonteCarlo(smallTown, { ...options, workers: 2, blockSize: 4 }))).toBe(expected);
    // Six runs and 15 worker starts (each compiles the model): about 90 s alone, over 120 s on a busy machine.
  }, 400_000);

  it('stops at the same batch boundary with 1 and 2 workers, with the figures of a run of that length', async () => {
    const options = { runs: 5000, seed: 3, precision: 0.01, batchSize: 100, blockSize: 20 };
    const one = await runMonteCarlo(letters, { ...options, workers: 1 });
    const two = await runMonteCarlo(letters, { ...options, workers: 2 });
    expect(one.stamp.stoppedBy).toBe('precision');
    expect(one.stamp.runs % 100).toBe(0);
    expect(one.stamp.runs).toBeLessThan(5000);
    expect(one.headline.every((h) => h.met)).toBe(true);
    expect(resultToJSON(two)).toBe(resultToJSON(one));
    // One batch earlier, some headline estimate was not yet precise enough.
    const before = await runMonteCarlo(letters, { ...options, runs: one.stamp.runs - 100, workers: 1 });
    expect(before.stamp.stoppedBy).toBe('runs');
    expect(before.headline.some((h) => !h.met)).toBe(true);
    const fixed = await runMonteCarlo(letters, { ...options, runs: one.stamp.runs, workers: 1 });
    expect(fixed.stamp.stoppedBy).toBe('runs');
    expect(figures(fixed)).toBe(figures(one));
  });

  it('returns the finished prefix when cancelled, marked incomplete, equal to a run of that length', async () => {
    for (const workers of [1, 2]) {
      const controller = new AbortController();
      const cancelled = await runMonteCarlo(letters, {
        runs: 100_000,
        seed: 9,
        workers,
        blockSize: 10,
        signal: controller.signal,
        onProgress: ({ replications }) => replications >= 300 && controller.abort(),
      });
      expect(cancelled.stamp.stoppedBy).toBe('cancelled');
      expect(cancelled.stamp.complete).toBe(false);
      expect(cancelled.stamp.runs).toBeGreaterThanOrEqual(300);
      expect(cancelled.stamp.runs % 10).toBe(0);
      const fixed = await runMonteCarlo(letters, { runs: cancelled.stamp.runs, seed: 9, workers: 1 });
      expect(fixed.stamp.complete).toBe(true);
      expect(figures(cancelled)).toBe(figures(fixed));
      expect([...replicationsCSV(cancelled.tables)].join('')).toBe([...replicationsCSV(fixed.tables)].join(''));
    }
  });

  it('starts its workers on the module given to setWorkerModule, and on its own again after undefined', async () => {
    setWorkerModule(new URL('./fixtures/refusing.worker.ts', import.meta.url));
    try {
      await expect(runMonteCarlo(letters, { runs: 4, seed: 1, workers: 2 })).rejects.toThrow('Error: refused by fixtures/refusing.worker.ts');
      // One worker runs in-process: no module is started at all.
      expect((await runMonteCarlo(letters, { runs: 4, seed: 1, workers: 1 })).stamp.runs).toBe(4);
    } finally {
      setWorkerModule(undefined);
    }
    expect((await runMonteCarlo(letters, { runs: 4, seed: 1, workers: 2 })).stamp.runs).toBe(4);
  });

  it('rejects a bad worker count', async () => {
    await expect(runMonteCarlo(letters, { runs: 1, seed: 1, workers: 0 })).rejects.toThrow('workers must be a positive integer, got 0');
  });
});
