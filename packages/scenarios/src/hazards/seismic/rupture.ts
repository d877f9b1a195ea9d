import { cos, pow, sin } from '@machi/sim-core';
import type { FaultType } from './attenuation.ts';
import { distanceKm, initialBearing } from './geo.ts';
import type { LatLon } from './geo.ts';

/** Length along strike and width down dip of a rupture plane, km. */
export type RuptureDimensions = { lengthKm: number; widthKm: number };

/**
 * Where and how a rupture lies: a rectangle through the hypocentre (`epicentre`, `depthKm`), centred on it
 * along strike and down dip, moved down dip only as far as keeps its top edge below the ground.
 * `strikeDeg` clockwise from north with the plane dipping to its right; absent, the strike is unknown and
 * each site sees the plane at 45° to its direction (the median of a uniformly random strike, see
 * `ruptureDistanceKm`). `lengthKm` and `widthKm` default to `ruptureDimensionsKm` of the magnitude.
 */
export type RuptureGeometry = {
  epicentre: LatLon;
  magnitude: number;
  depthKm: number;
  faultType: FaultType;
  /** In (0, 90]. */
  dipDeg: number;
  strikeDeg?: number;
  lengthKm?: number;
  widthKm?: number;
};

// Published magnitude scaling of rupture length L and down-dip width W (log10 km = a + b·Mw):
// - interface and intraslab: Strasser, Arango & Bommer (2010), "Source scaling relations of subduction
//   earthquakes", Seismological Research Letters 81(6):941–950, https://doi.org/10.1785/gssrl.81.6.941 —
//   interface L −2.477 + 0.585·Mw, W −0.882 + 0.351·Mw; intraslab L −2.35 + 0.562·Mw, W −1.058 + 0.356·Mw;
// - crustal: Wells & Coppersmith (1994), "New empirical relationships among magnitude, rupture length,
//   rupture width, rupture area, and surface displacement", BSSA 84(4):974–1002, all slip types —
//   W −1.01 + 0.32·M and area A −3.49 + 0.91·M, so L = A/W: −2.48 + 0.59·M.
const scaling: Record<FaultType, { length: [number, number]; width: [number, number] }> = {
  interplate: { length: [-2.477, 0.585], width: [-0.882, 0.351] },
  intraslab: { length: [-2.35, 0.562], width: [-1.058, 0.356] },
  crustal: { length: [-3.49 + 1.01, 0.91 - 0.32], width: [-1.01, 0.32] },
};

/**
 * Median rupture length and width of an earthquake of moment magnitude `magnitude` and type `faultType`
 * (Strasser et al. 2010 for subduction sources, Wells & Coppersmith 1994 for crustal ones; see the
 * coefficients above). Deterministic.
 * @example
 * ruptureDimensionsKm(9, 'interplate'); // { lengthKm: ≈ 614, widthKm: ≈ 189 }
 */
export function ruptureDimensionsKm(magnitude: number, faultType: FaultType): RuptureDimensions {
  const { length, width } = scaling[faultType];
  return { lengthKm: pow(10, length[0] + length[1] * magnitude), widthKm: pow(10, width[0] + width[1] * magnitude) };
}

/**
 * Dip of a rupture whose dip is not given, by type (assumptions, listed with their reasons in the model's
 * assumptions): a crustal fault of unknown mechanism is vertical; the plate interface off northeast Japan
 * dips gently (15°); an intraslab rupture cuts the slab steeply (60°).
 */
export const defaultDipDeg: Readonly<Record<FaultType, number>> = { crustal: 90, interplate: 15, intraslab: 60 };

const radiansPerDegree = Math.PI / 180;

/**
 * Rrup: the shortest distance in km from `site` (at the surface) to the rupture rectangle of `rupture`,
 * the distance Si & Midorikawa (1999) regress on (断層最短距離). The site is placed in a flat frame
 * around the epicentre by its great-circle distance and bearing (azimuthal equidistant: distances from
 * the epicentre are exact; the plane's own extent is distorted by well under 1% at a few hundred km).
 * With no strike, the plane is turned 45° from the site's direction: for a plane of any dip that is the
 * median orientation of a uniformly random strike when the site is far compared with the plane, and for a
 * vertical plane at any distance, because the distance only grows as the angle between the strike and
 * the site's direction opens. Deterministic.
 * @example
 * ruptureDistanceKm({ epicentre, magnitude: 9, depthKm: 24, faultType: 'interplate', dipDeg: 12, strikeDeg: 195 }, sendai);
 */
export function ruptureDistanceKm(rupture: RuptureGeometry, site: LatLon): number {
  return ruptureDistanceFromPolarKm(rupture, rupture.magnitude, distanceKm(rupture.epicentre, site), initialBearing(rupture.epicentre, site));
}

/** Geometry of `ruptureDistanceFromPolarKm` that does not depend on the epicentre or the site. */
export type RuptureShape = Omit<RuptureGeometry, 'epicentre' | 'magnitude'>;

/**
 * `ruptureDistanceKm` for a site `epicentralKm` from the epicentre at `bearing` (radians from north),
 * with the dimensions of `magnitude` unless the shape fixes them. Hot path (the rate calibration's
 * quadrature): no validation.
 */
export function ruptureDistanceFromPolarKm(shape: RuptureShape, magnitude: number, epicentralKm: number, bearing: number): number {
  const scaled = shape.lengthKm === undefined || shape.widthKm === undefined ? ruptureDimensionsKm(magnitude, shape.faultType) : undefined;
  const halfLength = (shape.lengthKm ?? scaled!.lengthKm) / 2;
  const halfWidth = (shape.widthKm ?? scaled!.widthKm) / 2;
  const strike = shape.strikeDeg === undefined ? bearing - Math.PI / 4 : shape.strikeDeg * radiansPerDegree;
  const dip = shape.dipDeg * radiansPerDegree;
  const sinDip = sin(dip);
  const cosDip = cos(dip);
  // The site relative to the hypocentre: east, north, and down (the site is at the surface, depthKm above).
  const east = epicentralKm * sin(bearing);
  const north = epicentralKm * cos(bearing);
  const down = -shape.depthKm;
  const sinStrike = sin(strike);
  const cosStrike = cos(strike);
  // Unit vectors: along strike (sinφ, cosφ, 0); down dip, to the right of the strike (cosφ·cosδ, −sinφ·cosδ, sinδ);
  // their normal (−cosφ·sinδ, sinφ·sinδ, cosδ).
  const along = east * sinStrike + north * cosStrike;
  let downDip = (east * cosStrike - north * sinStrike) * cosDip + down * sinDip;
  const normal = (-east * cosStrike + north * sinStrike) * sinDip + down * cosDip;
  // A plane centred on the hypocentre would reach above the ground when depth < halfWidth·sinδ: move it
  // down dip by the excess, which keeps the hypocentre on the plane (the shift is at most halfWidth).
  const shift = Math.max(0, halfWidth - shape.depthKm / sinDip);
  downDip -= shift;
  const dAlong = Math.max(0, Math.abs(along) - halfLength);
  const dDown = Math.max(0, Math.abs(downDip) - halfWidth);
  return Math.sqrt(dAlong * dAlong + dDown * dDown + normal * normal);
}

/**
 * The largest distance from the hypocentre to any point of the rupture of `magnitude` sized by
 * `ruptureDimensionsKm`: the hypocentre is midway along the strike and at most one width from either
 * edge down dip, so √((L/2)² + W²) bounds it. Rrup ≥ hypocentral distance − this, which lets a screen
 * bound the median intensity from the hypocentral distance alone. Deterministic.
 */
export function ruptureReachKm(magnitude: number, faultType: FaultType): number {
  const { lengthKm, widthKm } = ruptureDimensionsKm(magnitude, faultType);
  return Math.sqrt(0.25 * lengthKm * lengthKm + widthKm * widthKm);
}
