import { z } from 'zod';
import { quantitySpec } from './distribution-spec.ts';
import { id, latLon, nonNegative, probability, sourced } from './sourced.ts';

/**
 * One seismic source region: epicentres uniform over a disc, truncated Gutenberg–Richter magnitudes.
 * The event rate is calibrated so that `referenceSite` feels JMA 6弱 or more with the given 30-year
 * probability (J-SHIS), and each event's intensity is then computed at every site from its distance.
 */
export const seismicRegionSchema = z.strictObject({
  id: id(),
  center: latLon(),
  radiusKm: z.number().positive(),
  depthKm: z.number().min(0),
  faultType: z.enum(['crustal', 'interplate', 'intraslab']).default('crustal'),
  minMagnitude: z.number().min(4),
  maxMagnitude: z.number().max(9.5),
  bValue: sourced(z.number().positive()),
  referenceSite: id(),
  probability30yJma6Lower: sourced(z.number().gt(0).lt(1)),
  /** Share of events under the sea, which can raise a tsunami when large enough. */
  offshoreShare: probability(),
});

export const hazardsSchema = z.strictObject({
  earthquake: z.strictObject({
    regions: z.array(seismicRegionSchema),
    /** Standard deviation of intensity around the attenuation median (aleatory). */
    intensitySigma: sourced(z.number().min(0)),
    tsunamiMinMagnitude: sourced(z.number().min(5)),
    /** Intensity at a site from which its grid region blacks out (with the probability below). */
    blackoutJmaIntensityAtLeast: sourced(z.number().min(0)),
    blackoutProbability: probability(),
    blackoutHours: quantitySpec,
    /** Intensity at a vendor's location or at the town from which the vendor is congested. */
    regionalDisasterJmaIntensityAtLeast: sourced(z.number().min(0)),
    /** Hours IT staff and vendors need to reach work are multiplied by this after a strong quake. */
    assemblyDelayMultiplier: sourced(z.number().min(1)),
  }),
  volcano: z
    .strictObject({
      name: z.string().min(1),
      location: latLon(),
      largeEruptionAnnualRate: nonNegative(),
      smallEruptionAnnualRate: nonNegative(),
      /** Days the evacuation zone stays closed after a large eruption. */
      evacuationDays: quantitySpec,
      /** Probability that a small eruption also closes the evacuation zone (for `smallEvacuationDays`). */
      smallEvacuationProbability: probability(),
      smallEvacuationDays: quantitySpec,
      /** Probability that ash cuts power at an ashfall or evacuation-zone site, and for how long. */
      ashPowerOutageProbability: probability(),
      ashPowerOutageHours: quantitySpec,
    })
    .optional(),
  heavySnow: z
    .strictObject({
      /** Months (1..12) in which heavy snow can fall; none outside them. */
      months: z.array(z.int().min(1).max(12)).min(1),
      /** Events per snow season. */
      annualRate: nonNegative(),
      durationHours: quantitySpec,
      powerOutageProbability: probability(),
      powerOutageHours: quantitySpec,
      /** Probability that each route of each link from the office is cut. */
      lineCutProbability: probability(),
      assemblyDelayMultiplier: sourced(z.number().min(1)),
    })
    .optional(),
  power: z.strictObject({
    /** Regional grid outages per year, per grid region. */
    regionalOutageAnnualRate: nonNegative(),
    regionalOutageHours: quantitySpec,
  }),
  lgwan: z.strictObject({
    /** Nationwide LGWAN outages per year: a common cause for every town (jp-facts.md#5). */
    outageAnnualRate: nonNegative(),
    outageHours: quantitySpec,
  }),
});

export type SeismicRegion = z.output<typeof seismicRegionSchema>;
export type Hazards = z.output<typeof hazardsSchema>;
