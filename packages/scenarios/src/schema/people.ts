import { z } from 'zod';
import { quantitySpec } from './distribution-spec.ts';
import { annualRate, BOUNDS, id, label, latLon, list, nonNegative, probability, simulatedCount, sourced, yen } from './sourced.ts';

/** The town's own IT staff: few, and slower to assemble at night and on holidays. */
export const itStaffSchema = z.strictObject({
  count: simulatedCount(),
  /** Hours from the call to the staff member being at work, by when the call comes. */
  assembleHours: z.strictObject({ workday: nonNegative(), night: nonNegative(), holiday: nonNegative() }),
  /** Share of staff free for IT work during a disaster (the rest staff the disaster HQ). */
  disasterAvailabilityShare: probability(),
  /** Hours the disaster HQ keeps the other staff busy after a disaster. */
  disasterDutyHours: nonNegative(),
  hourlyCostYen: yen(),
  overtimeMultiplier: sourced(z.number().min(1).max(BOUNDS.quantity, 'quantity')),
});

/** A vendor: engineers who travel to the town and who serve other towns too. */
export const vendorSchema = z.strictObject({
  id: id(),
  name: label().optional(),
  location: latLon(),
  engineers: simulatedCount(),
  travelHours: nonNegative(),
  /** While a disaster slows the region, travel takes at least this many times longer (roads, fuel); a larger local multiple (snow, flood, quake) wins. */
  disasterTravelMultiplier: sourced(z.number().min(1).max(BOUNDS.quantity, 'quantity')),
  /** Towns served by this vendor; in a regional disaster they all queue for the same engineers. */
  townsServed: simulatedCount(),
  /** `premium`: on site within `responseHours` at any time; `next-business-day`: from the next office hours. */
  contract: z.enum(['premium', 'next-business-day']),
  responseHours: nonNegative(),
  /** Hours of engineer work to repair a failed server. */
  repairHours: quantitySpec,
  /** Hours of engineer work per system to rebuild it on new hardware (before restoring data). */
  rebuildHours: quantitySpec,
  hourlyCostYen: yen(),
  /** Annual probability that the vendor ends its service (forced migration). */
  exitAnnualRate: annualRate(),
  /** Annual rate of a compromise at the vendor that exposes the data it holds for every town it serves. */
  compromiseAnnualRate: annualRate(),
  /** Share of the town's residents whose data the vendor holds (for a compromise). */
  dataHeldShare: probability(),
  /** Probability that another town served is hit in the same regional disaster. */
  otherTownAffectedProbability: probability(),
});

export const peopleSchema = z.strictObject({
  itStaff: itStaffSchema,
  vendors: list(vendorSchema).min(1),
});

export type ItStaff = z.output<typeof itStaffSchema>;
export type Vendor = z.output<typeof vendorSchema>;
export type People = z.output<typeof peopleSchema>;
