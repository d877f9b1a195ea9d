import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate, BOUNDS, id, list, probability } from '../../schema/sourced.ts';
import { at, hours } from '../scripted-fields.ts';

/** Typhoons that approach one grid region, and the share of them that bring long outages. */
const typhoonRegionSchema = z.strictObject({
  /** The grid region (a `powerRegion` of the sites) the typhoons sweep. */
  powerRegion: id(),
  /** Typhoons per year whose centre passes within 300 km (the 気象庁 "approach"). */
  approachAnnualRate: annualRate(),
  /** The share of approaches that bring the wind and fallen trees of a long regional outage. */
  damagingShare: probability(),
});

/**
 * The scenario's `hazards.typhoon` (optional): damaging typhoons over a grid region. Each cuts power to
 * a share of the region's customers for times drawn from a restoration curve (written as `bands`: the
 * share of customers back within each span of hours), brings down aerial lines and, rarely, damages a
 * building.
 */
export const typhoonSectionSchema = z
  .strictObject({
    /** Months (1..12) in which damaging typhoons come; none outside them. */
    months: z.array(z.int().min(1).max(12)).min(1).max(12),
    regions: list(typhoonRegionSchema),
    /** Probability that a site of the swept region is among the customers who lose power. */
    powerOutageProbability: probability(),
    /** Hours until a customer who lost power has it back: the restoration curve. */
    outageHours: quantitySpec,
    /** Probability that each route of each line from a site of the region is brought down. */
    lineCutProbability: probability(),
    lineRepairHours: quantitySpec,
    /** Probability that the wind wrecks a site of the region (roof, windows, rain in the machine room). */
    buildingDamageProbability: probability(),
  })
  .optional();

/**
 * A scripted typhoon over `powerRegion`. Fields given are forced: `outageHours` cuts every site of the
 * region for that long; `routesCut` brings down that many routes of every line from the region (the
 * first ones; the others run another way), repaired after `lineRepairHours`. Fields left out are drawn
 * from `hazards.typhoon` (without that section, nothing happens that the event does not force).
 */
export const scriptedTyphoonSchema = z.strictObject({
  kind: z.literal('typhoon'),
  at,
  powerRegion: id(),
  outageHours: hours.optional(),
  routesCut: z.int().min(0).max(BOUNDS.routes, 'simulatedOneByOne').optional(),
  lineRepairHours: hours.optional(),
});
