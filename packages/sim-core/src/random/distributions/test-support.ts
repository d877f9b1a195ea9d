// Goodness-of-fit checks shared by the distribution tests. Test code (may use Math.*), kept free of
// vitest imports because the package build compiles every non-.test.ts file under src/.
//
// Theory and tolerances, stated once:
// - Kolmogorov–Smirnov: for n draws from a continuous F, √n·D converges to the Kolmogorov
//   distribution; P(√n·D > 1.9495) = 0.001 (K = √(ln(2/α)/2) with α = 0.001). With n = 10^6 the
//   asymptotic value is accurate to far better than the third digit.
// - Chi-square: cells are the integers, pooled from both tails until every cell expects ≥ 5; the
//   statistic is compared by its exact p-value Q(df/2, χ²/2) with α = 0.001.
// - Moments: the sample mean is within mean ± z·√(variance/n), and the sample variance within
//   variance ± z·√(μ₄/n − σ⁴(n − 3)/(n(n − 1))) (the exact variance of s²), μ₄ the fourth central
//   moment estimated from the same draws, σ² the theoretical variance. z = 4
//   (two-sided 6.3e-5 each): with ~40 parameter sets × 2 moment checks, a correct sampler fails
//   one of them with probability ≈ 0.5%, and the KS/chi-square family (α = 0.001 × ~40) ≈ 4%.
//   Draws come from fixed seeds, so each verdict is reproducible; a failure means "look", and
//   tolerances are never widened to make one pass.
import { regularizedGammaQ } from '../special.ts';
import { RandomStreams } from '../streams.ts';
import type { Distribution } from './distribution.ts';

export const DRAWS = 1_000_000;
export const KS_CRITICAL_001 = 1.9495; // √(ln(2000)/2)
export const ALPHA = 0.001;
export const Z = 4;

export function draw(distribution: Distribution, n = DRAWS, seed = 'battery'): Float64Array {
  const stream = new RandomStreams(seed).get(String(distribution));
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = distribution.sample(stream);
  return xs;
}

/** √n·D for draws against `cdf` (sorts `xs` in place). */
export function kolmogorovSmirnov(xs: Float64Array, cdf: (x: number) => number): number {
  xs.sort();
  const n = xs.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i]);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  }
  return Math.sqrt(n) * d;
}

/** Chi-square statistic, degrees of freedom and p-value of integer-valued draws against `cdf`. */
export function chiSquare(xs: Float64Array, cdf: (x: number) => number): { statistic: number; df: number; pValue: number } {
  const n = xs.length;
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    if (!Number.isInteger(x)) throw new Error(`non-integer draw ${x}`);
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const counts = new Float64Array(max - min + 1);
  for (const x of xs) counts[x - min]++;
  // Cells [lo, hi] with the open tails pooled into the first and last cell.
  let lo = min;
  while (n * cdf(lo) < 5) lo++;
  let hi = max;
  while (n * (1 - cdf(hi - 1)) < 5) hi--;
  let statistic = 0;
  let cells = 0;
  let pending = 0;
  let pendingObserved = 0;
  for (let k = lo; k <= hi; k++) {
    const expected = k === lo ? n * cdf(lo) : k === hi ? n * (1 - cdf(hi - 1)) : n * (cdf(k) - cdf(k - 1));
    const observed =
      k === lo ? countRange(counts, min, min, lo) : k === hi ? countRange(counts, min, hi, max) : counts[k - min];
    pending += expected;
    pendingObserved += observed;
    if (pending >= 5 || k === hi) {
      statistic += ((pendingObserved - pending) * (pendingObserved - pending)) / pending;
      cells++;
      pending = 0;
      pendingObserved = 0;
    }
  }
  const df = cells - 1;
  return { statistic, df, pValue: df > 0 ? regularizedGammaQ(df / 2, statistic / 2) : 1 };
}

function countRange(counts: Float64Array, min: number, from: number, to: number): number {
  let s = 0;
  for (let k = from; k <= to; k++) s += counts[k - min] ?? 0;
  return s;
}

/** Sample mean, variance and fourth central moment (two-pass). */
export function moments(xs: Float64Array): { mean: number; variance: number; fourth: number } {
  const n = xs.length;
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d2 = (x - mean) * (x - mean);
    m2 += d2;
    m4 += d2 * d2;
  }
  return { mean, variance: m2 / (n - 1), fourth: m4 / n };
}

/** Failures of the two moment checks, as messages (empty when both pass). */
export function momentFailures(distribution: Distribution, xs: Float64Array): string[] {
  const n = xs.length;
  const sample = moments(xs);
  const failures: string[] = [];
  const meanTolerance = Z * Math.sqrt(distribution.variance / n);
  if (!(Math.abs(sample.mean - distribution.mean) < meanTolerance)) {
    failures.push(`sample mean ${sample.mean} is outside ${distribution.mean} ± ${meanTolerance}`);
  }
  const sigma4 = distribution.variance * distribution.variance;
  const varianceTolerance = Z * Math.sqrt(Math.max(sample.fourth / n - (sigma4 * (n - 3)) / (n * (n - 1)), 0));
  if (!(Math.abs(sample.variance - distribution.variance) <= varianceTolerance)) {
    failures.push(`sample variance ${sample.variance} is outside ${distribution.variance} ± ${varianceTolerance}`);
  }
  return failures;
}

/**
 * KS at α = 0.001 and both moment checks on 10^6 draws of a continuous distribution; returns the
 * failures as messages, so a test reads `expect(continuousFitFailures(d)).toEqual([])`.
 */
export function continuousFitFailures(distribution: Distribution, n = DRAWS): string[] {
  const xs = draw(distribution, n);
  const failures = momentFailures(distribution, xs);
  const ks = kolmogorovSmirnov(xs, (x) => distribution.cdf(x));
  if (!(ks < KS_CRITICAL_001)) failures.push(`√n·D = ${ks} ≥ ${KS_CRITICAL_001} (KS, α = 0.001)`);
  return failures;
}

/** Chi-square at α = 0.001 and both moment checks on 10^6 draws of an integer-valued distribution. */
export function discreteFitFailures(distribution: Distribution, n = DRAWS): string[] {
  const xs = draw(distribution, n);
  const failures = momentFailures(distribution, xs);
  const { statistic, df, pValue } = chiSquare(xs, (x) => distribution.cdf(x));
  if (!(pValue > ALPHA)) failures.push(`χ² = ${statistic} on ${df} df, p = ${pValue} ≤ ${ALPHA}`);
  return failures;
}
