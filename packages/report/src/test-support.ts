import { PRESETS, runMonteCarlo, scenarioSchema, type MonteCarloResult, type Scenario } from '@machi/scenarios';

let cached: Promise<{ result: MonteCarloResult; scenario: Scenario }> | undefined;

/**
 * One small, fixed Monte Carlo of `small-town` shared by the report's tests: 40 replications × 10 years
 * of all four variants, seed 1 (about a second in-process). Fixed inputs, so its tables and figures
 * are the same bytes on every run and can be pinned by snapshots.
 */
export function smallTownResult(): Promise<{ result: MonteCarloResult; scenario: Scenario }> {
  const scenario = scenarioSchema.parse(PRESETS['small-town']);
  cached ??= runMonteCarlo(scenario, { runs: 40, seed: 1, horizonYears: 10 }).then((result) => ({ result, scenario }));
  return cached;
}
