import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate, id, probability } from '../../schema/sourced.ts';
import { at, hours } from '../scripted-fields.ts';

/** The scenario's `providers.cloud`: outages of a public cloud's zones and regions. */
export const cloudSchema = z.strictObject({
  /** Outages of one availability zone, per zone per year. */
  zoneOutageAnnualRatePerZone: annualRate(),
  zoneOutageHours: quantitySpec,
  /** Probability that a multi-AZ deployment fails over badly and goes down with the zone. */
  multiAzFailoverFailureProbability: probability(),
  regionOutageAnnualRate: annualRate(),
  regionOutageHours: quantitySpec,
});

/** A scripted outage of one zone of a site. */
export const scriptedZoneOutageSchema = z.strictObject({ kind: z.literal('zoneOutage'), at, site: id(), zone: id(), durationHours: hours.optional() });
/** A scripted outage of a whole cloud region (a site). */
export const scriptedRegionOutageSchema = z.strictObject({ kind: z.literal('regionOutage'), at, site: id(), durationHours: hours.optional() });
/** A scripted facility outage of a data centre or server room. */
export const scriptedFacilityOutageSchema = z.strictObject({ kind: z.literal('facilityOutage'), at, site: id(), durationHours: hours.optional() });
