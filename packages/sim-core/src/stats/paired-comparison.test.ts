import { describe, expect, it } from 'vitest';
import { pairedComparison } from './paired-comparison.ts';

/** 200 years (20 replications × 10) of integer losses in a scrambled order. */
const losses = Float64Array.from({ length: 200 }, (_, i) => (i * 73) % 97);

describe('pairedComparison', () => {
  it('pairedComparison(a, a) is all ties with difference 0 and a zero-width interval', () => {
    expect(pairedComparison(losses, Float64Array.from(losses), { groupSize: 10 })).toEqual({
      meanDifference: 0,
      standardError: 0,
      ciLow: 0,
      ciHigh: 0,
      pALess: 0,
      pEqual: 1,
      pAGreater: 0,
      years: 200,
      groups: 20,
    });
  });

  it('measures an exact shift: every year of a is 3 above b', () => {
    const lower = losses.map((x) => x - 3);
    expect(pairedComparison(losses, lower, { groupSize: 10 })).toMatchObject({
      meanDifference: 3,
      standardError: 0,
      ciLow: 3,
      ciHigh: 3,
      pAGreater: 1,
      pEqual: 0,
    });
  });

  it('reports mostly-zero data as mostly ties, with the difference clustered by replication', () => {
    // 10 replications × 10 years, b all zero, a zero except 5 in rows 3 and 47 and −2 in row 80.
    // Replication means of a − b: 0.5 (r0), 0.5 (r4), −0.2 (r8), else 0: mean 0.08,
    // Σ(x − 0.08)² = 0.54 − 10·0.08² = 0.476, sd √(0.476/9) = 0.229976, SE 0.072725, t(0.975, 9) = 2.262157.
    const a = new Float64Array(100);
    a[3] = 5;
    a[47] = 5;
    a[80] = -2;
    const c = pairedComparison(a, new Float64Array(100), { groupSize: 10 });
    expect([c.pALess, c.pEqual, c.pAGreater]).toEqual([0.01, 0.97, 0.02]);
    expect(c.meanDifference).toBeCloseTo(0.08, 15);
    expect(c.standardError).toBeCloseTo(0.072725, 6);
    expect(c.ciHigh - c.meanDifference).toBeCloseTo(2.262157 * 0.072725, 5);
  });

  it('skips rows where either value is NaN and treats equal infinities as ties', () => {
    const c = pairedComparison([1, NaN, 3, 4, Infinity, 0], [1, 2, NaN, 2, Infinity, 0], { groupSize: 2 });
    // Pairs left: (1, 1), (4, 2), (∞, ∞), (0, 0), one or two per replication: replication means 0, 2, 0.
    expect(c).toMatchObject({ years: 4, groups: 3, pEqual: 0.75, pAGreater: 0.25, pALess: 0 });
    expect(c.meanDifference).toBeCloseTo(2 / 3, 15);
  });

  it('rejects columns of different lengths, naming both', () => {
    expect(() => pairedComparison([1, 2, 3], [1, 2], { groupSize: 1 })).toThrow(
      'a and b must have equal lengths, got 3 and 2',
    );
  });
});
