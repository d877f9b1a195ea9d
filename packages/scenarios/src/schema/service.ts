import { z } from 'zod';
import { id, label, list, nonNegative, positive, probability, quantity } from './sourced.ts';
import { NATIONAL_NETWORKS } from '../vocabulary/national-networks.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
export const MONTH_NAMES = MONTHS;

/** Demand multipliers by month (1 when absent): `{ march: 1.6 }` for the fiscal-year end. */
export const monthlyMultipliersSchema = z.partialRecord(z.enum(MONTHS), quantity());

/**
 * A resident service (certificates, tax counter, welfare consultation...). Residents feel services,
 * not systems: a service is down for the town when any system it depends on is.
 */
export const serviceSchema = z.strictObject({
  id: id(),
  name: label().optional(),
  dependsOn: list(id()).min(1),
  /**
   * National networks each channel needs besides the systems (`NATIONAL_NETWORKS`): the channel stops
   * while one of them is down, whatever the hosting — コンビニ交付 (the online channel of certificates)
   * needs the LGWAN, 転入 and 広域交付 at the counter need 住基ネット.
   */
  networks: z
    .strictObject({ counter: list(z.enum(NATIONAL_NETWORKS)).default([]), online: list(z.enum(NATIONAL_NETWORKS)).default([]) })
    .default({ counter: [], online: [] }),
  /** Requests per 1,000 residents per year, by channel (counter: office hours; online: any time). */
  demandPer1000ResidentsPerYear: z.strictObject({ counter: nonNegative(), online: nonNegative() }),
  monthlyMultipliers: monthlyMultipliersSchema.default({}),
  /** Extra demand after a disaster at the town (罹災証明書, welfare consultations). */
  surge: z
    .strictObject({
      /** JMA intensity at the office site from which the surge happens. */
      afterJmaIntensityAtLeast: z.number().min(0).max(7.5),
      extraPer1000Residents: nonNegative(),
      startAfterDays: nonNegative(),
      overDays: positive(),
      /** Share of the extra requests that come online; the rest come to the counter. */
      onlineShare: probability(),
    })
    .optional(),
});

export type ServiceSpec = z.output<typeof serviceSchema>;
