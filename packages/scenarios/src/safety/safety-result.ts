import type { VariantTable } from '../montecarlo/table.ts';
import type { Scenario } from '../schema/index.ts';
import { rankBySafety, rankingSensitivity, type RankingShift } from './ranking-sensitivity.ts';
import { replicationMeans, safetyScoreEstimate, safetyScores, type SafetyScoreEstimate } from './safety-score.ts';
import { safetyWeights, type SafetyWeights } from './safety-weights.ts';

/** The safety score of a run as `result.json` holds it: plain data, keys in a fixed order. */
export interface SafetyResult extends SafetyWeights {
  /** Per variant in run order (empty when no replication finished). */
  readonly variants: SafetyScoreEstimate[];
  /** Variant ids from the highest mean score to the lowest. */
  readonly ranking: string[];
  /** The ranking with each weight halved and doubled (see `rankingSensitivity`). */
  readonly sensitivity: RankingShift[];
}

/**
 * The safety score of every variant of a run, under the scenario's weights and scales (`safetyWeights`),
 * with the ranking and how it moves with the weights. Pure and deterministic: the same tables give the
 * same bytes, and a variant's score depends on its own table alone.
 *
 * @example
 * safetyResult(scenario, result.tables).variants[0]; // { id: 'onprem', mean: 71.2, stderr: 0.4, … }
 */
export function safetyResult(scenario: Pick<Scenario, 'municipality' | 'safetyScore'>, tables: readonly VariantTable[]): SafetyResult {
  const settings = safetyWeights(scenario);
  const scored = tables.filter((t) => t.replications > 0).map((t) => ({ id: t.variant, means: replicationMeans(t) }));
  const variants = scored.map(({ id, means }) => safetyScoreEstimate(id, safetyScores(means, settings)));
  return {
    ...settings,
    variants,
    ranking: rankBySafety(variants),
    sensitivity: scored.length === 0 ? [] : rankingSensitivity(scored, settings),
  };
}
