import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate, BOUNDS, id, label, list, quantity, sourced } from '../../schema/sourced.ts';
import { at, hours } from '../scripted-fields.ts';

/** A depth of water above the ground (m): up to 20 m, beyond the deepest band of any 浸水想定区域 map. */
const depthM = () => z.number().min(0).max(20);

/**
 * One flood scenario of a river or of inland (pluvial) water, as a hazard map draws it: how often it
 * comes, the depth of water above the ground at each site inside its 浸水想定区域, and how long it lasts.
 * Sites it does not name stay dry. A town with a planned-scale (L1) and a maximum-assumed (L2) map of
 * one river gives two regions: the L2 region's rate is then the rate of floods beyond the L1 scale.
 */
export const floodRegionSchema = z.strictObject({
  id: id(),
  name: label().optional(),
  /** Floods per year reaching the depths below (1 / the return period of the map's rainfall). */
  annualRate: annualRate(),
  /** Depth of water above the ground at each site the flood reaches (the map's depth band). */
  depthAboveGroundMBySite: z.record(id(), quantitySpec),
  /** Hours until the water has gone from the sites (the map's 浸水継続時間). */
  recedeHours: quantitySpec,
  /** Hours the grid is down at a flooded site (substations and feeders in the water); 0: it stays up. */
  powerOutageHours: quantitySpec,
  /** Hours to repair a line cut where it enters a flooded building, counted from the water receding. */
  lineRepairHours: quantitySpec,
  /** Hours from the water receding to a flooded building being usable again (mud, drying, wiring checks). */
  buildingRestorationHours: quantitySpec,
  /** Hours IT staff and vendors need to get in are multiplied by this while the water is up. */
  assemblyDelayMultiplier: sourced(z.number().min(1).max(BOUNDS.quantity, 'quantity')),
});

/** The scenario's `hazards.riverFlood` (optional): the flood scenarios of the town's rivers and low ground. */
export const riverFloodSectionSchema = z.strictObject({ regions: list(floodRegionSchema) }).optional();

/**
 * A scripted flood: the depth of water above the ground at named sites (others stay dry), how long it
 * stays, and optionally how long the grid, the lines and the buildings take to come back.
 */
export const scriptedRiverFloodSchema = z.strictObject({
  kind: z.literal('riverFlood'),
  at,
  depthAboveGroundMBySite: z.record(id(), depthM()),
  recedeHours: hours,
  /** Default: the grid comes back when the water has gone. */
  powerOutageHours: hours.optional(),
  /** Default 0: the lines work again when the water has gone. */
  lineRepairHours: hours.optional(),
  /** Default 0: a flooded building is usable again when the water has gone. */
  buildingRestorationHours: hours.optional(),
  /** Default 1: staff get in as usual. */
  assemblyDelayMultiplier: quantity().min(1).optional(),
});

export type FloodRegion = z.output<typeof floodRegionSchema>;
