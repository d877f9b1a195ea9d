import { describe, expect, it } from 'vitest';
import { regularizedBeta, regularizedGammaP, regularizedGammaQ } from './special.ts';

// Reference values from closed forms (tests may use Math.*): P(1, x) = 1 − e^−x,
// P(1/2, x) = erf(√x), Q(k + 1, λ) = Σ_{j≤k} e^−λ λ^j/j!, I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b,
// and I_{1−p}(n − k, k + 1) = Σ_{j≤k} C(n, j) p^j (1 − p)^(n−j).
const poissonCdf = (k: number, lambda: number) => {
  let term = Math.exp(-lambda);
  let sum = term;
  for (let j = 1; j <= k; j++) sum += (term *= lambda / j);
  return sum;
};
const binomialCdf = (k: number, n: number, p: number) => {
  let term = (1 - p) ** n;
  let sum = term;
  for (let j = 0; j < k; j++) sum += (term *= ((n - j) / (j + 1)) * (p / (1 - p)));
  return sum;
};

describe('special functions', () => {
  it('regularizedGammaP(1, x) is 1 − e^−x', () => {
    for (const x of [1e-8, 0.1, 1, 2, 5, 30]) expect(regularizedGammaP(1, x)).toBeCloseTo(-Math.expm1(-x), 14);
  });

  it('regularizedGammaP(1/2, x) is erf(√x): P(1/2, 1/2) = erf(1/√2) = 0.6826894921370859', () => {
    expect(regularizedGammaP(0.5, 0.5)).toBeCloseTo(0.6826894921370859, 14);
    expect(regularizedGammaQ(0.5, 2)).toBeCloseTo(0.04550026389635842, 15); // erfc(√2), P(|Z| > 2)
  });

  it('regularizedGammaQ(k + 1, λ) is the Poisson CDF, across the series/continued-fraction switch', () => {
    for (const lambda of [0.5, 3, 10, 40, 250]) {
      for (const k of [0, 1, Math.floor(lambda), Math.floor(2 * lambda) + 3]) {
        const expected = poissonCdf(k, lambda);
        expect(Math.abs(regularizedGammaQ(k + 1, lambda) - expected) / expected, `k=${k} λ=${lambda}`).toBeLessThan(1e-12);
      }
    }
  });

  it('regularizedGammaP + regularizedGammaQ = 1 and P is 0 at 0 and 1 at ∞', () => {
    for (const a of [0.1, 1, 7.5, 300]) {
      for (const x of [0.01, a, 3 * a]) expect(regularizedGammaP(a, x) + regularizedGammaQ(a, x)).toBeCloseTo(1, 14);
      expect(regularizedGammaP(a, 0)).toBe(0);
      expect(regularizedGammaP(a, Infinity)).toBe(1);
    }
  });

  it('regularizedBeta matches x^a, 1 − (1 − x)^b and symmetry', () => {
    for (const x of [0.001, 0.2, 0.5, 0.9, 0.999]) {
      expect(regularizedBeta(x, 3.5, 1)).toBeCloseTo(x ** 3.5, 14);
      expect(regularizedBeta(x, 1, 2.5)).toBeCloseTo(1 - (1 - x) ** 2.5, 14);
      expect(regularizedBeta(x, 2.3, 7) + regularizedBeta(1 - x, 7, 2.3)).toBeCloseTo(1, 14);
    }
    expect(regularizedBeta(0.5, 0.5, 0.5)).toBeCloseTo(0.5, 14);
    expect(regularizedBeta(0.25, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(0.5), 14); // arcsine law
  });

  it('regularizedBeta(1 − p, n − k, k + 1) is the binomial CDF', () => {
    for (const [n, p] of [[10, 0.3], [200, 0.04], [1000, 0.5]] as const) {
      for (const k of [0, Math.floor(n * p), Math.floor(n * p + 3 * Math.sqrt(n * p))]) {
        const expected = binomialCdf(k, n, p);
        expect(Math.abs(regularizedBeta(1 - p, n - k, k + 1) - expected) / expected, `n=${n} p=${p} k=${k}`).toBeLessThan(1e-10);
      }
    }
  });

  it('the special functions reject arguments outside their domain', () => {
    expect(() => regularizedGammaP(0, 1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: incomplete gamma a must be a positive finite number, got 0]`);
    expect(() => regularizedGammaQ(1, -1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: incomplete gamma x must be non-negative, got -1]`);
    expect(() => regularizedBeta(1.5, 1, 1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: regularizedBeta x must be in [0, 1], got 1.5]`);
  });
});
