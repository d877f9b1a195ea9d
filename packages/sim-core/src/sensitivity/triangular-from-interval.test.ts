import { describe, expect, it } from 'vitest';
import { triangularFromInterval } from './triangular-from-interval.ts';

/** The triangular (min, mode, max) CDF. */
function cdf(x: number, { min, mode, max }: { min: number; mode: number; max: number }): number {
  if (x <= min) return 0;
  if (x >= max) return 1;
  if (x <= mode) return (x - min) ** 2 / ((max - min) * (mode - min));
  return 1 - (max - x) ** 2 / ((max - min) * (max - mode));
}

describe('triangularFromInterval', () => {
  it('places low and high at the 5% and 95% quantiles of a 90% interval, whatever the mode', () => {
    // Bisection stops when the bracket stops shrinking, so the quantile conditions hold to rounding (1e-13 here).
    for (const mode of [2, 2.5, 4, 9.99, 10]) {
      const t = triangularFromInterval(2, mode, 10, 0.9);
      expect(t.mode).toBe(mode);
      expect(t.min).toBeLessThan(2);
      expect(t.max).toBeGreaterThan(10);
      expect(cdf(2, t)).toBeCloseTo(0.05, 13);
      expect(cdf(10, t)).toBeCloseTo(0.95, 13);
    }
  });

  it('a symmetric 90% interval gives the symmetric triangle found by hand', () => {
    // Symmetric (0, 5, 10) interval: the tail mass below low = α²/(W·W/2) = 0.05 with W = 10 + 2α, so
    // α/W = √0.025 and α = 10·√0.025/(1 − 2√0.025) = 2.4025…
    const t = triangularFromInterval(0, 5, 10, 0.9);
    const alpha = (10 * Math.sqrt(0.025)) / (1 - 2 * Math.sqrt(0.025));
    expect(t.min).toBeCloseTo(-alpha, 12);
    expect(t.max).toBeCloseTo(10 + alpha, 12);
  });

  it('other coverages too: a 50% interval is the quartiles', () => {
    const t = triangularFromInterval(1, 3, 4, 0.5);
    expect(cdf(1, t)).toBeCloseTo(0.25, 13);
    expect(cdf(4, t)).toBeCloseTo(0.75, 13);
  });

  it('a min–max range (coverage 1) is the triangle itself', () => {
    expect(triangularFromInterval(2, 4, 10, 1)).toEqual({ min: 2, mode: 4, max: 10 });
  });

  it('rejects a mode outside the range, inverted bounds and a coverage outside (0, 1]', () => {
    expect(() => triangularFromInterval(2, 11, 10, 0.9)).toThrow('triangularFromInterval needs low ≤ mode ≤ high and low < high, got 2, 11, 10');
    expect(() => triangularFromInterval(3, 3, 3, 0.9)).toThrow('low < high');
    expect(() => triangularFromInterval(2, 4, 10, 0)).toThrow('coverage must be in (0, 1], got 0');
  });
});
