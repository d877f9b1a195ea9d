import { log1p } from '@machi/sim-core';
import type { SeismicSourceRegion } from './earthquake-source.ts';
import { exceedanceProbabilityPerEvent } from './exceedance-probability.ts';
import type { LatLon } from './geo.ts';
import { requireFinite } from './parameters.ts';

/** Inputs of `calibrateEventRate`. */
export type EventRateCalibrationInput = {
  region: SeismicSourceRegion;
  /** The site the published probability refers to, usually the town hall. */
  referenceSite: LatLon;
  /** Probability that the reference site feels thresholdIntensity or more within 30 years, in (0, 1). */
  p30: number;
  /** Default 5.5, the lower edge of 震度6弱 (the J-SHIS map's threshold). */
  thresholdIntensity?: number;
  /** Default `intensitySigma` (≈ 0.40). */
  sigma?: number;
  /** Default `defaultSiteAmplification` (≈ 1.41). */
  siteAmplification?: number;
};

/** Result of `calibrateEventRate`; rates are per year. */
export type EventRateCalibration = {
  /** Poisson rate of earthquakes in the region (any magnitude in the G–R range). */
  annualEventRate: number;
  /** P(reference site ≥ threshold | one earthquake in the region). */
  exceedanceProbabilityPerEvent: number;
  /** Rate of exceedances at the reference site implied by p30: −ln(1 − p30)/30. */
  targetAnnualRate: number;
};

/**
 * The annual rate of earthquakes in `region` that reproduces a published 30-year exceedance probability
 * at the reference site, e.g. p30 = 0.015 for 震度6弱以上 at 函館市役所 ([jshis-2018], 地震調査委員会
 * 2018). Earthquakes form a Poisson process; exceedances at the site are its thinning by
 * q = `exceedanceProbabilityPerEvent` (deterministic quadrature), so λ_target = −ln(1 − p30)/30
 * and annualEventRate = λ_target / q. Deterministic.
 * @throws RangeError if p30 is not in (0, 1), the threshold is not finite, the region is invalid, or no
 *   event can reach the threshold at the reference site (q underflows to 0).
 * @example
 * calibrateEventRate({ region, referenceSite: region.center, p30: 0.015 });
 * // for the 80 km, M6–8 disc of the tests: { annualEventRate: 0.0146, exceedanceProbabilityPerEvent: 0.0345,
 * //   targetAnnualRate: 5.04e-4 }
 */
export function calibrateEventRate(input: EventRateCalibrationInput): EventRateCalibration {
  const { p30 } = input;
  if (typeof p30 !== 'number' || !(p30 > 0 && p30 < 1)) throw new RangeError(`p30 must be in (0, 1), got ${String(p30)}`);
  const thresholdIntensity = requireFinite('calibrateEventRate thresholdIntensity', input.thresholdIntensity ?? 5.5);
  const q = exceedanceProbabilityPerEvent({
    region: input.region,
    site: input.referenceSite,
    thresholdIntensity,
    sigma: input.sigma,
    siteAmplification: input.siteAmplification,
  });
  if (!(q > 0)) {
    throw new RangeError(
      `no earthquake in this region reaches thresholdIntensity ${thresholdIntensity} at the reference site (probability per event is ${q})`,
    );
  }
  const targetAnnualRate = -log1p(-p30) / 30;
  return { annualEventRate: targetAnnualRate / q, exceedanceProbabilityPerEvent: q, targetAnnualRate };
}
