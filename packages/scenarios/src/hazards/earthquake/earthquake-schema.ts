import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { BOUNDS, id, latLon, list, nonNegative, probability, quantity, sourced } from '../../schema/sourced.ts';
import { MODEL_ASSUMPTIONS } from '../../model/model-assumptions.ts';
import { at } from '../scripted-fields.ts';
import { customIssue } from '../../schema/custom-issue.ts';

/**
 * The source types of Si & Midorikawa (1999): crustal (内陸地殻内), interplate — the subduction interface
 * at a trench (プレート間) — and intraslab (プレート内, within the subducting plate).
 */
const faultType = z.enum(['crustal', 'interplate', 'intraslab']);

/** How a rupture plane lies; absent fields take the defaults of `RuptureGeometry` (hazards/seismic). */
const ruptureOrientation = {
  /** Strike in degrees clockwise from north, the plane dipping to its right (e.g. along the trench). */
  strikeDeg: z.number().min(0).lt(360).optional(),
  /** Dip in degrees; default by source type (MODEL_ASSUMPTIONS: 90 crustal, 15 interplate, 60 intraslab). */
  dipDeg: z.number().gt(0).max(90).optional(),
};

/**
 * One seismic source region: epicentres uniform over a disc, truncated Gutenberg–Richter magnitudes.
 * The event rate is calibrated so that `referenceSite` feels JMA 6弱 or more with the given 30-year
 * probability (J-SHIS), and each event's intensity is then computed at every site from its distance to
 * the event's rupture: a plane of the region's source type, strike and dip, sized by the magnitude.
 */
export const seismicRegionSchema = z.strictObject({
  id: id(),
  center: latLon(),
  radiusKm: z.number().positive().max(BOUNDS.regionRadiusKm, 'regionRadius'),
  depthKm: z.number().min(0).max(BOUNDS.earthquakeDepthKm, 'earthquakeDepth'),
  faultType: faultType.default('crustal'),
  ...ruptureOrientation,
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
  /** Source type; default crustal, as every scripted quake was before the type existed. */
  faultType: faultType.default(MODEL_ASSUMPTIONS.scriptedQuakeFaultType.value),
  ...ruptureOrientation,
  /** Rupture length along strike and width down dip (km); default by magnitude and type (`ruptureDimensionsKm`). */
  lengthKm: z.number().positive().max(BOUNDS.quantity, 'quantity').optional(),
  widthKm: z.number().positive().max(BOUNDS.quantity, 'quantity').optional(),
  /** Force the JMA intensity at some sites instead of computing it. */
  intensityBySite: z.record(id(), z.number().min(0).max(7.5)).optional(),
  /** Force a tsunami of this coastal height (m); `0` for none; absent: by magnitude and offshore draw. */
  tsunamiHeightM: quantity().optional(),
});
