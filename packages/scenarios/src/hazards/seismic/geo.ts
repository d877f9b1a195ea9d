import { atan2, cos, sin } from '@machi/sim-core';
import { requireFinite, requireNonNegative } from './parameters.ts';

/** A point on the Earth in decimal degrees (WGS 84 coordinates, treated as on a sphere). */
export type LatLon = { latitude: number; longitude: number };

/** Mean Earth radius in km (IUGG), the usual sphere for great-circle distances. */
export const earthRadiusKm = 6371;

const radiansPerDegree = Math.PI / 180;

/**
 * Great-circle distance in km between two points, by the haversine formula on a sphere of radius
 * 6371 km (error against the ellipsoid up to about 0.5%, far below the scatter of any attenuation law).
 * Deterministic: only sim-core's sin/cos/atan2 and Math.sqrt.
 * @throws RangeError if a latitude is outside [−90, 90] or a coordinate is not finite.
 * @example
 * distanceKm({ latitude: 35.6895, longitude: 139.6917 }, { latitude: 43.0618, longitude: 141.3545 }); // ≈ 831 (Tokyo–Sapporo)
 */
export function distanceKm(a: LatLon, b: LatLon): number {
  requireLatLon('distanceKm a', a);
  requireLatLon('distanceKm b', b);
  const phi1 = a.latitude * radiansPerDegree;
  const phi2 = b.latitude * radiansPerDegree;
  const sinHalfDPhi = sin((phi2 - phi1) / 2);
  const sinHalfDLambda = sin(((b.longitude - a.longitude) * radiansPerDegree) / 2);
  const h = sinHalfDPhi * sinHalfDPhi + cos(phi1) * cos(phi2) * sinHalfDLambda * sinHalfDLambda;
  // Rounding can push h a hair above 1 for antipodal points; clamp so sqrt(1 − h) stays real.
  const hc = Math.min(1, Math.max(0, h));
  return earthRadiusKm * 2 * atan2(Math.sqrt(hc), Math.sqrt(1 - hc));
}

/**
 * Initial bearing (radians clockwise from north, in (−π, π]) of the great circle from `from` to `to`.
 * Deterministic: sim-core's sin/cos/atan2.
 * @throws RangeError if a point is invalid.
 * @example
 * initialBearing({ latitude: 42, longitude: 140 }, { latitude: 42, longitude: 141 }); // ≈ π/2 (due east)
 */
export function initialBearing(from: LatLon, to: LatLon): number {
  requireLatLon('initialBearing from', from);
  requireLatLon('initialBearing to', to);
  const phi1 = from.latitude * radiansPerDegree;
  const phi2 = to.latitude * radiansPerDegree;
  const dLambda = (to.longitude - from.longitude) * radiansPerDegree;
  return atan2(sin(dLambda) * cos(phi2), cos(phi1) * sin(phi2) - sin(phi1) * cos(phi2) * cos(dLambda));
}

/**
 * The point reached from `origin` by travelling `distanceKm` along the great circle that starts at
 * `bearingRadians` (clockwise from north). Longitude is returned in [−180, 180). Deterministic.
 * @throws RangeError if the origin is invalid, the bearing not finite or the distance negative.
 * @example
 * destination({ latitude: 42.1054, longitude: 140.5751 }, Math.PI / 2, 100); // 100 km due east of 森町役場
 */
export function destination(origin: LatLon, bearingRadians: number, distanceKm: number): LatLon {
  requireLatLon('destination origin', origin);
  requireFinite('destination bearingRadians', bearingRadians);
  requireNonNegative('destination distanceKm', distanceKm);
  const delta = distanceKm / earthRadiusKm;
  const phi1 = origin.latitude * radiansPerDegree;
  const sinPhi1 = sin(phi1);
  const cosPhi1 = cos(phi1);
  const sinDelta = sin(delta);
  const cosDelta = cos(delta);
  const sinPhi2 = Math.min(1, Math.max(-1, sinPhi1 * cosDelta + cosPhi1 * sinDelta * cos(bearingRadians)));
  // asin via atan2, since sim-core has no asin.
  const phi2 = atan2(sinPhi2, Math.sqrt(1 - sinPhi2 * sinPhi2));
  const dLambda = atan2(sin(bearingRadians) * sinDelta * cosPhi1, cosDelta - sinPhi1 * sinPhi2);
  const longitude = ((((origin.longitude + dLambda / radiansPerDegree + 180) % 360) + 360) % 360) - 180;
  return { latitude: phi2 / radiansPerDegree, longitude };
}

/** Throws a RangeError naming `what` unless `p` is a LatLon with latitude in [−90, 90] and a finite longitude. */
export function requireLatLon(what: string, p: LatLon): void {
  if (p === null || typeof p !== 'object') throw new RangeError(`${what} must be a { latitude, longitude } object, got ${String(p)}`);
  const { latitude, longitude } = p;
  if (typeof latitude !== 'number' || !(latitude >= -90 && latitude <= 90)) {
    throw new RangeError(`${what}.latitude must be in [-90, 90], got ${String(latitude)}`);
  }
  requireFinite(`${what}.longitude`, longitude);
}
