import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { BOUNDS, id, list, probability, sourced } from '../../schema/sourced.ts';
import { HOSTING_KINDS } from '../../vocabulary/hosting-kinds.ts';
import { at, hours } from '../scripted-fields.ts';

/**
 * One kind of announced maintenance window at every site of a hosting kind that holds a system: the
 * town's patch nights and the hall's statutory electrical inspection on-premises, the provider's windows
 * at a data centre or community cloud. `perYear` windows, evenly spaced, each starting on a Saturday at
 * 22:00; `overrunProbability` that the work runs `overrunHours` past its announced end.
 */
export const maintenanceWindowSchema = z.strictObject({
  id: id(),
  hostingKind: z.enum(HOSTING_KINDS),
  perYear: sourced(z.int().min(0).max(BOUNDS.annualRate, 'annualRate')),
  hours: quantitySpec,
  overrunProbability: probability(),
  overrunHours: quantitySpec,
});

/**
 * Server renewal of town-run sites (own room, housed racks): every `everyYears` (the lease period) the
 * servers are replaced in a weekend cutover of `hours`, which may overrun; `costYenPerSystem` is the
 * vendor's migration and testing work, paid in the renewal's year (the hardware's lease is in the
 * running cost).
 */
export const hardwareRenewalSchema = z.strictObject({
  everyYears: sourced(z.number().min(1).max(BOUNDS.horizonYears, 'quantity')),
  hours: quantitySpec,
  overrunProbability: probability(),
  overrunHours: quantitySpec,
  costYenPerSystem: quantitySpec,
});

/** The scenario's `hazards.maintenance` (optional): planned windows by hosting kind, and server renewal. */
export const maintenanceSectionSchema = z
  .strictObject({
    windows: list(maintenanceWindowSchema),
    renewal: hardwareRenewalSchema.optional(),
  })
  .optional();

/** A scripted maintenance window at a site; `overrunHours` 0 (the default) ends it on time. */
export const scriptedMaintenanceWindowSchema = z.strictObject({
  kind: z.literal('maintenanceWindow'),
  at,
  site: id(),
  hours,
  overrunHours: hours.optional(),
});

/** A scripted server renewal at a town-run site, with its cutover hours and any overrun. */
export const scriptedHardwareRenewalSchema = z.strictObject({
  kind: z.literal('hardwareRenewal'),
  at,
  site: id(),
  hours,
  overrunHours: hours.optional(),
  costYenPerSystem: z.number().min(0).max(BOUNDS.yen, 'yen').optional(),
});
