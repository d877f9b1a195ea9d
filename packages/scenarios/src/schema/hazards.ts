import { z } from 'zod';
import { quantitySpec } from './distribution-spec.ts';
import { annualRate, BOUNDS, id, latLon, list, name, nonNegative, probability, sourced } from './sourced.ts';

/**
 * One seismic source region: epicentres uniform over a disc, truncated Gutenberg–Richter magnitudes.
 * The event rate is calibrated so that `referenceSite` feels JMA 6弱 or more with the given 30-year
 * probability (J-SHIS), and each event's intensity is then computed at every site from its distance.
 */
export const seismicRegionSchema = z.strictObject({
  id: id(),
  center: latLon(),
  radiusKm: z.number().positive().max(BOUNDS.regionRadiusKm, 'regionRadius'),
  depthKm: z.number().min(0).max(BOUNDS.earthquakeDepthKm, 'earthquakeDepth'),
  faultType: z.enum(['crustal', 'interplate', 'intraslab']).default('crustal'),
  minMagnitude: z.number().min(4).max(9.5),
  maxMagnitude: z.number().min(4).max(9.5),
  bValue: sourced(z.number().positive().max(BOUNDS.quantity, 'quantity')),
  referenceSite: id(),
  probability30yJma6Lower: sourced(z.number().gt(0).lt(1)),
  /** Share of events under the sea, which can raise a tsunami when large enough. */
  offshoreShare: probability(),
}).superRefine((region, ctx) => {
  // Checked here, at its place in the file, rather than thrown by the magnitude law in every run.
  if (region.minMagnitude < region.maxMagnitude) return;
  const params = { messageKey: 'rangeReversed', lowKey: 'minMagnitude', low: region.minMagnitude, highKey: 'maxMagnitude', high: region.maxMagnitude };
  ctx.addIssue({ code: 'custom', path: ['minMagnitude'], message: 'rangeReversed', params });
});

export const hazardsSchema = z.strictObject({
  earthquake: z.strictObject({
    regions: list(seismicRegionSchema),
    /** Standard deviation of intensity around the attenuation median (aleatory). */
    intensitySigma: nonNegative(),
    tsunamiMinMagnitude: sourced(z.number().min(5).max(BOUNDS.quantity, 'quantity')),
    /** Intensity at a site from which its grid region blacks out (with the probability below). */
    blackoutJmaIntensityAtLeast: nonNegative(),
    blackoutProbability: probability(),
    blackoutHours: quantitySpec,
    /** Intensity at a vendor's location or at the town from which the vendor is congested. */
    regionalDisasterJmaIntensityAtLeast: nonNegative(),
    /** Hours IT staff and vendors need to reach work are multiplied by this after a strong quake. */
    assemblyDelayMultiplier: sourced(z.number().min(1).max(BOUNDS.quantity, 'quantity')),
  })
    .superRefine((quake, ctx) => {
      // The rate calibration divides by the scatter; without regions, 0 is a fine "no scatter".
      if (quake.regions.length === 0 || quake.intensitySigma > 0) return;
      ctx.addIssue({ code: 'too_small', origin: 'number', minimum: 0, inclusive: false, input: quake.intensitySigma, path: ['intensitySigma'] });
    }),
  volcano: z
    .strictObject({
      name: name(),
      location: latLon(),
      largeEruptionAnnualRate: annualRate(),
      smallEruptionAnnualRate: annualRate(),
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
      months: z.array(z.int().min(1).max(12)).min(1).max(12),
      /** Events per snow season. */
      annualRate: annualRate(),
      durationHours: quantitySpec,
      powerOutageProbability: probability(),
      powerOutageHours: quantitySpec,
      /** Probability that each route of each link from the office is cut. */
      lineCutProbability: probability(),
      assemblyDelayMultiplier: sourced(z.number().min(1).max(BOUNDS.quantity, 'quantity')),
    })
    .optional(),
  power: z.strictObject({
    /** Regional grid outages per year, per grid region. */
    regionalOutageAnnualRate: annualRate(),
    regionalOutageHours: quantitySpec,
  }),
  lgwan: z.strictObject({
    /** Nationwide LGWAN outages per year: a common cause for every town (jp-facts.md#5). */
    outageAnnualRate: annualRate(),
    outageHours: quantitySpec,
  }),
});

export type SeismicRegion = z.output<typeof seismicRegionSchema>;
export type Hazards = z.output<typeof hazardsSchema>;
