import { z } from 'zod';
import { id, label, list, name, text } from './sourced.ts';

/**
 * One belief behind several uncertain numbers — e.g. "vendor quality" behind several repair times: the
 * numbers at `members` (data paths of numbers that carry a `range`) rise together as the belief rises,
 * those at `opposed` fall, and any two of them have Spearman's rank correlation `rankCorrelation`. Each
 * number keeps its own range; the factor only says they move together. A number may follow one factor.
 *
 * @example
 * { id: 'vendor-quality', name: { ja: 'ベンダーの対応力', en: 'Vendor quality' }, rankCorrelation: 0.8,
 *   members: ['systems[0].repairHours', 'systems[1].repairHours'], source: 'assumption: one vendor repairs both' }
 */
export const sharedFactorSchema = z.strictObject({
  id: id(),
  name: label(),
  rankCorrelation: z.number().gt(0).max(1),
  members: list(name()).min(1),
  opposed: list(name()).default([]),
  source: text({ oneLine: false }),
  /** How the town can pin the belief down (see the range's `check`). */
  check: label().optional(),
});

/**
 * How a scenario's uncertain numbers relate, for `uncertaintyStudy` and `sensitivityStudy`; the ranges
 * themselves sit beside the numbers (`{ value, source, range }`). Not part of a scenario's identity: a
 * single Monte Carlo run ignores it, and `canonicalScenario` leaves it out.
 */
export const uncertaintySchema = z.strictObject({
  factors: list(sharedFactorSchema).default([]),
});

export type SharedFactorInput = z.input<typeof sharedFactorSchema>;
