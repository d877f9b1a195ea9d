import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate } from '../../schema/sourced.ts';
import { at, hours } from '../scripted-fields.ts';

/** The scenario's `hazards.lgwan`: nationwide LGWAN outages. */
export const lgwanSectionSchema = z.strictObject({
  /** Nationwide LGWAN outages per year: a common cause for every town ([lgwan-outage-2022]). */
  outageAnnualRate: annualRate(),
  outageHours: quantitySpec,
});

/** A scripted LGWAN outage. */
export const scriptedLgwanOutageSchema = z.strictObject({ kind: z.literal('lgwanOutage'), at, durationHours: hours.optional() });
