import { z } from 'zod';
import { DATA_CLASSES } from '../../policy/data-class.ts';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate, BOUNDS, id, label, list, name, probability } from '../../schema/sourced.ts';
import { HOSTING_KINDS } from '../../vocabulary/hosting-kinds.ts';
import { at } from '../scripted-fields.ts';

/** One cause of personal-data leaks (誤送付, 紛失, 設定誤り...): an item of `threats.leaks`. */
export const leakCauseSchema = z.strictObject({
  id: id(),
  /** What reports call the cause (`誤送付・誤送信`); absent, a preset's cause keeps its usual name (`leakCauseName`). */
  name: label().optional(),
  annualRate: annualRate(),
  persons: quantitySpec,
  /** Probability that each data class is involved (general is always involved). */
  dataClassProbability: z.partialRecord(z.enum(DATA_CLASSES), probability()),
  maliciousIntent: z.boolean(),
  /** Probability that the data was retrieved before anyone viewed it (a letter returned unopened). */
  recoveredUnviewedProbability: probability(),
  directHarmProbability: probability(),
  highlyEncryptedProbability: probability(),
  /**
   * Only when the town holds systems at this kind of site (a misconfiguration of that hosting): the leak
   * then exposes at most what those systems hold — their persons and their data classes.
   */
  requiresHostingKind: z.enum(HOSTING_KINDS).optional(),
  /** How long the data stays exposed before anyone notices (a misconfigured share, a public bucket). */
  exposureHours: quantitySpec.optional(),
});

/** The scenario's `threats.leaks`: every leak cause, each at its own rate. */
export const leaksSectionSchema = list(leakCauseSchema);

/** A scripted leak of one of the scenario's causes; what is given is forced, the rest drawn. */
export const scriptedLeakSchema = z.strictObject({
  kind: z.literal('leak'),
  at,
  cause: id(),
  persons: z.int().min(0).max(BOUNDS.persons, 'persons').optional(),
  dataClasses: list(z.enum(DATA_CLASSES)).optional(),
  recoveredUnviewed: z.boolean().optional(),
  directHarm: z.boolean().optional(),
  highlyEncrypted: z.boolean().optional(),
});
