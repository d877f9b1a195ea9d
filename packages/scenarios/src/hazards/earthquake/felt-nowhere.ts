import { distanceKm, type LatLon } from '../seismic/index.ts';
import type { FeltScreen } from '../../model/felt-screen.ts';
import { MODEL_ASSUMPTIONS } from '../../model/model-assumptions.ts';
import type { PreparedRegion } from '../../model/prepare.ts';
import type { Town } from '../../model/town.ts';
import type { QuakeInput } from './earthquake.ts';

/** Below this intensity at every site and vendor an earthquake is not recorded: nothing reacts to it. */
export const FELT_INTENSITY = MODEL_ASSUMPTIONS.feltJmaIntensity.value;

/**
 * Whether the quake is proved to stay below FELT_INTENSITY at every site and vendor whatever the exact
 * medians are (`FeltScreen` bounds them), given each one's drawn scatter. A quake drawn from `region`
 * is first tried at the region's nearest possible distance, which spares the distance of far sites.
 * False when in doubt, so the exact path decides (and throws for a magnitude or depth `medianIntensity`
 * rejects). Hot path: most sampled quakes are felt nowhere.
 */
export function feltNowhere(town: Town, quake: QuakeInput, siteShift: readonly number[], vendorShift: readonly number[], region?: PreparedRegion): boolean {
  if (!(quake.magnitude > 0 && quake.depthKm >= 0)) return false;
  // The screen's bound assumes a rupture sized by its magnitude; a scripted one may be larger.
  if (quake.lengthKm !== undefined || quake.widthKm !== undefined) return false;
  const { prepared } = town;
  const screen = prepared.feltScreen(quake.depthKm, quake.faultType);
  const sites = town.scenario.sites;
  for (let i = 0; i < sites.length; i++) {
    const nearestKm = region?.minDistanceKmToSite[i] ?? 0;
    if (!belowFelt(screen, quake, sites[i]!.location, nearestKm, prepared.log10SiteAmplification[i]!, siteShift[i]!)) return false;
  }
  const vendors = town.scenario.people.vendors;
  for (let i = 0; i < vendors.length; i++) {
    const nearestKm = region?.minDistanceKmToVendor[i] ?? 0;
    if (!belowFelt(screen, quake, vendors[i]!.location, nearestKm, prepared.log10DefaultAmplification, vendorShift[i]!)) return false;
  }
  return true;
}

/** Whether the bound at `nearestKm` (no distance needed), or else at the exact distance, stays below felt. */
function belowFelt(screen: FeltScreen, quake: QuakeInput, location: LatLon, nearestKm: number, log10Amplification: number, shift: number): boolean {
  const depthSquared = quake.depthKm * quake.depthKm;
  if (screen.maxMedianIntensity(quake.magnitude, Math.sqrt(nearestKm * nearestKm + depthSquared), log10Amplification) + shift < FELT_INTENSITY) return true;
  const epicentralKm = distanceKm(quake.epicentre, location);
  return screen.maxMedianIntensity(quake.magnitude, Math.sqrt(epicentralKm * epicentralKm + depthSquared), log10Amplification) + shift < FELT_INTENSITY;
}
