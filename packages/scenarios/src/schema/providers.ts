import { z } from 'zod';
import { cloudSchema } from '../hazards/provider-outages/provider-outages-schema.ts';
import { vendorExitSchema } from '../hazards/vendor-exit/vendor-exit-schema.ts';
import { MODEL_ASSUMPTIONS } from '../model/model-assumptions.ts';
import { quantitySpec } from './distribution-spec.ts';
import { simulatedCount } from './sourced.ts';

/**
 * Cloud operator events (the provider-outages module), shared-site recovery, and the forced migration
 * when a vendor ends its service (the vendor-exit module). Written out, not read from the registry: the
 * section mixes modules' parameters with recovery's, in an order fixed by the canonical JSON.
 */
export const providersSchema = z.strictObject({
  cloud: cloudSchema,
  /** Hours of provider work per member town to bring a shared site back (the town waits its turn). */
  sharedSiteRestoreHoursPerTown: quantitySpec,
  /** Member towns' tenants a shared site's operator restores at once (its crews, shared by the member towns). */
  sharedSiteRestoreCrews: simulatedCount().default(MODEL_ASSUMPTIONS.sharedSiteRestoreCrews.value),
  vendorExit: vendorExitSchema,
});

export type Providers = z.output<typeof providersSchema>;
