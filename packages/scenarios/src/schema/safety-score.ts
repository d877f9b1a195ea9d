import { z } from 'zod';
import type { Metric } from '../vocabulary/metrics.ts';
import { nonNegative, positive } from './sourced.ts';

/**
 * The metrics the safety score weighs, in the fixed order of every result and report: harm from
 * incidents. Running costs are left out on purpose — they are the price of a variant, not a harm, and
 * a town weighs them against the score, not inside it.
 */
export const SAFETY_METRICS = [
  'incidentCostYen',
  'downtimeHours',
  'residentHoursWithoutService',
  'personsAffected',
  'dataLostHours',
  'residentsWithRecordsLost',
] as const satisfies readonly Metric[];

export type SafetyMetric = (typeof SAFETY_METRICS)[number];

const weight = () => nonNegative();
const scale = () => positive().optional();
const bySafetyMetric = <T extends z.ZodType>(value: () => T) =>
  z.strictObject(Object.fromEntries(SAFETY_METRICS.map((m) => [m, value()])) as Record<SafetyMetric, T>);

/**
 * The town's choices for the safety score (all optional; `safetyWeights` fills in the defaults).
 * `weights` are relative and may be given one by one: a metric left out keeps its default weight (so a
 * metric added to the score later changes no file's meaning for the metrics it names, and breaks none);
 * they must not all be 0. `scales` are the expected annual value at which one metric's part of the score
 * is 50, each in that metric's unit, and may be given one by one too. Strict: a metric that is not scored is an unknown field.
 * Absent, the section adds nothing to the parsed scenario (its hash does not change).
 */
export const safetyScoreSchema = z
  .strictObject({
    weights: bySafetyMetric(() => weight().optional()).optional(),
    scales: bySafetyMetric(scale).optional(),
  })
  .superRefine((section, ctx) => {
    // A metric left out keeps its default weight, which is above 0.
    if (!section.weights || SAFETY_METRICS.some((m) => section.weights![m] === undefined)) return;
    const total = SAFETY_METRICS.reduce((sum, m) => sum + section.weights![m]!, 0);
    // The score divides by the total weight; zod's own too_small issue is worded in both languages.
    if (total === 0) ctx.addIssue({ code: 'too_small', origin: 'number', minimum: 0, inclusive: false, input: total, path: ['weights'] });
  });

export type SafetyScoreSpec = z.output<typeof safetyScoreSchema>;
