import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { BenchSuite } from '../../../scripts/bench-types.ts';
import { PRESETS, scenarioSchema, simulate, type Scenario } from '../src/index.ts';
import { runMonteCarlo } from '../src/node/index.ts';

// mc.*: Monte Carlo of the presets, 4 variants × 10 years. Rates are replications (of every variant) per
// second of wall time, worker start-up included.
const smallTown = scenarioSchema.parse(PRESETS['small-town']);
const city = scenarioSchema.parse(PRESETS['designated-city']);
const RUNS = 400;

async function rate(scenario: Scenario, runs: number, workers: number): Promise<number> {
  const start = performance.now();
  const result = await runMonteCarlo(scenario, { runs, seed: 1, workers });
  if (result.stamp.runs !== runs) throw new Error(`expected ${runs} replications, got ${result.stamp.runs}`);
  return runs / ((performance.now() - start) / 1000);
}

/** The model alone: `simulate` for the same replications and variants, nothing collected. */
function modelRate(scenario: Scenario, runs: number): number {
  const variants = Object.keys(scenario.variants);
  const start = performance.now();
  for (let k = 0; k < runs; k++) for (const variant of variants) simulate(scenario, { variant, seed: 1, replication: k, horizonYears: 10 });
  return runs / ((performance.now() - start) / 1000);
}

function probe(replications: number): { maxRssMiB: number; tableMiB: number; bytesPerReplicationYear: number } {
  const root = join(import.meta.dirname, '..', '..', '..');
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--conditions=source', join(import.meta.dirname, 'memory-probe.ts'), String(replications)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

export const suite: BenchSuite = {
  name: 'mc',
  figures: [
    {
      name: 'mc.small-town.w1',
      unit: 'replications/s',
      runs: 3,
      // Baseline: the model alone on the same replications; the ratio is what the Monte Carlo keeps of it.
      measure: async () => ({ value: await rate(smallTown, RUNS, 1), baseline: modelRate(smallTown, RUNS) }),
    },
    {
      name: 'mc.small-town.w2',
      unit: 'replications/s',
      runs: 3,
      // Baseline: one worker in the same measurement; ratio / 2 is the parallel efficiency (≥ 0.85).
      target: 1.7,
      measure: async () => {
        const one = await rate(smallTown, RUNS, 1);
        const two = await rate(smallTown, RUNS, 2);
        return { value: two, baseline: one, notes: `parallel efficiency ${(two / one / 2).toFixed(3)}; 10,000 replications would take ${(10_000 / two).toFixed(1)} s` };
      },
    },
    {
      name: 'mc.designated-city.w1',
      unit: 'sim-years/s',
      runs: 3,
      // Baseline: small-town's simulated years per second; the ratio must stay ≥ 1/1.5 (cost per year ≤ 1.5×).
      target: 1 / 1.5,
      measure: async () => {
        const cityRate = (await rate(city, RUNS / 4, 1)) * 10 * Object.keys(city.variants).length;
        const townRate = (await rate(smallTown, RUNS / 4, 1)) * 10 * Object.keys(smallTown.variants).length;
        return { value: cityRate, baseline: townRate, notes: `cost per simulated year: ${(townRate / cityRate).toFixed(2)} × small-town` };
      },
    },
    {
      name: 'mc.memory.100k',
      unit: 'MiB peak RSS',
      runs: 1,
      // Baseline: the 1 GiB budget; the ratio must stay ≤ 1.
      targetAtMost: 1,
      measure: () => {
        const sizes = [25_000, 50_000, 100_000].map((n) => ({ n, ...probe(n) }));
        const [a, , c] = sizes;
        const slope = ((c!.maxRssMiB - a!.maxRssMiB) * 2 ** 20) / ((c!.n - a!.n) * 4 * 10);
        return {
          value: c!.maxRssMiB,
          baseline: 1024,
          notes:
            `peak RSS ${sizes.map((s) => `${s.n.toLocaleString('en-US')}: ${Math.round(s.maxRssMiB)} MiB`).join(', ')}; ` +
            `growth ${Math.round(slope)} B per replication-year (tables hold ${c!.bytesPerReplicationYear} B)`,
        };
      },
    },
  ],
};
