import { blockMoments, meanInterval } from '@machi/sim-core';
import { estimate, type Estimate } from '../montecarlo/aggregate.ts';
import type { VariantTable } from '../montecarlo/table.ts';
import { SAFETY_METRICS, type SafetyMetric } from '../schema/index.ts';
import type { SafetyWeights } from './safety-weights.ts';

/** A variant's safety score: the mean over replications with its standard error and 95% t interval. */
export interface SafetyScoreEstimate {
  readonly id: string;
  readonly mean: number;
  /** Null with a single replication (nothing to estimate it from), as are the interval's ends. */
  readonly stderr: Estimate;
  readonly ciLow: Estimate;
  readonly ciHigh: Estimate;
}

/** Per-replication means (over its years) of each safety metric: what a score is computed from. */
export type ReplicationMeans = Readonly<Record<SafetyMetric, Float64Array>>;

/**
 * Means over its years of every safety metric in each replication of a table, in replication order.
 *
 * @throws RangeError when the table lacks a safety metric's column.
 * @example
 * replicationMeans(table).downtimeHours[0]; // mean annual downtime of replication 0
 */
export function replicationMeans(table: VariantTable): ReplicationMeans {
  const out = {} as Record<SafetyMetric, Float64Array>;
  for (const metric of SAFETY_METRICS) {
    const column = table.columns[metric];
    if (!column) throw new RangeError(`table of "${table.variant}" has no column "${metric}"`);
    const means = new Float64Array(table.replications);
    for (let r = 0; r < table.replications; r++) {
      let sum = 0;
      for (let i = r * table.years, end = i + table.years; i < end; i++) sum += column[i]!;
      means[r] = sum / table.years;
    }
    out[metric] = means;
  }
  return out;
}

/**
 * The safety score of each replication, 0..100:
 *
 *   score = 100 · Σₘ wₘ · sₘ / (sₘ + x̄ₘ) / Σₘ wₘ
 *
 * where x̄ₘ is the replication's mean annual value of metric m, wₘ its weight and sₘ its scale. Each
 * part is 1 when nothing happened, ½ at x̄ₘ = sₘ and falls towards 0 as harm grows, so a replication
 * with no harm scores exactly 100 and the score never rises when any metric does. The monotonicity
 * survives rounding: every step (sum, division, product) is a monotone IEEE operation in a fixed order.
 * Metric values must be ≥ 0.
 *
 * @example
 * // weights 1 and 3, scales 10 and 100, means 10 and 300: 100 · (1·½ + 3·¼) / 4 = 31.25
 */
export function safetyScores(means: ReplicationMeans, { weights, scales }: Pick<SafetyWeights, 'weights' | 'scales'>): Float64Array {
  const replications = means[SAFETY_METRICS[0]].length;
  const scores = new Float64Array(replications);
  let total = 0;
  for (const metric of SAFETY_METRICS) total += weights[metric];
  if (!(total > 0)) throw new RangeError(`safety weights must add up to more than 0, got ${total}`);
  for (let r = 0; r < replications; r++) {
    let sum = 0;
    for (const metric of SAFETY_METRICS) {
      const s = scales[metric];
      sum += weights[metric] * (s / (s + means[metric][r]!));
    }
    // sum / total first: it is ≤ 1 after rounding (sum ≤ total, both in the same order), (100·sum)/total may not be.
    scores[r] = 100 * (sum / total);
  }
  return scores;
}

/**
 * The mean of per-replication scores with a standard error and a 95% Student t interval on
 * replications − 1 degrees of freedom (the replication is the independent unit, as in `clusteredMean`).
 * The mean is a plain sum in index order divided by the count, not Welford's running mean: the plain sum
 * is monotone in every score under IEEE rounding, so a variant that scores no lower in every replication
 * never has the lower mean. Deterministic.
 *
 * @throws RangeError for no scores.
 * @example
 * safetyScoreEstimate('onprem', Float64Array.of(80, 90)); // { mean: 85, stderr: 5, ciLow: 21.47…, ciHigh: 148.53… }
 */
export function safetyScoreEstimate(id: string, scores: Float64Array): SafetyScoreEstimate {
  const n = scores.length;
  if (n === 0) throw new RangeError(`no replications to score for "${id}"`);
  let sum = 0;
  for (let r = 0; r < n; r++) sum += scores[r]!;
  const mean = sum / n;
  const standardDeviation = n < 2 ? NaN : Math.sqrt(blockMoments(scores).m2 / (n - 1));
  const interval = meanInterval({ mean, standardDeviation, count: n });
  return { id, mean, stderr: estimate(standardDeviation / Math.sqrt(n)), ciLow: estimate(interval.low), ciHigh: estimate(interval.high) };
}

/**
 * A variant's safety score from its table: `safetyScores` of its `replicationMeans`, summarised by
 * `safetyScoreEstimate`.
 *
 * @example
 * safetyScore(result.tables[0], safetyWeights(scenario)).mean;
 */
export const safetyScore = (table: VariantTable, settings: Pick<SafetyWeights, 'weights' | 'scales'>): SafetyScoreEstimate =>
  safetyScoreEstimate(table.variant, safetyScores(replicationMeans(table), settings));
