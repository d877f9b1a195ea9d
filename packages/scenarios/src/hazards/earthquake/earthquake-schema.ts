import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { BOUNDS, id, latLon, list, nonNegative, probability, quantity, sourced } from '../../schema/sourced.ts';
import { MODEL_ASSUMPTIONS } from '../../model/model-assumptions.ts';
import { at } from '../scripted-fields.ts';
import { customIssue } from '../../schema/custom-issue.ts';

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
  if (region.minMagnitude >= region.maxMagnitude) {
    customIssue(ctx, ['minMagnitude'], 'rangeReversed', { lowKey: 'minMagnitude', low: region.minMagnitude, highKey: 'maxMagnitude', high: region.maxMagnitude });
  }
});

/** The scenario's `hazards.earthquake`: its seismic regions and what strong shaking does. */
export const earthquakeSectionSchema = z.strictObject({
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
}).superRefine((quake, ctx) => {
  // The rate calibration divides by the scatter; without regions, 0 is a fine "no scatter".
  if (quake.regions.length === 0 || quake.intensitySigma > 0) return;
  ctx.addIssue({ code: 'too_small', origin: 'number', minimum: 0, inclusive: false, input: quake.intensitySigma, path: ['intensitySigma'] });
});

/** A scripted earthquake: its source, and optionally the intensity at some sites and the tsunami. */
export const scriptedEarthquakeSchema = z.strictObject({
  kind: z.literal('earthquake'),
  at,
  magnitude: z.number().min(4).max(9.5),
  epicentre: latLon(),
  depthKm: z.number().min(0).max(BOUNDS.earthquakeDepthKm, 'earthquakeDepth').default(MODEL_ASSUMPTIONS.scriptedQuakeDepthKm.value),
  /** Force the JMA intensity at some sites instead of computing it. */
  intensityBySite: z.record(id(), z.number().min(0).max(7.5)).optional(),
  /** Force a tsunami of this coastal height (m); `0` for none; absent: by magnitude and offshore draw. */
  tsunamiHeightM: quantity().optional(),
});
