import { z } from 'zod';
import { quantitySpec } from './distribution-spec.ts';
import { annualRate, probability } from './sourced.ts';

/** Cloud operator events and the forced migration when a vendor ends its service. */
export const providersSchema = z.strictObject({
  cloud: z.strictObject({
    /** Outages of one availability zone, per zone per year. */
    zoneOutageAnnualRatePerZone: annualRate(),
    zoneOutageHours: quantitySpec,
    /** Probability that a multi-AZ deployment fails over badly and goes down with the zone. */
    multiAzFailoverFailureProbability: probability(),
    regionOutageAnnualRate: annualRate(),
    regionOutageHours: quantitySpec,
  }),
  /** Hours of provider work per member town to bring a shared site back (the town waits its turn). */
  sharedSiteRestoreHoursPerTown: quantitySpec,
  vendorExit: z.strictObject({
    /** Months of notice before the cutover to a new vendor. */
    noticeMonths: quantitySpec,
    migrationCostYenPerSystem: quantitySpec,
    /** Probability that the cutover itself stops the systems, and for how long. */
    cutoverOutageProbability: probability(),
    cutoverOutageHours: quantitySpec,
    /** Probability that data conversion corrupts records, and the share of each system's persons hit. */
    conversionDefectProbability: probability(),
    conversionDefectPersonsShare: probability(),
  }),
});

export type Providers = z.output<typeof providersSchema>;
