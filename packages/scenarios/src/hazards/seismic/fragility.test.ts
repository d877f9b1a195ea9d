import { describe, expect, it } from 'vitest';
import { lognormalFragility } from './fragility.ts';
import { pgvFromIntensity } from './intensity.ts';
import { normalCdf } from '@machi/sim-core';

describe('lognormalFragility', () => {
  const rack = lognormalFragility({ medianJmaIntensity: 6.2, beta: 0.5 });

  it('probabilityOfDamage is exactly 0.5 at the median intensity', () => {
    expect(rack.probabilityOfDamage(6.2)).toBe(0.5);
  });

  it('probabilityOfDamage is lognormal in PGV: Φ(ln(PGV/PGV_median)/β)', () => {
    for (const i of [4.5, 5.5, 6.0, 6.8]) {
      const expected = normalCdf(Math.log(pgvFromIntensity(i) / pgvFromIntensity(6.2)) / 0.5);
      expect(rack.probabilityOfDamage(i)).toBeCloseTo(expected, 12);
    }
    expect(rack.medianPgvCmPerS).toBe(pgvFromIntensity(6.2));
  });

  it('probabilityOfDamage increases with intensity', () => {
    const values = [3, 4, 5, 5.5, 6, 6.2, 6.5, 7].map((i) => rack.probabilityOfDamage(i));
    for (let k = 1; k < values.length; k++) expect(values[k]).toBeGreaterThan(values[k - 1]);
  });

  it('a small beta makes the curve a step at the median', () => {
    const step = lognormalFragility({ medianJmaIntensity: 6.2, beta: 1e-4 });
    expect(step.probabilityOfDamage(6.19)).toBe(0);
    expect(step.probabilityOfDamage(6.21)).toBe(1);
  });

  it('lognormalFragility rejects a beta that is not positive and a non-finite intensity', () => {
    expect(() => lognormalFragility({ medianJmaIntensity: 6, beta: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: lognormalFragility beta must be a positive finite number, got 0]`,
    );
    expect(() => lognormalFragility({ medianJmaIntensity: NaN, beta: 0.4 })).toThrow(RangeError);
    expect(() => rack.probabilityOfDamage(NaN)).toThrow(RangeError);
  });

  it('prints as its parameters', () => {
    expect(String(rack)).toBe('lognormalFragility(median I 6.2, beta 0.5)');
  });
});
