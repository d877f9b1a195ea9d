/**
 * A runtime-neutral fingerprint of a whole Monte Carlo run: small-town, two variants, six replications of
 * ten years, in-process — the sha256 of its result.json and of its replications.csv. Node and Deno (a
 * different V8) must agree (`tests/cross-runtime.test.ts`). No node: imports.
 */
import { PRESETS, replicationsCSV, resultToJSON, runMonteCarlo, scenarioSchema } from '../packages/scenarios/src/index.ts';
import { sha256 } from '../packages/sim-core/src/index.ts';

export async function monteCarloFingerprint(): Promise<Record<string, string>> {
  const scenario = scenarioSchema.parse(PRESETS['small-town']);
  const result = await runMonteCarlo(scenario, { runs: 6, seed: 2027, variants: ['onprem', 'public-cloud'], blockSize: 2 });
  return {
    'monteCarlo.resultJson': sha256(resultToJSON(result)),
    'monteCarlo.replicationsCsv': sha256([...replicationsCSV(result.tables)].join('')),
  };
}
