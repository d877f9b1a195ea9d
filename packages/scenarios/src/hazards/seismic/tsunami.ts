import { log10, pow } from '@machi/sim-core';
import { requireFinite, requireNonNegative, requirePositive } from './parameters.ts';

/** Inputs of `coastalTsunamiHeightM`. */
export type CoastalTsunamiHeightInput = {
  /** Moment magnitude Mw of the tsunamigenic earthquake. */
  magnitude: number;
  /** Distance from the epicentre along the shortest ocean path, km. */
  distanceKm: number;
  /** Abe's regional correction C (log10 units) for sources that excite larger tsunamis than average; default 0. */
  regionalCorrection?: number;
};

/**
 * Tsunami height at the coast in metres (above normal sea level), from Abe's magnitude relations:
 *   far field  log10 Ht = Mw − log10 Δ − 5.55 + C   (Abe 1981, PEPI 27: Mt = log H + log Δ + 5.55 with Mt = Mw)
 *   near field log10 Hr = 0.5·Mw − 3.3 + C          (Abe 1989, 地震研究所彙報 64: the largest section mean)
 * and H = min(Ht, Hr): Hr replaces an arbitrary distance floor, acting as Δ ≥ 10^(0.5·Mw − 2.25) km
 * (18 km for M7, 178 km for M9, about the size of the source). H approximates the mean height over a
 * stretch of coast; Abe (1989) gives 2·H as the local maximum, and bays and capes can exceed it.
 * For "津波地震" with Mt ≫ Mw (e.g. 1896 Meiji-Sanriku) pass the tsunami magnitude instead.
 * Deterministic.
 * @throws RangeError unless magnitude is positive, distanceKm non-negative and regionalCorrection finite.
 * @example
 * coastalTsunamiHeightM({ magnitude: 9, distanceKm: 150 }); // ≈ 15.8 (the near-field cap)
 */
export function coastalTsunamiHeightM(input: CoastalTsunamiHeightInput): number {
  const magnitude = requirePositive('coastalTsunamiHeightM magnitude', input.magnitude);
  const distance = requireNonNegative('coastalTsunamiHeightM distanceKm', input.distanceKm);
  const correction = requireFinite('coastalTsunamiHeightM regionalCorrection', input.regionalCorrection ?? 0);
  const nearField = 0.5 * magnitude - 3.3;
  const farField = distance > 0 ? magnitude - log10(distance) - 5.55 : Infinity;
  return pow(10, Math.min(farField, nearField) + correction);
}

/** Inputs of `inundationDepthM`; heights in metres above normal sea level (T.P.) unless stated. */
export type InundationDepthInput = {
  tsunamiHeightM: number;
  /** Ground elevation of the building; may be negative (海抜ゼロメートル地帯). */
  groundElevationM: number;
  /** Height of the floor of interest (e.g. the server room) above the ground; default 0. */
  floorAboveGroundM?: number;
};

/**
 * Water depth above a floor: max(0, tsunamiHeightM − groundElevationM − floorAboveGroundM). A bathtub
 * model: the coastal height is carried inland undiminished, which overstates depth far from the shore
 * and ignores run-up above the coastal height on steep ground. Deterministic.
 * @throws RangeError unless tsunamiHeightM and floorAboveGroundM are non-negative and groundElevationM finite.
 * @example
 * inundationDepthM({ tsunamiHeightM: 10, groundElevationM: 4, floorAboveGroundM: 3.5 }); // 2.5
 */
export function inundationDepthM(input: InundationDepthInput): number {
  const height = requireNonNegative('inundationDepthM tsunamiHeightM', input.tsunamiHeightM);
  const ground = requireFinite('inundationDepthM groundElevationM', input.groundElevationM);
  const floor = requireNonNegative('inundationDepthM floorAboveGroundM', input.floorAboveGroundM ?? 0);
  return Math.max(0, height - ground - floor);
}
