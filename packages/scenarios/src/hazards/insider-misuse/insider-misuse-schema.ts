import { z } from 'zod';
import { DATA_CLASSES } from '../../policy/data-class.ts';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate, BOUNDS, list, probability } from '../../schema/sourced.ts';
import { at, hours } from '../scripted-fields.ts';

/** One kind of insider act: how often it comes to light, how many persons' records, how late it is found. */
const insiderActSchema = z.strictObject({
  /** Acts a year that come to light (an act never found is never an incident). */
  annualRate: annualRate(),
  persons: quantitySpec,
  /** Hours from the act to its discovery (an access-log audit, a resident's request, a complaint). */
  detectionDelayHours: quantitySpec,
  /** Probability that the records are misused against the persons (stalking, fraud, sale). */
  directHarmProbability: probability(),
});

/**
 * The scenario's `threats.insiderMisuse` (optional): staff or contractors who use records without a work
 * purpose — `lookups` (a resident looked up on the registry or tax terminal) and `takeOuts` (records
 * copied or carried out). Always malicious (不正目的), so reportable from one person. The same in every
 * hosting variant: the act goes through the business application, which a cloud does not change.
 */
export const insiderMisuseSectionSchema = z
  .strictObject({
    lookups: insiderActSchema,
    takeOuts: insiderActSchema,
    /** Probability that each data class is involved (general is always involved). */
    dataClassProbability: z.partialRecord(z.enum(DATA_CLASSES), probability()),
  })
  .optional();

/** A scripted insider act; what is given is forced, the rest drawn. */
export const scriptedInsiderMisuseSchema = z.strictObject({
  kind: z.literal('insiderMisuse'),
  at,
  act: z.enum(['lookup', 'takeOut']),
  persons: z.int().min(1).max(BOUNDS.persons, 'persons').optional(),
  dataClasses: list(z.enum(DATA_CLASSES)).optional(),
  detectionDelayHours: hours.optional(),
});
