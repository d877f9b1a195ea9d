import { atan2, sin } from '@machi/sim-core';
import type { RandomStream } from '@machi/sim-core';
import { requireFaultType } from './attenuation.ts';
import type { FaultType } from './attenuation.ts';
import { destination, earthRadiusKm, requireLatLon } from './geo.ts';
import type { LatLon } from './geo.ts';
import { truncatedGutenbergRichter } from './magnitude.ts';
import type { GutenbergRichterParameters, MagnitudeDistribution } from './magnitude.ts';
import { requireFinite, requireNonNegative, requirePositive } from './parameters.ts';
import { defaultDipDeg } from './rupture.ts';
import type { RuptureGeometry } from './rupture.ts';

/**
 * A seismic source region: epicentres uniform over the area of a disc (a spherical cap) around
 * `center`, magnitudes by the truncated Gutenberg–Richter law, all at one focal depth.
 */
export type SeismicSourceRegion = {
  center: LatLon;
  radiusKm: number;
  depthKm: number;
  magnitude: GutenbergRichterParameters;
  /** Default 'crustal'. */
  faultType?: FaultType;
  /** Strike of every rupture, degrees clockwise from north (e.g. along the trench); absent: unknown (`RuptureGeometry`). */
  strikeDeg?: number;
  /** Dip of every rupture, degrees in (0, 90]; default `defaultDipDeg` of the fault type. */
  dipDeg?: number;
};

/** One earthquake: its hypocentre, magnitude, type and rupture plane (sized by its magnitude unless given). */
export type Earthquake = RuptureGeometry;

/** A validated region that draws earthquakes. */
export type EarthquakeSource = {
  readonly region: Readonly<Required<Omit<SeismicSourceRegion, 'strikeDeg'>>> & { readonly strikeDeg?: number };
  readonly magnitudes: MagnitudeDistribution;
  /** Probability density of the epicentral distance r (km) from the centre, ∝ sin(r/R⊕) on [0, radiusKm]. */
  radialDensity(rKm: number): number;
  /** One earthquake; consumes exactly three uniforms: bearing, radius, magnitude (in that order). */
  sample(stream: RandomStream): Earthquake;
  toString(): string;
};

/**
 * Validates a region and returns its earthquake sampler. The epicentre is uniform over the cap's area:
 * bearing θ = 2π·u₁ and distance r = 2R⊕·asin(√u₂·sin(radius/2R⊕)) from the centre (inverse CDF of the
 * cap's area, density ∝ sin(r/R⊕)); the magnitude is `truncatedGutenbergRichter(region.magnitude)` of u₃.
 * Deterministic: the same stream position gives the same earthquake on every engine.
 * @throws RangeError naming the field if the centre is invalid, radiusKm is not positive, depthKm is
 *   negative, the magnitude law is invalid, faultType unknown, strikeDeg not finite or dipDeg outside (0, 90].
 * @example
 * const source = earthquakeSource({ center: { latitude: 42.0, longitude: 140.5 }, radiusKm: 150, depthKm: 20,
 *   magnitude: { bValue: 0.9, minMagnitude: 5, maxMagnitude: 7.5 } });
 * source.sample(new RandomStreams(42).get('hazard.earthquake')); // { epicentre, magnitude, depthKm, faultType, dipDeg }
 */
export function earthquakeSource(region: SeismicSourceRegion): EarthquakeSource {
  requireLatLon('region.center', region.center);
  const radiusKm = requirePositive('region.radiusKm', region.radiusKm);
  const depthKm = requireNonNegative('region.depthKm', region.depthKm);
  const faultType = requireFaultType('region.faultType', region.faultType ?? 'crustal');
  const dipDeg = requireDip('region.dipDeg', region.dipDeg ?? defaultDipDeg[faultType]);
  const strike = region.strikeDeg === undefined ? {} : { strikeDeg: requireFinite('region.strikeDeg', region.strikeDeg) };
  const magnitudes = truncatedGutenbergRichter(region.magnitude);
  const center = { latitude: region.center.latitude, longitude: region.center.longitude };
  const halfAngle = radiusKm / (2 * earthRadiusKm);
  const sinHalfAngle = sin(halfAngle);
  // ∫₀^radius sin(r/R⊕) dr = 2R⊕·sin²(radius/2R⊕), written without the cancellation of 1 − cos.
  const radialNormalizer = 2 * earthRadiusKm * sinHalfAngle * sinHalfAngle;
  const frozen = Object.freeze({ center, radiusKm, depthKm, faultType, dipDeg, ...strike, magnitude: { ...region.magnitude } });
  return {
    region: frozen,
    magnitudes,
    radialDensity: (rKm: number) => (rKm < 0 || rKm > radiusKm ? 0 : sin(rKm / earthRadiusKm) / radialNormalizer),
    sample(stream: RandomStream): Earthquake {
      const bearing = 2 * Math.PI * stream.random();
      const s = Math.sqrt(stream.random()) * sinHalfAngle;
      const r = 2 * earthRadiusKm * atan2(s, Math.sqrt(1 - s * s));
      return { epicentre: destination(center, bearing, r), magnitude: magnitudes.sample(stream), depthKm, faultType, dipDeg, ...strike };
    },
    toString: () =>
      `EarthquakeSource(${radiusKm} km around ${center.latitude}, ${center.longitude}; depth ${depthKm} km; ${magnitudes})`,
  };
}


/** Throws a RangeError naming `what` unless `value` is a dip in (0, 90] degrees. */
export function requireDip(what: string, value: number): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 90)) throw new RangeError(`${what} must be in (0, 90] degrees, got ${String(value)}`);
  return value;
}
