import { log10, pow } from '@machi/sim-core';
import { intensityFromLog10Pgv } from './intensity.ts';
import { requireNonNegative, requirePositive } from './parameters.ts';
import { defaultSiteAmplification } from './site-amplification.ts';

/**
 * Earthquake type in Si & Midorikawa (1999): shallow crustal (内陸地殻内), interplate (プレート間) or
 * intraslab (プレート内).
 */
export type FaultType = 'crustal' | 'interplate' | 'intraslab';

// Si & Midorikawa (1999) type terms d for PGV: crustal 0, interplate −0.02, intraslab +0.12.
// As listed with the JMA EEW chain (https://qiita.com/soshi1822/items/f5fd9ccf6830d834abc4) and in public
// GMPE code (e.g. `Si_Midorikawa_1999`, d = 0.0 / -0.02 / 0.12 for output "PGV").
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

/** Smallest fault distance in km: the EEW chain floors X at 3 km so the law is not used inside the source. */
const minimumFaultDistanceKm = 3;

/**
 * A fault-distance proxy from a point hypocentre, as in JMA's EEW intensity estimate: the source is a
 * sphere of radius L/2 around the hypocentre, with L the fault length of Utsu (1977),
 * log10 L = 0.5·Mw − 1.85 (km), and X = max(hypocentral distance − L/2, 3 km). Hypocentral distance
 * alone would treat an M9 rupture 450 km long as a point and put a site 150 km from the epicentre
 * at 5強 instead of the 6弱–7 observed in 2011. Deterministic.
 * @example
 * faultDistanceProxyKm(7, 50); // 50 − 22.33 = 27.67
 */
export function faultDistanceProxyKm(magnitude: number, hypocentralDistanceKm: number): number {
  const halfFaultLengthKm = 0.5 * pow(10, 0.5 * magnitude - 1.85);
  return Math.max(hypocentralDistanceKm - halfFaultLengthKm, minimumFaultDistanceKm);
}

/**
 * log10 of the median PGV (cm/s) on engineering bedrock (Vs ≈ 600 m/s) by Si & Midorikawa (1999),
 * 司・翠川「断層タイプ及び地盤条件を考慮した最大加速度・最大速度の距離減衰式」, 日本建築学会構造系論文集 523:
 *   log10 PGV = 0.58·Mw + 0.0038·D + d − 1.29 − log10(X + 0.0028·10^(0.5·Mw)) − 0.002·X
 * with D the focal depth (km), d the fault-type term and X the fault distance (km), here
 * `faultDistanceProxyKm`. Hot path: no validation; use `medianIntensity` for checked input.
 * @example
 * log10MedianBedrockPgv(7, 10, 14.14, 'crustal'); // 1.728 (53.5 cm/s)
 */
export function log10MedianBedrockPgv(
  magnitude: number,
  depthKm: number,
  hypocentralDistanceKm: number,
  faultType: FaultType,
): number {
  const x = faultDistanceProxyKm(magnitude, hypocentralDistanceKm);
  return (
    0.58 * magnitude +
    0.0038 * depthKm +
    faultTypeTerm[faultType] -
    1.29 -
    log10(x + 0.0028 * pow(10, 0.5 * magnitude)) -
    0.002 * x
  );
}

/** Inputs of `medianIntensity`. Distances and depth in km; magnitude is moment magnitude Mw. */
export type MedianIntensityInput = {
  magnitude: number;
  depthKm: number;
  epicentralDistanceKm: number;
  /** PGV ratio surface / engineering bedrock (Vs 600 m/s); default `defaultSiteAmplification` (≈ 1.41). */
  siteAmplification?: number;
  /** Default 'crustal' (d = 0). */
  faultType?: FaultType;
};

/**
 * Median JMA instrumental intensity at a site: Si & Midorikawa (1999) PGV on engineering bedrock at the
 * fault-distance proxy (`faultDistanceProxyKm`, from the hypocentral distance √(epicentral² + depth²)),
 * times `siteAmplification`, converted by I = 2.68 + 1.72·log10 PGV. Scatter about it: `intensitySigma`.
 * The regression used Mw 5.8–8.3; beyond that the law is extrapolated (for M9 the near-source
 * saturation term and the fault-distance proxy keep it plausible). Deterministic.
 * @throws RangeError if magnitude or siteAmplification is not positive, a distance or depth is negative,
 *   or faultType is unknown.
 * @example
 * medianIntensity({ magnitude: 7, depthKm: 10, epicentralDistanceKm: 10 }); // ≈ 5.91 (6弱)
 */
export function medianIntensity(input: MedianIntensityInput): number {
  const { magnitude, depthKm, epicentralDistanceKm } = input;
  const siteAmplification = input.siteAmplification ?? defaultSiteAmplification;
  const faultType = input.faultType ?? 'crustal';
  requirePositive('medianIntensity magnitude', magnitude);
  requireNonNegative('medianIntensity depthKm', depthKm);
  requireNonNegative('medianIntensity epicentralDistanceKm', epicentralDistanceKm);
  requirePositive('medianIntensity siteAmplification', siteAmplification);
  requireFaultType('medianIntensity faultType', faultType);
  const hypocentralDistanceKm = Math.sqrt(epicentralDistanceKm * epicentralDistanceKm + depthKm * depthKm);
  const log10Pgv = log10MedianBedrockPgv(magnitude, depthKm, hypocentralDistanceKm, faultType) + log10(siteAmplification);
  return intensityFromLog10Pgv(log10Pgv);
}

/** Throws a RangeError naming `what` unless `value` is a FaultType. */
export function requireFaultType(what: string, value: FaultType): FaultType {
  if (!Object.hasOwn(faultTypeTerm, value)) {
    throw new RangeError(`${what} must be 'crustal', 'interplate' or 'intraslab', got ${String(value)}`);
  }
  return value;
}
