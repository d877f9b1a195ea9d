import { calibrateEventRate } from '../hazards/seismic/index.ts';
import { calibrationInput } from '../model/calibration-input.ts';
import { BOUNDS, type Scenario } from '../schema/index.ts';

/** A seismic region whose rate cannot be calibrated to its reference site's 30-year probability. */
export interface UnreachableRegion {
  /** Its index in `hazards.earthquake.regions`. */
  readonly index: number;
  readonly region: string;
  readonly site: string;
  /** The events a year the calibration asks for (above `BOUNDS.annualRate`), or null when no event reaches the site. */
  readonly annualEventRate: number | null;
}

/**
 * The seismic regions of a validated scenario whose earthquakes cannot give the reference site its
 * 30-year probability of JMA 6弱: none reaches the site (a reference site far away, or an amplification
 * of almost 0), or only so rarely that the region would need more than `BOUNDS.annualRate` earthquakes a
 * year — which no region has, and which would run without end. Either is a mistake in the file that
 * `simulate` would otherwise meet in every run (a RangeError, or a runaway). Takes the calibration's
 * quadrature, about 0.1 s a region.
 *
 * @example
 * unreachableRegions(scenario); // [{ index: 0, region: 'oshima', site: 'townhall', annualEventRate: null }]
 */
export function unreachableRegions(scenario: Scenario): UnreachableRegion[] {
  return scenario.hazards.earthquake.regions.flatMap((r, index): UnreachableRegion[] => {
    const at = { index, region: r.id, site: r.referenceSite };
    let rate: number;
    try {
      rate = calibrateEventRate(calibrationInput(scenario, r)).annualEventRate;
    } catch (error) {
      // The calibration's only failure for validated numbers: the probability per event underflows to 0.
      if (!(error instanceof RangeError)) throw error;
      return [{ ...at, annualEventRate: null }];
    }
    return rate > BOUNDS.annualRate ? [{ ...at, annualEventRate: rate }] : [];
  });
}
