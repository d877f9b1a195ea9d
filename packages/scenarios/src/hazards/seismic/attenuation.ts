import { log10, pow } from '@machi/sim-core';
import { intensityFromLog10Pgv } from './intensity.ts';
import { requireNonNegative, requirePositive } from './parameters.ts';
import { defaultSiteAmplification } from './site-amplification.ts';

/**
 * Earthquake type in Si & Midorikawa (1999): shallow crustal (内陸地殻内), interplate (プレート間) or
 * intraslab (プレート内).
 */
export type FaultType = 'crustal' | 'interplate' | 'intraslab';

// Si & Midorikawa (1999) type terms d for PGV: crustal 0, interplate (interface) −0.02, intraslab +0.12.
// As listed with the JMA EEW chain (https://qiita.com/soshi1822/items/f5fd9ccf6830d834abc4) and in the
// hazard-map implementation of OpenQuake (`si_midorikawa_1999.py`, above: d = 0.0 / −0.02 / 0.12 for PGV).
const faultTypeTerm: Record<FaultType, number> = { crustal: 0, interplate: -0.02, intraslab: 0.12 };

/**
 * Standard deviation of log10 PGV about the Si & Midorikawa (1999) median: 0.23 (ln: 0.53), the value
 * J-SHIS uses for the attenuation scatter (https://tomo122.tk/earthquake/scale.cgi, citing the
 * 確率論的地震動予測地図 technical report).
 */
export const log10PgvSigma = 0.23;

/**
 * Aleatory scatter of the instrumental intensity about `medianIntensity`: 1.72 × 0.23 ≈ 0.40 intensity
 * units, the PGV scatter carried through the slope of I = 2.68 + 1.72·log10 PGV. Like the J-SHIS chain it
 * leaves out the scatter of the PGV→intensity conversion and of site amplification, so the total
 * scatter is somewhat understated.
 */
export const intensitySigma = 1.72 * log10PgvSigma;

/**
 * The largest moment magnitude the law is evaluated at. The regression data reach Mw 8.3, and the
 * national seismic hazard maps clip larger magnitudes to it, leaving the size of a greater event to its
 * rupture distance (防災科学技術研究所, "Technical Reports on National Seismic Hazard Maps for Japan", 2009,
 * note to Table 3.3.2-6, p. 3-36, as implemented in GEM's OpenQuake `si_midorikawa_1999.py`,
 * https://github.com/gem/oq-engine/blob/master/openquake/hazardlib/gsim/si_midorikawa_1999.py).
 */
export const attenuationMagnitudeCap = 8.3;

/**
 * log10 of the median PGV (cm/s) on engineering bedrock (Vs ≈ 600 m/s) by Si & Midorikawa (1999),
 * 司・翠川「断層タイプ及び地盤条件を考慮した最大加速度・最大速度の距離減衰式」, 日本建築学会構造系論文集 523:
 *   log10 PGV = 0.58·Mw + 0.0038·D + d − 1.29 − log10(X + 0.0028·10^(0.5·Mw)) − 0.002·X
 * with Mw capped at `attenuationMagnitudeCap`, D the focal depth (km), d the fault-type term and X the
 * shortest distance to the rupture (km, `ruptureDistanceKm`). Hot path: no validation; use
 * `medianIntensity` for checked input.
 * @example
 * log10MedianBedrockPgv(7, 10, 10, 'crustal'); // 1.513 (32.6 cm/s)
 */
export function log10MedianBedrockPgv(magnitude: number, depthKm: number, ruptureDistanceKm: number, faultType: FaultType): number {
  const mw = Math.min(magnitude, attenuationMagnitudeCap);
  const x = ruptureDistanceKm;
  return 0.58 * mw + 0.0038 * depthKm + faultTypeTerm[faultType] - 1.29 - log10(x + 0.0028 * pow(10, 0.5 * mw)) - 0.002 * x;
}

/** Inputs of `medianIntensity`. Distances and depth in km; magnitude is moment magnitude Mw. */
export type MedianIntensityInput = {
  magnitude: number;
  /** Focal (hypocentral) depth. */
  depthKm: number;
  /** Shortest distance from the site to the rupture (Rrup), e.g. from `ruptureDistanceKm`. */
  ruptureDistanceKm: number;
  /** PGV ratio surface / engineering bedrock (Vs 600 m/s); default `defaultSiteAmplification` (≈ 1.41). */
  siteAmplification?: number;
  /** Default 'crustal' (d = 0). */
  faultType?: FaultType;
};

/**
 * Median JMA instrumental intensity at a site: Si & Midorikawa (1999) PGV on engineering bedrock at the
 * rupture distance, times `siteAmplification`, converted by I = 2.68 + 1.72·log10 PGV. Scatter about
 * it: `intensitySigma`. Above Mw 8.3 the magnitude term stops growing (`attenuationMagnitudeCap`); a
 * larger event reaches farther through its larger rupture. Deterministic.
 * @throws RangeError if magnitude or siteAmplification is not positive, the distance or depth is
 *   negative, or faultType is unknown.
 * @example
 * medianIntensity({ magnitude: 7, depthKm: 10, ruptureDistanceKm: 10 }); // ≈ 5.54 (6弱)
 */
export function medianIntensity(input: MedianIntensityInput): number {
  const { magnitude, depthKm, ruptureDistanceKm } = input;
  const siteAmplification = input.siteAmplification ?? defaultSiteAmplification;
  const faultType = input.faultType ?? 'crustal';
  requirePositive('medianIntensity magnitude', magnitude);
  requireNonNegative('medianIntensity depthKm', depthKm);
  requireNonNegative('medianIntensity ruptureDistanceKm', ruptureDistanceKm);
  requirePositive('medianIntensity siteAmplification', siteAmplification);
  requireFaultType('medianIntensity faultType', faultType);
  const log10Pgv = log10MedianBedrockPgv(magnitude, depthKm, ruptureDistanceKm, faultType) + log10(siteAmplification);
  return intensityFromLog10Pgv(log10Pgv);
}

/** Throws a RangeError naming `what` unless `value` is a FaultType. */
export function requireFaultType(what: string, value: FaultType): FaultType {
  if (!Object.hasOwn(faultTypeTerm, value)) {
    throw new RangeError(`${what} must be 'crustal', 'interplate' or 'intraslab', got ${String(value)}`);
  }
  return value;
}
