import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate, id } from '../../schema/sourced.ts';
import { at, hours } from '../scripted-fields.ts';

/** The scenario's `hazards.power`: regional grid outages. */
export const powerSectionSchema = z.strictObject({
  /** Regional grid outages per year, per grid region. */
  regionalOutageAnnualRate: annualRate(),
  regionalOutageHours: quantitySpec,
});

/** A scripted grid outage of one power region. */
export const scriptedPowerOutageSchema = z.strictObject({ kind: z.literal('powerOutage'), at, powerRegion: id(), durationHours: hours.optional() });
