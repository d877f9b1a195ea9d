import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import type { BenchSuite } from '../../../scripts/bench-types.ts';
import { PRESETS, scenarioSchema, simulate, type Scenario } from '../src/index.ts';
import { runMonteCarlo } from '../src/node/index.ts';

// mc.*: Monte Carlo of the presets, 4 variants × 10 years. Rates are replications (of every variant) per
// second of wall time, worker start-up included.
const smallTown = scenarioSchema.parse(PRESETS['small-town']);
const city = scenarioSchema.parse(PRESETS['designated-city']);
const RUNS = 400;
const PARALLEL_RUNS = 1500;

/** Replications per second of wall time, start-up included; `steady` leaves out the first blocks. */
async function timed(scenario: Scenario, runs: number, workers: number): Promise<{ rate: number; steady: number; startup: number }> {
  const start = performance.now();
  let first: { at: number; done: number } | undefined;
  let last = start;
  const result = await runMonteCarlo(scenario, {
    runs,
    seed: 1,
    workers,
    onProgress: ({ replications }) => {
      last = performance.now();
      // The first progress once every worker has finished a block: start-up and warm-up are behind.
      if (first === undefined && replications >= 25 * workers) first = { at: last, done: replications };
    },
  });
  if (result.stamp.runs !== runs) throw new Error(`expected ${runs} replications, got ${result.stamp.runs}`);
  const seconds = (performance.now() - start) / 1000;
  return { rate: runs / seconds, steady: (runs - first!.done) / ((last - first!.at) / 1000), startup: (first!.at - start) / 1000 };
}

const rate = async (scenario: Scenario, runs: number, workers: number) => (await timed(scenario, runs, workers)).rate;

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

/** Steady replications per second of `jobs` independent in-process runs side by side, summed. */
async function independentJobs(jobs: number, runs: number): Promise<number> {
  const root = join(import.meta.dirname, '..', '..', '..');
  const run = () =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', '--conditions=source', join(import.meta.dirname, 'parallel-probe.ts'), String(runs)], { cwd: root });
  const outputs = await Promise.all(Array.from({ length: jobs }, run));
  return outputs.reduce((sum, o) => sum + JSON.parse(o.stdout.trim().split('\n').pop()!).replicationsPerSecond, 0);
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
      // Baseline: in-process (one worker) in the same measurement; ratio / 2 is the parallel efficiency
      // (≥ 0.85), start-up of the worker threads included.
      target: 1.7,
      measure: async () => {
        const one = await timed(smallTown, PARALLEL_RUNS, 1);
        const two = await timed(smallTown, PARALLEL_RUNS, 2);
        return {
          value: two.rate,
          baseline: one.rate,
          notes:
            `${PARALLEL_RUNS} replications; parallel efficiency ${(two.rate / one.rate / 2).toFixed(3)} (after start-up ${(two.steady / one.steady / 2).toFixed(3)}); ` +
            `start-up ${two.startup.toFixed(1)} s with 2 workers, ${one.startup.toFixed(1)} s in-process; ` +
            `10,000 replications ≈ ${(two.startup + 10_000 / two.steady).toFixed(0)} s with 2 workers`,
        };
      },
    },
    {
      name: 'mc.machine.2jobs',
      unit: 'replications/s',
      runs: 3,
      // What this machine gives two independent single-process jobs side by side (no threads shared),
      // against one alone: the ceiling for any parallel efficiency measured here.
      measure: async () => ({ value: await independentJobs(2, 600), baseline: await independentJobs(1, 600) }),
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
