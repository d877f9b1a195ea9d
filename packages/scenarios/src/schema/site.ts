import { z } from 'zod';
import { quantitySpec } from './distribution-spec.ts';
import { annualRate, BOUNDS, id, label, latLon, list, nonNegative, probability, simulatedCount, sourced, yen } from './sourced.ts';

import { HOSTING_KINDS, type HostingKind } from '../vocabulary/hosting-kinds.ts';

/** The hosting kinds a site can have (`HOSTING_KINDS`). */
export const SITE_KINDS = HOSTING_KINDS;
export type SiteKind = HostingKind;

/** Lognormal fragility of a building and its racks, by JMA instrumental intensity at the site. */
export const fragilitySchema = z.strictObject({
  medianJmaIntensity: sourced(z.number().min(0).max(7.5)),
  beta: sourced(z.number().positive().max(BOUNDS.quantity, 'quantity')),
});

/**
 * A place where systems or people are. Hazards act on sites: the earthquake shakes it according to its
 * location, the tsunami floods it if it is coastal and low, the blackout drains its generator.
 */
export const siteSchema = z.strictObject({
  id: id(),
  name: label().optional(),
  kind: z.enum(SITE_KINDS),
  location: latLon(),
  /** Whether a tsunami can reach the site (on the coast, in the inundation zone). */
  coastal: z.boolean().default(false),
  groundElevationM: sourced(z.number().min(-BOUNDS.quantity).max(BOUNDS.quantity, 'quantity')),
  /** Height of the server room (or office floor) above the ground. */
  floorAboveGroundM: nonNegative(),
  /**
   * Height of the generator (or its fuel and switchgear, whichever is lowest) above the ground: a flood
   * deeper than this drowns it. Absent: at ground level, where 常総市's stood in 2015 and where 39% of the
   * generators at flood-exposed town halls had no protection in 消防庁's 2015 survey.
   */
  generatorAboveGroundM: nonNegative().optional(),
  /** Height above the ground where the lines come into the building; a flood deeper than this cuts them. Absent: at ground level. */
  lineEntryAboveGroundM: nonNegative().optional(),
  fragility: fragilitySchema,
  /** Ground amplification of shaking (PGV factor from bedrock to surface). */
  siteAmplification: sourced(z.number().positive().max(BOUNDS.quantity, 'quantity')),
  /** Hours the generator runs on its own fuel; 0 = no generator (or the room is not on its circuit). */
  generatorHours: nonNegative(),
  /** Probability that the generator fails to start or is flooded when needed. */
  generatorFailureProbability: probability(),
  /** Grid region: a regional blackout takes every site of the region. */
  powerRegion: id(),
  /** `evacuation`: inside the volcanic evacuation zone; `ashfall`: ash reaches it; `none`. */
  volcanoZone: z.enum(['evacuation', 'ashfall', 'none']).default('none'),
  /** Municipalities sharing the site (a community cloud); costs and recovery work are shared. */
  memberTowns: simulatedCount().default(1),
  /** Availability zones (public cloud). */
  zones: list(id()).default([]),
  /** Who recovers the site's equipment: a vendor id, or `provider` for a cloud operator's own staff. */
  recoveredBy: id(),
  /** Hours from destruction to replacement hardware being ready (procurement, or the provider's rebuild). */
  replacementHours: quantitySpec,
  /** Facility outages (power, cooling, network inside the data centre). */
  facilityOutageAnnualRate: annualRate(),
  /**
   * Hours one facility outage lasts. Needed only where the site has facility outages: a rate above 0, or
   * a scripted facility outage without its own duration (`checkReferences` says which is missing).
   */
  facilityOutageHours: quantitySpec.optional(),
  /** The town's fixed annual cost for the site (for a shared site: the whole cost, divided by memberTowns). */
  annualCostYen: yen(),
});

export type Site = z.output<typeof siteSchema>;
export type Fragility = z.output<typeof fragilitySchema>;
