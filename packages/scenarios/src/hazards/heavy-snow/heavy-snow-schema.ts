import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate, BOUNDS, probability, sourced } from '../../schema/sourced.ts';
import { at, hours } from '../scripted-fields.ts';

/** The scenario's `hazards.heavySnow` (optional): snowstorms in their season. */
export const heavySnowSectionSchema = z
  .strictObject({
    /** Months (1..12) in which heavy snow can fall; none outside them. */
    months: z.array(z.int().min(1).max(12)).min(1).max(12),
    /** Events per snow season. */
    annualRate: annualRate(),
    durationHours: quantitySpec,
    powerOutageProbability: probability(),
    powerOutageHours: quantitySpec,
    /** Probability that each route of each link from the office is cut. */
    lineCutProbability: probability(),
    assemblyDelayMultiplier: sourced(z.number().min(1).max(BOUNDS.quantity, 'quantity')),
  })
  .optional();

/** A scripted snowstorm, optionally of a given length. */
export const scriptedHeavySnowSchema = z.strictObject({ kind: z.literal('heavySnow'), at, durationHours: hours.optional() });
