import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate, id, list, probability } from '../../schema/sourced.ts';
import { at, hours } from '../scripted-fields.ts';

/** Fires at one site: how often, and what they do. */
const fireSiteSchema = z.strictObject({
  site: id(),
  /** Fires per year that stop the site's equipment (not every small fire in the building). */
  annualRate: annualRate(),
  /**
   * Probability that the fire burns out the room: equipment and the backups kept there are lost, and
   * systems wait for new hardware and a restore from a copy kept elsewhere.
   */
  roomLostProbability: probability(),
  /** Otherwise: hours the equipment is stopped by smoke, sprinkler water and the power cut to the building. */
  damageHours: quantitySpec,
  /**
   * At the office site (a hall fire): hours until staff can work somewhere in the hall again or the
   * BCP's alternate office takes over. The server room shares the building, so its systems stop as long.
   */
  officeUnusableHours: quantitySpec.optional(),
});

/** The scenario's `hazards.fire` (optional): fires in server rooms, halls and data centres, per site. */
export const fireSectionSchema = z.strictObject({ sites: list(fireSiteSchema) }).optional();

/**
 * A scripted fire at `site`: the room burnt out (`roomLost`) or the equipment stopped for `damageHours`;
 * at the office site, the hall unusable for `officeUnusableHours` (drawn from the site's entry in
 * `hazards.fire` when left out; none without one).
 */
export const scriptedFireSchema = z.strictObject({
  kind: z.literal('fire'),
  at,
  site: id(),
  roomLost: z.boolean(),
  damageHours: hours,
  officeUnusableHours: hours.optional(),
});
