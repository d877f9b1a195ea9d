import { normalQuantileAS241 } from '@machi/sim-core';
import type { RandomStream } from '@machi/sim-core';
import { intensitySigma, medianIntensity } from './attenuation.ts';
import type { Earthquake } from './earthquake-source.ts';
import type { LatLon } from './geo.ts';
import { requireNonNegative } from './parameters.ts';
import { ruptureDistanceKm } from './rupture.ts';
import { defaultSiteAmplification } from './site-amplification.ts';

/** How a site responds: its PGV amplification and the intensity scatter to draw with. */
export type SiteResponse = {
  /** PGV ratio surface / engineering bedrock; default `defaultSiteAmplification` (≈ 1.41, AVS30 400 m/s). */
  siteAmplification?: number;
  /** Standard deviation of the intensity about its median; default `intensitySigma` (≈ 0.40). */
  sigma?: number;
};

/**
 * The median JMA instrumental intensity that `earthquake` produces at `site` (`medianIntensity` at the
 * shortest distance to its rupture plane, `ruptureDistanceKm`). Deterministic.
 * @throws RangeError as `medianIntensity` and `distanceKm`.
 * @example
 * medianSiteIntensity(quake, townHall, { siteAmplification: siteAmplificationFromAvs30(250) });
 */
export function medianSiteIntensity(earthquake: Earthquake, site: LatLon, response: SiteResponse = {}): number {
  return medianIntensity({
    magnitude: earthquake.magnitude,
    depthKm: earthquake.depthKm,
    ruptureDistanceKm: ruptureDistanceKm(earthquake, site),
    siteAmplification: response.siteAmplification ?? defaultSiteAmplification,
    faultType: earthquake.faultType,
  });
}

/**
 * One draw of the intensity at `site`: median + σ·ε with ε standard normal from one `randomOpen()`
 * uniform (inversion). Simplification: ε is drawn independently for every site, so two sites near
 * each other are no more alike than two far apart (real residuals share an event term and are
 * spatially correlated over tens of km); per-site marginals are right, joint damage is not.
 * @throws RangeError as `medianSiteIntensity`, or if sigma is negative.
 * @example
 * sampleSiteIntensity(quake, dataCentre, {}, streams.get('hazard.earthquake.site'));
 */
export function sampleSiteIntensity(earthquake: Earthquake, site: LatLon, response: SiteResponse, stream: RandomStream): number {
  const sigma = requireNonNegative('sampleSiteIntensity sigma', response.sigma ?? intensitySigma);
  return medianSiteIntensity(earthquake, site, response) + sigma * normalQuantileAS241(stream.randomOpen());
}
