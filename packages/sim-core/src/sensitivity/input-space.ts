import { normalCdf, normalQuantile, sin } from '../math/index.ts';
import { inputDistribution } from './input-distribution.ts';
import type { UncertainInput } from './uncertain-input.ts';

/**
 * One belief behind several inputs — e.g. "vendor quality" behind several repair times: the inputs in
 * `members` rise together, those in `opposed` fall as the members rise, and any two of them have Spearman's
 * rank correlation `rankCorrelation` (negative between a member and an opposed input).
 */
export interface SharedFactor {
  /** Name of the belief; unique among inputs and factors. It becomes a coordinate of the design. */
  readonly name: string;
  /** Spearman's rank correlation in (0, 1] between any two inputs moved the same way. */
  readonly rankCorrelation: number;
  readonly members: readonly string[];
  readonly opposed?: readonly string[];
}

/** The uncertain inputs of a study and the shared beliefs that correlate some of them. */
export interface InputSpaceSpec {
  readonly inputs: readonly UncertainInput[];
  readonly factors?: readonly SharedFactor[];
}

/** Maps points of the unit cube (a design's rows) to input values. */
export interface InputSpace {
  readonly inputs: readonly UncertainInput[];
  readonly factors: readonly SharedFactor[];
  /** Names of the design's coordinates: every input, then every shared factor. */
  readonly coordinates: readonly string[];
  /** Every input's `value`, in input order. */
  readonly nominal: readonly number[];
  /** The input values at one point of the unit cube (`coordinates.length` numbers in (0, 1)). */
  values(point: ArrayLike<number>): number[];
}

// Clamped so that Φ(z) of a sum of two normal scores never rounds to 0 or 1 (quantile(1) of a lognormal is ∞).
const EPSILON = 1.1102230246251565e-16;

/**
 * The input space of a study: one design coordinate per input, plus one per shared factor.
 *
 * Correlation is a Gaussian copula with one latent factor per shared belief (a "one-factor model"). Each
 * member's normal score is z = s·λ·z_F + √(1 − λ²)·z_own, where z_F = Φ⁻¹(factor coordinate), z_own =
 * Φ⁻¹(the input's own coordinate), s = +1 for members and −1 for opposed inputs, and λ² = r is the normal
 * correlation between two members; the input's value is its quantile at Φ(z). Spearman's ρ of a bivariate
 * normal pair is (6/π)·asin(r/2) (Pearson 1907; Kruskal 1958, JASA 53:814-861), so r = 2·sin(π·ρ/6); rank
 * correlation is kept by the monotone quantile maps, so it holds between the input values themselves.
 *
 * Why a factor, not a correlation matrix: one number per belief is what an expert can state and a reader
 * can check, it is positive definite by construction, and the factor is an independent coordinate — so the
 * Sobol indices of the factor measure how much the shared belief matters, while a member's own index
 * measures its part not shared. Inputs outside every factor are independent.
 *
 * Deterministic. @throws RangeError for duplicate names, a factor naming an unknown input or fewer than two
 * inputs, an input in two factors, a rank correlation outside (0, 1], or an unusable input (`inputProblems`).
 * @example
 * const space = inputSpace({ inputs: [repairA, repairB], factors: [{ name: 'vendor-quality', rankCorrelation: 0.6, members: ['repairA', 'repairB'] }] });
 * space.coordinates;              // ['repairA', 'repairB', 'vendor-quality']
 * space.values([0.5, 0.5, 0.95]); // both repair times above their medians
 */
export function inputSpace(spec: InputSpaceSpec): InputSpace {
  const inputs = [...spec.inputs];
  const factors = [...(spec.factors ?? [])];
  const coordinates = [...inputs.map((i) => i.name), ...factors.map((f) => f.name)];
  const seen = new Set<string>();
  for (const name of coordinates) {
    if (seen.has(name)) throw new RangeError(`input and factor names must be unique, got ${JSON.stringify(name)} twice`);
    seen.add(name);
  }
  const quantiles = inputs.map((input) => inputDistribution(input).quantile);
  const indexOf = new Map(inputs.map((input, i) => [input.name, i]));
  // per input: [factor coordinate, signed loading λ·s, √(1 − λ²)], or undefined when independent
  const links: ([number, number, number] | undefined)[] = inputs.map(() => undefined);
  factors.forEach((factor, f) => {
    const rho = factor.rankCorrelation;
    if (!(rho > 0 && rho <= 1)) throw new RangeError(`factor ${factor.name}: rankCorrelation must be in (0, 1], got ${rho}`);
    const r = rho === 1 ? 1 : 2 * sin((Math.PI * rho) / 6);
    const loading = Math.sqrt(r);
    const own = Math.sqrt(1 - r);
    const linked = [...factor.members.map((m) => [m, 1] as const), ...(factor.opposed ?? []).map((m) => [m, -1] as const)];
    if (linked.length < 2) throw new RangeError(`factor ${factor.name} must link at least two inputs, got ${linked.length}`);
    for (const [name, sign] of linked) {
      const i = indexOf.get(name);
      if (i === undefined) throw new RangeError(`factor ${factor.name} names ${JSON.stringify(name)}, which is not an input`);
      if (links[i] !== undefined) throw new RangeError(`input ${name} is in two factors; an input may share one belief only`);
      links[i] = [inputs.length + f, sign * loading, own];
    }
  });
  return {
    inputs,
    factors,
    coordinates,
    nominal: inputs.map((i) => i.value),
    values(point) {
      if (point.length !== coordinates.length) {
        throw new RangeError(`a point of this input space has ${coordinates.length} coordinates, got ${point.length}`);
      }
      return quantiles.map((quantile, i) => {
        const link = links[i];
        if (link === undefined) return quantile(point[i]);
        const [factor, loading, own] = link;
        const z = loading * normalQuantile(point[factor]) + (own === 0 ? 0 : own * normalQuantile(point[i]));
        return quantile(Math.min(1 - EPSILON, Math.max(EPSILON, normalCdf(z))));
      });
    },
  };
}
