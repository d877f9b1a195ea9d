import { describe, expect, it } from 'vitest';
import { exactPoissonInterval } from './poisson-interval.ts';

// Exact 95% limits of a Poisson mean as tabulated, e.g. in Gardner & Altman, "Statistics with
// Confidence" (BMJ Books, 2nd ed. 2000), table 18.1, and the chi-square bounds ½χ²(0.025; 2n),
// ½χ²(0.975; 2n + 2): 0 → 0–3.689, 1 → 0.0253–5.572, 10 → 4.795–18.39.
describe('exactPoissonInterval', () => {
  it('matches the published exact limits for 0, 1 and 10 events', () => {
    const zero = exactPoissonInterval(0);
    expect(zero.low).toBe(0);
    expect(zero.high).toBeCloseTo(3.6889, 4);
    const one = exactPoissonInterval(1);
    expect(one.low).toBeCloseTo(0.025318, 5);
    expect(one.high).toBeCloseTo(5.5716, 4);
    const ten = exactPoissonInterval(10);
    expect(ten.low).toBeCloseTo(4.7954, 4);
    expect(ten.high).toBeCloseTo(18.3904, 4);
  });
  it('gives the one-event bound ln(1/0.025) for no event at 95% and narrows with the level', () => {
    expect(exactPoissonInterval(0).high).toBeCloseTo(Math.log(40), 9);
    const ninety = exactPoissonInterval(10, 0.9);
    expect(ninety.low).toBeGreaterThan(exactPoissonInterval(10).low);
    expect(ninety.high).toBeLessThan(exactPoissonInterval(10).high);
  });
  it('is close to ±1.96√n for a large count', () => {
    const { low, high } = exactPoissonInterval(1951);
    expect(low).toBeGreaterThan(1951 - 1.96 * Math.sqrt(1951) - 2);
    expect(high).toBeLessThan(1951 + 1.96 * Math.sqrt(1951) + 3);
  });
  it('refuses a fractional count', () => {
    expect(() => exactPoissonInterval(1.5)).toThrow(/non-negative integer/);
  });
});
