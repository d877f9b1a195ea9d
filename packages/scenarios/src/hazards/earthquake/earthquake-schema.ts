import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { id, latLon, probability, sourced } from '../../schema/sourced.ts';
import { MODEL_ASSUMPTIONS } from '../../model/model-assumptions.ts';
import { at } from '../scripted-fields.ts';

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
  radiusKm: z.number().positive(),
  depthKm: z.number().min(0),
  faultType: faultType.default('crustal'),
  ...ruptureOrientation,
  minMagnitude: z.number().min(4),
  maxMagnitude: z.number().max(9.5),
  bValue: sourced(z.number().positive()),
  referenceSite: id(),
  probability30yJma6Lower: sourced(z.number().gt(0).lt(1)),
  /** Share of events under the sea, which can raise a tsunami when large enough. */
  offshoreShare: probability(),
});

/** The scenario's `hazards.earthquake`: its seismic regions and what strong shaking does. */
export const earthquakeSectionSchema = z.strictObject({
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
});

/** A scripted earthquake: its source, and optionally the intensity at some sites and the tsunami. */
export const scriptedEarthquakeSchema = z.strictObject({
  kind: z.literal('earthquake'),
  at,
  magnitude: z.number().min(4).max(9.5),
  epicentre: latLon(),
  depthKm: z.number().min(0).default(MODEL_ASSUMPTIONS.scriptedQuakeDepthKm.value),
  /** Source type; default crustal, as every scripted quake was before the type existed. */
  faultType: faultType.default(MODEL_ASSUMPTIONS.scriptedQuakeFaultType.value),
  ...ruptureOrientation,
  /** Rupture length along strike and width down dip (km); default by magnitude and type (`ruptureDimensionsKm`). */
  lengthKm: z.number().positive().optional(),
  widthKm: z.number().positive().optional(),
  /** Force the JMA intensity at some sites instead of computing it. */
  intensityBySite: z.record(id(), z.number().min(0).max(7.5)).optional(),
  /** Force a tsunami of this coastal height (m); `0` for none; absent: by magnitude and offshore draw. */
  tsunamiHeightM: z.number().min(0).optional(),
});
