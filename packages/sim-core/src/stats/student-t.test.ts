import { describe, expect, it } from 'vitest';
import { studentTQuantile } from './student-t.ts';

// Reference values: R qt(p, df), printed with 15 significant digits.
const TABLE: [number, number, number][] = [
  [0.975, 1, 12.7062047361747],
  [0.975, 2, 4.30265272974946],
  [0.975, 3, 3.18244630528371],
  [0.975, 4, 2.77644510519779],
  [0.975, 5, 2.57058183563631],
  [0.975, 10, 2.22813885198627],
  [0.975, 30, 2.04227245630124],
  [0.975, 39, 2.02269092003676],
  [0.975, 100, 1.98397151852355],
  [0.975, 1000, 1.96233908082641],
  [0.995, 5, 4.03214298355523],
  [0.995, 39, 2.70791140545370],
  [0.9995, 3, 12.9239786366098],
  [0.9, 7, 1.41492392254557],
  [0.6, 20, 0.256980508423946],
];

describe('studentTQuantile', () => {
  it('studentTQuantile(p, df) matches tabulated quantiles to 1e-6 relative (Hill 1970)', () => {
    for (const [p, df, expected] of TABLE) {
      const t = studentTQuantile(p, df);
      expect(Math.abs(t - expected) / expected, `p=${p} df=${df}`).toBeLessThan(1e-6);
    }
  });

  it('is antisymmetric: q(1 − p) = −q(p), and q(0.5) = 0', () => {
    expect(studentTQuantile(0.025, 10)).toBe(-studentTQuantile(0.975, 10));
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });

  it('bad arguments throw a RangeError naming the value', () => {
    expect(() => studentTQuantile(1, 3)).toThrow('probability must be in (0, 1), got 1');
    expect(() => studentTQuantile(0.9, 0)).toThrow('degreesOfFreedom must be a positive integer, got 0');
    expect(() => studentTQuantile(0.9, 2.5)).toThrow('degreesOfFreedom must be a positive integer, got 2.5');
  });
});
