import { describe, expect, it } from 'vitest';
import { intensityFromPgv, jmaClassLabel, jmaReportedIntensity, pgvFromIntensity } from './intensity.ts';

describe('intensityFromPgv / pgvFromIntensity', () => {
  it('intensityFromPgv is 2.68 + 1.72·log10 PGV (Midorikawa et al. 1999)', () => {
    expect(intensityFromPgv(1)).toBe(2.68);
    expect(intensityFromPgv(10)).toBeCloseTo(4.4, 14);
    expect(intensityFromPgv(100)).toBeCloseTo(6.12, 14);
  });

  it('pgvFromIntensity inverts intensityFromPgv', () => {
    for (const i of [3, 4.5, 5.5, 6.0, 6.5, 7.2]) expect(intensityFromPgv(pgvFromIntensity(i))).toBeCloseTo(i, 13);
    expect(pgvFromIntensity(5.5)).toBeCloseTo(43.60486, 4);
  });

  it('intensityFromPgv rejects a PGV that is not positive', () => {
    expect(() => intensityFromPgv(0)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: intensityFromPgv pgvCmPerS must be a positive finite number, got 0]`,
    );
    expect(() => pgvFromIntensity(NaN)).toThrow(RangeError);
  });
});

describe('jmaClassLabel', () => {
  it('jmaClassLabel follows the 1996 JMA boundaries, each lower edge belonging to the upper class', () => {
    const cases: [number, string, string][] = [
      [-1, '0', '0'], [0.49, '0', '0'], [0.5, '1', '1'], [2.5, '3', '3'], [3.49, '3', '3'], [3.5, '4', '4'],
      [4.49, '4', '4'], [4.5, '5弱', '5-'], [4.99, '5弱', '5-'], [5.0, '5強', '5+'], [5.49, '5強', '5+'],
      [5.5, '6弱', '6-'], [5.99, '6弱', '6-'], [6.0, '6強', '6+'], [6.49, '6強', '6+'], [6.5, '7', '7'], [7.3, '7', '7'],
    ];
    expect(cases.map(([i]) => [i, jmaClassLabel(i), jmaClassLabel(i, 'en')])).toEqual(cases);
  });

  it('jmaClassLabel rejects a non-finite intensity and an unknown language', () => {
    expect(() => jmaClassLabel(NaN)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: jmaClassLabel intensity must be a finite number, got NaN]`,
    );
    expect(() => jmaClassLabel(5, 'fr' as 'en')).toThrow(RangeError);
  });
});

describe('jmaReportedIntensity', () => {
  it('jmaReportedIntensity rounds at the third decimal, then truncates the second', () => {
    expect([4.494, 4.496, 4.4999, 5.549, 6.6749, 6.7].map(jmaReportedIntensity)).toEqual([4.4, 4.5, 4.5, 5.5, 6.6, 6.7]);
  });
});
