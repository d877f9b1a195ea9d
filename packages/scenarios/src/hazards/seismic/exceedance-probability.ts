import { log10, normalCdf } from '@machi/sim-core';
import { attenuationMagnitudeCap, intensitySigma, log10MedianBedrockPgv } from './attenuation.ts';
import { earthquakeSource } from './earthquake-source.ts';
import type { SeismicSourceRegion } from './earthquake-source.ts';
import { gaussLegendre } from './gauss-legendre.ts';
import { destination, distanceKm, initialBearing } from './geo.ts';
import type { LatLon } from './geo.ts';
import { intensityFromLog10Pgv } from './intensity.ts';
import { requireFinite, requirePositive } from './parameters.ts';
import { ruptureDimensionsKm, ruptureDistanceFromPolarKm } from './rupture.ts';
import type { RuptureShape } from './rupture.ts';
import { defaultSiteAmplification } from './site-amplification.ts';

/** Inputs of `exceedanceProbabilityPerEvent`. */
export type ExceedanceProbabilityInput = {
  region: SeismicSourceRegion;
  site: LatLon;
  /** JMA instrumental intensity to reach, e.g. 5.5 for 震度6弱以上. */
  thresholdIntensity: number;
  /** Intensity scatter; default `intensitySigma` (≈ 0.40). Must be positive. */
  sigma?: number;
  /** Default `defaultSiteAmplification` (≈ 1.41). */
  siteAmplification?: number;
  /** Quadrature nodes (radial Gauss–Legendre, angular trapezoid, Gauss–Legendre per magnitude piece); for accuracy checks. */
  nodes?: { radial: number; angular: number; magnitude: number };
};

const defaultNodes = { radial: 48, angular: 96, magnitude: 20 };

/**
 * P(intensity at `site` ≥ thresholdIntensity | one earthquake in `region`), with the event drawn as
 * `earthquakeSource(region).sample` does and the intensity median + σ·ε as `sampleSiteIntensity`:
 *   P = ∫∫∫ f(r) (1/2π) f(m) Φ((Ī(m, hypo(r, θ)) − threshold)/σ) dm dθ dr
 * by deterministic quadrature: Gauss–Legendre in the distance r from the region's centre (weight
 * ∝ sin(r/R⊕)), the trapezoidal rule in the bearing θ (spectrally accurate for periodic integrands,
 * so an off-centre or outside site costs nothing extra) and Gauss–Legendre in magnitude, split at the
 * law's magnitude cap. Each node's rupture is sized by its magnitude and placed as `ruptureDistanceKm`
 * places it. The default nodes, 48 × 96 × 2·20, agree with 1.5 times as many to better than 1e-5
 * relative (pinned in the tests; the kinks of the rupture distance keep it from spectral accuracy) and
 * take about 0.2 s. Deterministic.
 * @throws RangeError if the region is invalid, the threshold not finite, or sigma/siteAmplification not positive.
 * @example
 * exceedanceProbabilityPerEvent({ region, site: region.center, thresholdIntensity: 5.5 }); // 0.0345 for the tests' 80 km M6–8 disc
 */
export function exceedanceProbabilityPerEvent(input: ExceedanceProbabilityInput): number {
  const source = earthquakeSource(input.region);
  const threshold = requireFinite('exceedanceProbabilityPerEvent thresholdIntensity', input.thresholdIntensity);
  const sigma = requirePositive('exceedanceProbabilityPerEvent sigma', input.sigma ?? intensitySigma);
  const amplification = requirePositive(
    'exceedanceProbabilityPerEvent siteAmplification',
    input.siteAmplification ?? defaultSiteAmplification,
  );
  const nodes = input.nodes ?? defaultNodes;
  const { center, radiusKm, depthKm, faultType, dipDeg, strikeDeg, magnitude } = source.region;
  const log10Amplification = log10(amplification);
  const magnitudeRule = gaussLegendre(nodes.magnitude);

  // Magnitude nodes, each with its weight × density and its rupture (sized once here, not per epicentre).
  // The range is split at the law's magnitude cap, where the median has a kink.
  const cap = Math.min(Math.max(attenuationMagnitudeCap, magnitude.minMagnitude), magnitude.maxMagnitude);
  const magnitudeNodes: { m: number; weight: number; shape: RuptureShape }[] = [];
  for (const [a, b] of [[magnitude.minMagnitude, cap], [cap, magnitude.maxMagnitude]]) {
    if (!(b > a)) continue;
    const mid = (a + b) / 2;
    const half = (b - a) / 2;
    for (let k = 0; k < magnitudeRule.nodes.length; k++) {
      const m = mid + half * magnitudeRule.nodes[k];
      const shape = { depthKm, faultType, dipDeg, ...(strikeDeg === undefined ? {} : { strikeDeg }), ...ruptureDimensionsKm(m, faultType) };
      magnitudeNodes.push({ m, weight: half * magnitudeRule.weights[k] * source.magnitudes.density(m), shape });
    }
  }

  // g(epicentre) = ∫ f(m) Φ((Ī(m, Rrup(m)) − threshold)/σ) dm.
  const magnitudeIntegral = (epicentralKm: number, bearing: number): number => {
    let sum = 0;
    for (const { m, weight, shape } of magnitudeNodes) {
      const x = ruptureDistanceFromPolarKm(shape, m, epicentralKm, bearing);
      const log10Pgv = log10MedianBedrockPgv(m, depthKm, x, faultType) + log10Amplification;
      sum += weight * normalCdf((intensityFromLog10Pgv(log10Pgv) - threshold) / sigma);
    }
    return sum;
  };

  const radialRule = gaussLegendre(nodes.radial);
  let total = 0;
  for (let i = 0; i < radialRule.nodes.length; i++) {
    const r = (radiusKm / 2) * (1 + radialRule.nodes[i]);
    const radialWeight = (radiusKm / 2) * radialRule.weights[i] * source.radialDensity(r);
    let ring = 0;
    for (let j = 0; j < nodes.angular; j++) {
      const epicentre = destination(center, (2 * Math.PI * (j + 0.5)) / nodes.angular, r);
      ring += magnitudeIntegral(distanceKm(epicentre, input.site), initialBearing(epicentre, input.site));
    }
    total += (radialWeight * ring) / nodes.angular;
  }
  return total;
}
