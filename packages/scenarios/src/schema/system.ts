import { z } from 'zod';
import { DATA_CLASSES } from '../policy/index.ts';
import { MODEL_ASSUMPTIONS } from '../model/model-assumptions.ts';
import { quantitySpec } from './distribution-spec.ts';
import { byHostingKind } from './by-hosting-kind.ts';
import { annualRate, count, id, label, list, nonNegative, positive, quantity, yen } from './sourced.ts';
import { SEGMENTS } from '../vocabulary/segments.ts';

export { SEGMENTS, type Segment } from '../vocabulary/segments.ts';

/** A copy of a system's data: taken every `intervalHours`, kept at `site`, reachable by ransomware unless offline. */
export const backupSchema = z.strictObject({
  site: id(),
  intervalHours: positive(),
  /** Hours after midnight (of the start date) of the first copy; copies then follow every interval. */
  offsetHours: quantity().default(MODEL_ASSUMPTIONS.backupOffsetHours.value),
  /** Offline (tape taken out, immutable storage): ransomware cannot reach it. */
  offline: z.boolean(),
});

/** A business system: where it runs, on which network segment, whose data it holds and how it is backed up. */
export const systemSchema = z.strictObject({
  id: id(),
  name: label().optional(),
  segment: z.enum(SEGMENTS),
  site: id(),
  /** `multiAz` survives the loss of one availability zone (public cloud only). */
  deployment: z.enum(['single', 'multiAz']).default('single'),
  /** Zone of a single-zone deployment (public cloud); defaults to the site's first zone. */
  zone: id().optional(),
  critical: z.boolean(),
  rtoHours: nonNegative(),
  /** Residents whose personal data the system holds (data subjects). */
  persons: count(),
  dataClasses: list(z.enum(DATA_CLASSES)).min(1),
  /** The welfare system holds the evacuation-support list. */
  holdsEvacuationSupportList: z.boolean().default(false),
  vendor: id(),
  /** Whether the system needs the LGWAN itself (LGWAN mail, inter-government exchange). */
  requiresLgwan: z.boolean().default(false),
  /** Hardware incidents per year that stop the system (own or housed servers only). */
  hardwareFailureAnnualRate: annualRate(),
  /** Hours of work to restore the data from a backup once hardware is ready. */
  restoreHours: quantitySpec,
  backups: list(backupSchema).default([]),
  /**
   * Running cost per year of this system, by hosting kind of its site. For a shared site (community
   * cloud) it is the cost of the whole shared system; the town pays 1/memberTowns of it.
   */
  annualCostYen: byHostingKind(yen),
});

export type Backup = z.output<typeof backupSchema>;
export type SystemSpec = z.output<typeof systemSchema>;
