import { describe, expect, it } from 'vitest';
import { studentTQuantile } from './student-t.ts';

// Reference values: scipy.stats.t.ppf(p, df) (Boost's inverse incomplete beta), as printed by repr.
const TABLE: [number, number, number][] = [
  [0.975, 1, 12.706204736174694],
  [0.975, 2, 4.302652729749462],
  [0.975, 3, 3.1824463052837078],
  [0.975, 4, 2.7764451051977934],
  [0.975, 5, 2.5705818356363146],
  [0.975, 10, 2.228138851986274],
  [0.975, 30, 2.0422724563012378],
  [0.975, 39, 2.022690920036761],
  [0.975, 100, 1.9839715185235518],
  [0.975, 1000, 1.9623390808264083],
  [0.995, 5, 4.032142983555228],
  [0.995, 39, 2.707913183517662],
  [0.9995, 3, 12.923978636687961],
  [0.9, 7, 1.4149239276505086],
  [0.6, 20, 0.2567427538545021],
  [0.999999, 4, 41.5778541501515],
];

describe('studentTQuantile', () => {
  it('studentTQuantile(p, df) matches tabulated quantiles to 1e-12 relative', () => {
    for (const [p, df, expected] of TABLE) {
      const t = studentTQuantile(p, df);
      expect(Math.abs(t - expected) / expected, `p=${p} df=${df}`).toBeLessThan(1e-12);
    }
  });

  it('is antisymmetric: q(1 − p) = −q(p), and q(0.5) = 0', () => {
    expect(studentTQuantile(0.025, 10) / -studentTQuantile(0.975, 10)).toBeCloseTo(1, 13);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });

  it('bad arguments throw a RangeError naming the value', () => {
    expect(() => studentTQuantile(1, 3)).toThrow('probability must be in (0, 1), got 1');
    expect(() => studentTQuantile(0.9, 0)).toThrow('degreesOfFreedom must be a positive integer, got 0');
    expect(() => studentTQuantile(0.9, 2.5)).toThrow('degreesOfFreedom must be a positive integer, got 2.5');
  });
});
