import type { EventRateCalibrationInput } from '../hazards/seismic/index.ts';
import type { Scenario, SeismicRegion } from '../schema/index.ts';

/**
 * What `calibrateEventRate` needs for one seismic region of a scenario: the region, its reference
 * site's location and ground amplification, the 30-year probability and the scenario's intensity
 * scatter. Shared by the model (`Prepared`) and the loader's check that the calibration can succeed.
 *
 * @example
 * calibrateEventRate(calibrationInput(scenario, scenario.hazards.earthquake.regions[0])).annualEventRate;
 */
export function calibrationInput(scenario: Pick<Scenario, 'sites' | 'hazards'>, r: SeismicRegion): EventRateCalibrationInput {
  const reference = scenario.sites.find((s) => s.id === r.referenceSite)!;
  return {
    region: {
      center: r.center,
      radiusKm: r.radiusKm,
      depthKm: r.depthKm,
      faultType: r.faultType,
      ...(r.strikeDeg !== undefined ? { strikeDeg: r.strikeDeg } : {}),
      ...(r.dipDeg !== undefined ? { dipDeg: r.dipDeg } : {}),
      magnitude: { bValue: r.bValue, minMagnitude: r.minMagnitude, maxMagnitude: r.maxMagnitude },
    },
    referenceSite: reference.location,
    p30: r.probability30yJma6Lower,
    sigma: scenario.hazards.earthquake.intensitySigma,
    siteAmplification: reference.siteAmplification,
  };
}
