import { availableParallelism, loadavg } from 'node:os';
import type { BenchSuite } from '../../../scripts/bench-types.ts';
import { PRESETS, scenarioSchema, SENSITIVITY_DEFAULTS, UNCERTAINTY_DEFAULTS, type SensitivityStudyResult } from '../src/index.ts';
import { runMonteCarlo, sensitivityStudy, uncertaintyStudy } from '../src/node/index.ts';

// study.*: what a default study of input uncertainty costs, as a multiple of `machi run small-town --runs
// 1000` measured beside it (the same workers, the same process). The issue holds the two studies together
// at ≤ 30×; each default is sized to about 11×.
//
// A full default study takes 10–12 baselines (an hour under a loaded machine), too long for a bench run, so
// each figure runs a proxy at a stated fraction of the default's input sets — the same replications, the
// same phases — and scales its time by (the default's input sets) / (the proxy's). Input sets are independent
// tasks of equal expected cost, so the scaled time estimates the default's; the study's fixed part (the
// plan, the analysis) is scaled too, which errs on the high side. `MACHI_BENCH_FULL_STUDY=1` runs the
// defaults themselves (scale 1).
const FULL = process.env.MACHI_BENCH_FULL_STUDY === '1';
/** The proxy's share of the uncertainty study's input sets. */
const UNCERTAINTY_SCALE = FULL ? 1 : 1 / 8;
/** The proxy's share of the sensitivity study's Morris trajectories and Saltelli base rows. */
const SENSITIVITY_SCALE = FULL ? 1 : 1 / 4;

const seconds = async (work: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
};
const workers = Math.min(2, availableParallelism());
const baseline = () => seconds(() => runMonteCarlo(scenarioSchema.parse(PRESETS['small-town']), { runs: 1000, seed: 1, workers }));

/** Input sets of each phase of a sensitivity study: screening, indices, tornado, switching values. */
function phaseSets(study: SensitivityStudyResult): { screening: number; indices: number; rest: number } {
  const count = (method: string) => study.rows.filter((r) => r.design === method).length;
  return { screening: count('morris-trajectories'), indices: count('saltelli'), rest: study.rows.length - count('morris-trajectories') - count('saltelli') };
}

export const suite: BenchSuite = {
  name: 'study',
  figures: [
    {
      name: 'study.uncertainty.small-town',
      unit: 's',
      runs: 1,
      targetAtMost: 15,
      measure: async () => {
        const base = await baseline();
        const inputSets = UNCERTAINTY_DEFAULTS.inputSets * UNCERTAINTY_SCALE;
        const { replications } = UNCERTAINTY_DEFAULTS;
        let widest = 0;
        const proxy = await seconds(async () => {
          widest = (await uncertaintyStudy(PRESETS['small-town'], { seed: 1, workers, inputSets, replications })).precision.widestProbabilityInterval ?? 0;
        });
        // The nominal set runs beside the design's sets in both the proxy and the default.
        const scale = (UNCERTAINTY_DEFAULTS.inputSets + 1) / (inputSets + 1);
        return {
          value: proxy * scale,
          baseline: base,
          notes:
            `proxy: ${inputSets + 1} of the default's ${UNCERTAINTY_DEFAULTS.inputSets + 1} input sets × ${replications} replications × 4 variants ` +
            `in ${proxy.toFixed(0)} s, scaled ×${scale.toFixed(2)}; widest P(best) interval at the proxy's size ${(widest * 100).toFixed(0)} points; ` +
            `${workers} workers; machine load ${loadavg()[0]!.toFixed(1)}`,
        };
      },
    },
    {
      name: 'study.sensitivity.small-town',
      unit: 's',
      runs: 1,
      targetAtMost: 15,
      measure: async () => {
        const base = await baseline();
        const trajectories = SENSITIVITY_DEFAULTS.trajectories * SENSITIVITY_SCALE;
        const baseCount = SENSITIVITY_DEFAULTS.baseCount * SENSITIVITY_SCALE;
        let study: SensitivityStudyResult | undefined;
        const proxy = await seconds(async () => {
          study = await sensitivityStudy(PRESETS['small-town'], { seed: 1, workers, trajectories, baseCount });
        });
        const sets = phaseSets(study!);
        // The default's screening and index phases are 1 / SENSITIVITY_SCALE times the proxy's; the tornado
        // (two sets per input) and the switching-value scans do not depend on the sizes.
        const full = (sets.screening + sets.indices) / SENSITIVITY_SCALE + sets.rest;
        const scale = full / study!.rows.length;
        return {
          value: proxy * scale,
          baseline: base,
          notes:
            `proxy: ${trajectories} trajectories, base count ${baseCount} (the default's ${SENSITIVITY_DEFAULTS.trajectories} and ${SENSITIVITY_DEFAULTS.baseCount}), ` +
            `${study!.rows.length} of about ${Math.round(full)} input sets × ${SENSITIVITY_DEFAULTS.replications} replications × 4 variants in ${proxy.toFixed(0)} s, ` +
            `scaled ×${scale.toFixed(2)}; widest total-index interval at the proxy's size ${study!.precision.widestTotalInterval?.toFixed(2) ?? '–'}; ` +
            `${workers} workers; machine load ${loadavg()[0]!.toFixed(1)}`,
        };
      },
    },
  ],
};
