import { normalCdf } from '@machi/sim-core';
import { pgvFromIntensity } from './intensity.ts';
import { requireFinite, requirePositive } from './parameters.ts';

/** Parameters of `lognormalFragility`. */
export type LognormalFragilityParameters = {
  /** The JMA instrumental intensity at which damage has probability 0.5. */
  medianJmaIntensity: number;
  /** Standard deviation of ln PGV capacity (the usual lognormal fragility β). */
  beta: number;
};

/** A fragility curve: probability of damage given the instrumental intensity at the site. */
export type Fragility = {
  readonly medianJmaIntensity: number;
  readonly beta: number;
  /** Median PGV capacity in cm/s, `pgvFromIntensity(medianJmaIntensity)`. */
  readonly medianPgvCmPerS: number;
  probabilityOfDamage(intensity: number): number;
  toString(): string;
};

// ln(PGV/PGVmedian) = ln 10 · (I − Imedian)/1.72 under I = 2.68 + 1.72·log10 PGV.
const lnPgvPerIntensityUnit = Math.LN10 / 1.72;

/**
 * A lognormal fragility curve in PGV, the usual form of seismic fragility functions:
 * P(damage | I) = Φ(ln(PGV(I)/PGV(Imedian))/β), with PGV(I) = `pgvFromIntensity(I)`. Computed as
 * Φ((I − Imedian)·ln 10/(1.72·β)), which is the same thing without the round trip through PGV, so
 * P(Imedian) = 0.5 exactly. As β → 0 the curve tends to a step at Imedian. Deterministic.
 * No published curve exists for server rooms ([nied-damage-intensity]): the parameters are an assumption.
 * @throws RangeError unless medianJmaIntensity is finite and beta a positive finite number, and
 *   (from probabilityOfDamage) unless intensity is finite.
 * @example
 * const rack = lognormalFragility({ medianJmaIntensity: 6.2, beta: 0.5 });
 * rack.probabilityOfDamage(6.2); // 0.5
 */
export function lognormalFragility(parameters: LognormalFragilityParameters): Fragility {
  const { medianJmaIntensity, beta } = parameters;
  requireFinite('lognormalFragility medianJmaIntensity', medianJmaIntensity);
  requirePositive('lognormalFragility beta', beta);
  const scale = lnPgvPerIntensityUnit / beta;
  return {
    medianJmaIntensity,
    beta,
    medianPgvCmPerS: pgvFromIntensity(medianJmaIntensity),
    probabilityOfDamage(intensity: number): number {
      requireFinite('probabilityOfDamage intensity', intensity);
      return normalCdf((intensity - medianJmaIntensity) * scale);
    },
    toString: () => `lognormalFragility(median I ${medianJmaIntensity}, beta ${beta})`,
  };
}
