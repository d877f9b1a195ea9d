import { availableParallelism, loadavg } from 'node:os';
import type { BenchSuite } from '../../../scripts/bench-types.ts';
import { PRESETS, scenarioSchema } from '../src/index.ts';
import { runMonteCarlo, sensitivityStudy } from '../src/node/index.ts';

// study.*: what a study of input uncertainty costs, as a multiple of an ordinary run measured beside it.
const seconds = async (work: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
};

export const suite: BenchSuite = {
  name: 'study',
  figures: [
    {
      name: 'study.sensitivity.small-town',
      unit: 's',
      runs: 1,
      // Value: the default sensitivity study of small-town over all its ranged inputs (screening, indices
      // on the leading inputs, tornado, switching values). Baseline: `machi run small-town --runs 1000`'s
      // Monte Carlo, the same workers. The issue holds the ratio at ≤ 30.
      targetAtMost: 30,
      measure: async () => {
        const workers = Math.min(2, availableParallelism());
        const baseline = await seconds(() => runMonteCarlo(scenarioSchema.parse(PRESETS['small-town']), { runs: 1000, seed: 1, workers }));
        let sets = 0;
        const value = await seconds(async () => {
          sets = (await sensitivityStudy(PRESETS['small-town'], { seed: 1, workers })).rows.length;
        });
        return { value, baseline, notes: `${sets} input sets × 4 replications × 4 variants on ${workers} workers; machine load ${loadavg()[0]!.toFixed(1)}` };
      },
    },
  ],
};
