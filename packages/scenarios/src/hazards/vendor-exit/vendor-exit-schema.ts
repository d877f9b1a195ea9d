import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { id, probability } from '../../schema/sourced.ts';
import { at } from '../scripted-fields.ts';

/** The scenario's `providers.vendorExit`: the forced migration when a vendor ends its service. */
export const vendorExitSchema = z.strictObject({
  /** Months of notice before the cutover to a new vendor. */
  noticeMonths: quantitySpec,
  migrationCostYenPerSystem: quantitySpec,
  /** Probability that the cutover itself stops the systems, and for how long. */
  cutoverOutageProbability: probability(),
  cutoverOutageHours: quantitySpec,
  /** Probability that data conversion corrupts records, and the share of each system's persons hit. */
  conversionDefectProbability: probability(),
  conversionDefectPersonsShare: probability(),
});

/** A scripted end of service of one vendor. */
export const scriptedVendorExitSchema = z.strictObject({ kind: z.literal('vendorExit'), at, vendor: id() });
