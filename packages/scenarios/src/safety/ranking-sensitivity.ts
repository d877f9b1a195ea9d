import { SAFETY_METRICS, type SafetyMetric } from '../schema/index.ts';
import { safetyScoreEstimate, safetyScores, type ReplicationMeans } from './safety-score.ts';
import type { SafetyWeights } from './safety-weights.ts';

/** The ranking of the variants when one metric's weight is multiplied by `factor`, the others fixed. */
export interface RankingShift {
  readonly metric: SafetyMetric;
  readonly factor: number;
  /** Variant ids from the highest mean score to the lowest (ties in run order). */
  readonly ranking: string[];
  /** Whether `ranking` differs from the ranking under the weights as given. */
  readonly changed: boolean;
  /** Each variant's mean score under the moved weights, by id in run order. */
  readonly means: Record<string, number>;
}

/** The factors each weight is moved by: halved and doubled. */
export const SENSITIVITY_FACTORS = [0.5, 2] as const;

/**
 * Variant ids from the highest mean score to the lowest; equal means keep the order of `variants`.
 *
 * @example
 * rankBySafety([{ id: 'onprem', mean: 60 }, { id: 'cloud', mean: 70 }]); // ['cloud', 'onprem']
 */
export const rankBySafety = (variants: readonly { id: string; mean: number }[]): string[] =>
  variants
    .map((v, i) => ({ ...v, i }))
    .sort((a, b) => b.mean - a.mean || a.i - b.i)
    .map((v) => v.id);

/**
 * How the ranking moves with the weights: for each metric in `SAFETY_METRICS` order and each of
 * `SENSITIVITY_FACTORS`, that metric's weight times the factor, the others as given, and the resulting
 * ranking of the variants by mean score. The scales do not move. Deterministic; a shift that would leave
 * every weight 0 (halving or doubling the only non-zero weight cannot) is never produced.
 *
 * @example
 * rankingSensitivity([{ id: 'onprem', means }, { id: 'cloud', means: cloudMeans }], safetyWeights(scenario));
 * // [{ metric: 'incidentCostYen', factor: 0.5, ranking: ['cloud', 'onprem'], changed: false, means: {…} }, …]
 */
export function rankingSensitivity(
  variants: readonly { id: string; means: ReplicationMeans }[],
  settings: Pick<SafetyWeights, 'weights' | 'scales'>,
): RankingShift[] {
  const meanScores = (weights: SafetyWeights['weights']) =>
    variants.map(({ id, means }) => safetyScoreEstimate(id, safetyScores(means, { weights, scales: settings.scales })));
  const base = rankBySafety(meanScores(settings.weights));
  return SAFETY_METRICS.flatMap((metric) =>
    SENSITIVITY_FACTORS.map((factor) => {
      const moved = meanScores({ ...settings.weights, [metric]: settings.weights[metric] * factor });
      const ranking = rankBySafety(moved);
      return {
        metric,
        factor,
        ranking,
        changed: ranking.some((id, i) => id !== base[i]),
        means: Object.fromEntries(moved.map((v) => [v.id, v.mean])),
      };
    }),
  );
}
