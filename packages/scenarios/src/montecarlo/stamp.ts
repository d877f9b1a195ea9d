import { ALGORITHMS, sha256 } from '@machi/sim-core';
import { scenarioSchema, type Scenario } from '../schema/index.ts';

/** The library version a result was made with (tested equal to package.json). */
export const MACHI_VERSION = '0.1.0';

/** Versions of what turns a scenario into numbers; any change here may move results. */
export const MODEL_ALGORITHMS = {
  ...ALGORITHMS,
  model: 'machi-town/v3',
  statistics: 'machi-mc/v1: replication-clustered t intervals, order-statistic VaR/TVaR and exceedance bands, Wilson action intervals',
} as const;

/**
 * The canonical text of a validated scenario: the JSON of what the schema makes of it, every default
 * filled in. The schema fixes the key order of every object, so the order keys were written in does not
 * matter, and a preset and the YAML `presets show` prints for it give the same text. Records keep file
 * order, because it means something: the first variant is the default one, and the variants are
 * reported in that order. Validating again is exact (the schema is idempotent), so the text read back
 * from `scenario.resolved.json` is the same text. `uncertainty` (shared beliefs of a study) is left out.
 */
export const canonicalScenario = (scenario: Scenario): string => {
  // How uncertain numbers relate is for the studies of input uncertainty; a run's figures do not depend on it.
  const { uncertainty: _uncertainty, ...rest } = scenarioSchema.parse(scenario);
  return JSON.stringify(rest);
};

export const scenarioSha256 = (scenario: Scenario): string => sha256(canonicalScenario(scenario));
