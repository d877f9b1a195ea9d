// Test functions with known sensitivity indices, on the unit cube, for this folder's tests (not shipped API).
import { sin } from '../math/index.ts';
import { normalQuantile } from '../math/normal.ts';
import { RandomStreams } from '../random/streams.ts';

/**
 * Ishigami & Homma (1990), Proc. ISUMA '90, pp. 398-403: f = sin x1 + a·sin² x2 + b·x3⁴·sin x1 with x_i
 * uniform on [−π, π] (here from u_i on (0, 1)). Its variance decomposition is known in closed form, e.g.
 * Sobol' & Levitan (1999), CPC 117:52-61, and Saltelli et al. (2008), Global Sensitivity Analysis: The
 * Primer, §4.9: V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = bπ⁴/5 + b²π⁸/50 + 1/2, V2 = a²/8, V3 = 0,
 * V13 = 8b²π⁸/225 (no other interaction).
 */
export function ishigami(u: ArrayLike<number>, a = 7, b = 0.1): number {
  const x1 = Math.PI * (2 * u[0] - 1);
  const x2 = Math.PI * (2 * u[1] - 1);
  const x3 = Math.PI * (2 * u[2] - 1);
  const s2 = sin(x2);
  return sin(x1) + a * s2 * s2 + b * x3 * x3 * x3 * x3 * sin(x1);
}

/** The Ishigami function's analytic first-order and total indices (see `ishigami`). */
export function ishigamiIndices(a = 7, b = 0.1): { variance: number; first: number[]; total: number[] } {
  const pi4 = Math.PI ** 4;
  const pi8 = Math.PI ** 8;
  const v1 = (b * pi4) / 5 + (b * b * pi8) / 50 + 0.5;
  const v2 = (a * a) / 8;
  const v13 = (8 * b * b * pi8) / 225;
  const v = v1 + v2 + v13;
  return { variance: v, first: [v1 / v, v2 / v, 0], total: [(v1 + v13) / v, v2 / v, v13 / v] };
}

/**
 * An additive model with one dominant, skewed input: Y = exp(σ·Z1) + a·X2 + b·X3 with Z1 = Φ⁻¹(u_dominant)
 * standard normal (so exp(σ·Z1) is log-normal, as a cost range of shape 'lognormal' is) and X2, X3 uniform on
 * (0, 1) at coordinates `others`; any further coordinates are inert. The variance of a log-normal is
 * (e^{σ²} − 1)·e^{σ²} (e.g. Johnson, Kotz & Balakrishnan 1994, Continuous Univariate Distributions vol. 1,
 * ch. 14), of a·U(0, 1) a²/12; with independent inputs and no interaction S_i = S_Ti = V_i/V.
 */
export const DOMINANT_LOGNORMAL = { sigma: 0.5, a: 0.6, b: 0.3, dominant: 1, others: [0, 2] } as const;
export function dominantLognormal(u: ArrayLike<number>, m = DOMINANT_LOGNORMAL): number {
  return Math.exp(m.sigma * normalQuantile(u[m.dominant])) + m.a * u[m.others[0]] + m.b * u[m.others[1]];
}

/** The analytic indices of `dominantLognormal` on `dimensions` coordinates (first-order = total). */
export function dominantLognormalIndices(dimensions: number, m = DOMINANT_LOGNORMAL): number[] {
  const s2 = m.sigma * m.sigma;
  const parts = new Array<number>(dimensions).fill(0);
  parts[m.dominant] = (Math.exp(s2) - 1) * Math.exp(s2);
  parts[m.others[0]] = (m.a * m.a) / 12;
  parts[m.others[1]] = (m.b * m.b) / 12;
  const variance = parts.reduce((x, y) => x + y, 0);
  return parts.map((v) => v / variance);
}

/**
 * Sobol's G-function (Saltelli & Sobol' 1995, Reliab. Eng. Syst. Saf. 50:225-239): g = Π (|4u_i − 2| + a_i)/(1 + a_i),
 * each factor with mean 1; the smaller a_i, the more u_i matters: V_i = 1/(3(1 + a_i)²), V = Π(1 + V_i) − 1.
 * The default a = (0, 1, 4.5, 9, 99, 99, 99, 99) is the usual 8-input test (as in SALib's Sobol_G).
 */
export const G_COEFFICIENTS = [0, 1, 4.5, 9, 99, 99, 99, 99];
export function sobolG(u: ArrayLike<number>, a: readonly number[] = G_COEFFICIENTS): number {
  let g = 1;
  for (let i = 0; i < a.length; i++) g *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
  return g;
}

/**
 * A decision with a known answer for `probabilityBest` and `rankingProbability`, replicated as a study is:
 * three options whose expected outcomes on input u are A = u, B = 0.5, C = 1.1 − u (lower is better), so A is
 * best for u < 0.5, B for 0.5 < u < 0.6 and C above: P(best) = 0.5, 0.1, 0.4 exactly, and A < B < C holds with
 * probability 0.5. Each of `replications` outputs per set adds noise of sd `noise` with the structure of
 * common random numbers: a part shared by replication k of every set and option, a part shared by replication
 * k of every set of one option, and a part of its own. `sets` inputs u are drawn independently from `seed`.
 */
export const KNOWN_DECISION = { best: [0.5, 0.1, 0.4], ranking: ['A', 'B', 'C'], rankingHolds: 0.5 } as const;
export function knownDecision(sets: number, replications: number, noise: number, seed: number): { name: string; outputs: { values: Float64Array; replications: number } }[] {
  const streams = new RandomStreams(seed);
  const inputs = streams.get('test.inputs');
  const draws = streams.get('test.noise');
  const gaussian = () => normalQuantile(draws.randomOpen());
  const u = Array.from({ length: sets }, () => inputs.random());
  const shared = Array.from({ length: replications }, gaussian);
  const levels = [(x: number) => x, () => 0.5, (x: number) => 1.1 - x];
  return ['A', 'B', 'C'].map((name, o) => {
    const own = Array.from({ length: replications }, gaussian);
    const values = new Float64Array(sets * replications);
    for (let j = 0; j < sets; j++) {
      for (let k = 0; k < replications; k++) values[j * replications + k] = levels[o]!(u[j]!) + noise * (0.5 * shared[k]! + 0.5 * own[k]! + Math.SQRT1_2 * gaussian());
    }
    return { name, outputs: { values, replications } };
  });
}
