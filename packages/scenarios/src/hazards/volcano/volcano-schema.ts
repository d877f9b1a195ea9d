import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate, latLon, name, probability } from '../../schema/sourced.ts';
import { at } from '../scripted-fields.ts';

/** The scenario's `hazards.volcano` (optional): the volcano near the town and what its eruptions do. */
export const volcanoSectionSchema = z
  .strictObject({
    name: name(),
    location: latLon(),
    largeEruptionAnnualRate: annualRate(),
    smallEruptionAnnualRate: annualRate(),
    /** Days the evacuation zone stays closed after a large eruption. */
    evacuationDays: quantitySpec,
    /** Probability that a small eruption also closes the evacuation zone (for `smallEvacuationDays`). */
    smallEvacuationProbability: probability(),
    smallEvacuationDays: quantitySpec,
    /** Probability that ash cuts power at an ashfall or evacuation-zone site, and for how long. */
    ashPowerOutageProbability: probability(),
    ashPowerOutageHours: quantitySpec,
  })
  .optional();

/** A scripted eruption of the scenario's volcano. */
export const scriptedEruptionSchema = z.strictObject({ kind: z.literal('eruption'), at, size: z.enum(['large', 'small']) });
