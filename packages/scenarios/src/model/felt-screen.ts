import type { FaultType } from '../hazards/seismic/index.ts';
import { log10MedianBedrockPgv } from '../hazards/seismic/attenuation.ts';
import { intensityFromLog10Pgv } from '../hazards/seismic/intensity.ts';
import { ruptureReachKm } from '../hazards/seismic/rupture.ts';

// Bins of the bound table: magnitude in steps of 0.02 on [0, 10), hypocentral distance in steps of
// 1/8 in √h up to 2000 km (finer near the source, where the median changes fastest). Each cell bounds
// the median by at most ~0.03 intensity units above its true value, so the screen rarely sends a quake
// the exact way when it would not have been felt.
const MAGNITUDE_STEP = 0.02;
const MAGNITUDE_BINS = 500;
const ROOT_DISTANCE_BINS_PER_ROOT_KM = 8;
const MAX_DISTANCE_KM = 2000;
const DISTANCE_BINS = Math.floor(Math.sqrt(MAX_DISTANCE_KM) * ROOT_DISTANCE_BINS_PER_ROOT_KM) + 1;
// Far above the ~1e-15 rounding of the median's evaluation, far below the table's own slack.
const MARGIN = 1e-6;

/**
 * An upper bound of the median JMA intensity of an earthquake at a site, without its powers and
 * logarithms: most sampled earthquakes are felt nowhere, and this bound proves it for them at the cost
 * of a table look-up. Exact as a screen for ruptures sized by their magnitude (`ruptureDimensionsKm`):
 * the hypocentre lies on the rupture, so its distance Rrup ≥ hypo − reach(M) (`ruptureReachKm`, the
 * plane's diagonal, growing with M); the Si & Midorikawa median (log10 PGV = 0.58·M − log10(X +
 * 0.0028·10^(0.5·M)) − 0.002·X + …, M capped at 8.3) does not fall with M at fixed X (∂/∂M > 0.08
 * below the cap, 0 above) and falls with X; so the value at the cell's largest magnitude and at
 * X = max(0, smallest hypo − reach), plus a margin for rounding, bounds every point of the cell. Cells
 * are computed on first use and kept. One screen per focal depth and fault type; deterministic.
 */
export class FeltScreen {
  private table: Float64Array | undefined;

  constructor(
    readonly depthKm: number,
    readonly faultType: FaultType,
  ) {}

  /**
   * A number ≥ the median intensity at any site `hypocentralDistanceKm` from the hypocentre of a quake
   * of this depth and fault type at `magnitude` (rupture sized by the magnitude), with the site's
   * `log10Amplification` (`log10` of its PGV amplification); Infinity outside the table (no bound), NaN for NaN input. Hot path.
   */
  maxMedianIntensity(magnitude: number, hypocentralDistanceKm: number, log10Amplification: number): number {
    const m = Math.floor(magnitude / MAGNITUDE_STEP);
    if (!(m >= 0 && m < MAGNITUDE_BINS)) return Infinity;
    // Beyond the last bin the median keeps falling with distance: the last bin's bound holds.
    const d = Math.min(Math.floor(Math.sqrt(hypocentralDistanceKm) * ROOT_DISTANCE_BINS_PER_ROOT_KM), DISTANCE_BINS - 1);
    if (!(d >= 0)) return NaN;
    const table = (this.table ??= new Float64Array(MAGNITUDE_BINS * DISTANCE_BINS).fill(NaN));
    const cell = m * DISTANCE_BINS + d;
    let bound = table[cell]!;
    if (bound !== bound) {
      const root = d / ROOT_DISTANCE_BINS_PER_ROOT_KM;
      const magnitude = (m + 1) * MAGNITUDE_STEP;
      const nearestRuptureKm = Math.max(0, root * root - ruptureReachKm(magnitude, this.faultType));
      bound = log10MedianBedrockPgv(magnitude, this.depthKm, nearestRuptureKm, this.faultType) + MARGIN;
      table[cell] = bound;
    }
    return intensityFromLog10Pgv(bound + log10Amplification);
  }
}
