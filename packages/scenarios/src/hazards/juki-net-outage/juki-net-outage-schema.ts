import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate } from '../../schema/sourced.ts';
import { at, hours } from '../scripted-fields.ts';

/**
 * The scenario's `hazards.jukiNet`: nationwide 住基ネット outages. Optional (absent: none drawn, only
 * scripted ones), because no outage rate of 住基ネット is sourced yet.
 */
export const jukiNetSectionSchema = z
  .strictObject({
    /** Nationwide 住基ネット outages per year: a common cause for every town. */
    outageAnnualRate: annualRate(),
    outageHours: quantitySpec,
  })
  .optional();

/** A scripted 住基ネット outage of `durationHours`. */
export const scriptedJukiNetOutageSchema = z.strictObject({ kind: z.literal('jukiNetOutage'), at, durationHours: hours });
