import { z } from 'zod';
import { backupSchema } from './system.ts';
import { bcpSchema } from './municipality.ts';
import { measureSchema } from './measure.ts';
import { id, label, list, nonNegative, routeCount } from './sourced.ts';

/**
 * What the town is deciding: a hosting choice plus a list of measures. A variant overrides parts of the
 * base scenario — where each system runs, its backups, the redundancy of lines, generators and BCP
 * measures — either field by field (`systems`, `links`, `sites`, `bcp`) or as `measures`, each named by
 * its kind and carrying its cost, which resolve into the same overrides (`resolveVariant`) and are
 * listed in reports. Everything else is shared, so the variants of one replication meet the same
 * hazards (common random numbers).
 */
export const variantSchema = z.strictObject({
  label: label().optional(),
  systems: z
    .record(
      id(),
      z.strictObject({
        site: id().optional(),
        deployment: z.enum(['single', 'multiAz']).optional(),
        zone: id().optional(),
        backups: list(backupSchema).optional(),
        vendor: id().optional(),
      }),
    )
    .default({}),
  links: z.record(id(), z.strictObject({ routes: routeCount().optional() })).default({}),
  sites: z.record(id(), z.strictObject({ generatorHours: nonNegative().optional() })).default({}),
  bcp: bcpSchema.optional(),
  /** Measures on top of the hosting choice, applied after the fields above, in order. */
  measures: list(measureSchema).default([]),
});

export type Variant = z.output<typeof variantSchema>;
