import { z } from 'zod';
import { quantitySpec } from './distribution-spec.ts';
import { fragilitySchema } from './site.ts';
import { annualRate, id, list, probability, routeCount, yen } from './sourced.ts';

/**
 * The lines from one site (usually the town hall) to remote sites. A remote system the town cannot
 * reach is down for the town, so a single line is a single point of failure.
 */
export const linkSchema = z.strictObject({
  id: id(),
  from: id(),
  to: list(id()).min(1),
  /** Independent routes (carriers or paths); the link is cut only when every route is cut. */
  routes: routeCount(),
  /** Everyday faults per route per year (construction cuts, equipment). */
  faultAnnualRatePerRoute: annualRate(),
  repairHours: quantitySpec,
  /** Probability that a route is cut, by JMA intensity at the `from` site. */
  quakeFragility: fragilitySchema,
  /** Share of a disaster's cuts that take every route at once (shared poles and conduits). */
  commonCauseShare: probability(),
  disasterRepairHours: quantitySpec,
  /** Carried over the LGWAN: a nationwide LGWAN outage cuts it. */
  overLgwan: z.boolean().default(false),
  annualCostYenPerRoute: yen(),
});

export type Link = z.output<typeof linkSchema>;
