import { describe, expect, it } from 'vitest';
import { isPrecise } from './is-precise.ts';

describe('isPrecise', () => {
  it('isPrecise(estimate, target) holds when halfWidth ≤ relativeHalfWidth · |mean|, boundary included', () => {
    expect(isPrecise({ mean: 200, halfWidth: 10 }, { relativeHalfWidth: 0.05 })).toBe(true);
    expect(isPrecise({ mean: -200, halfWidth: 10 }, { relativeHalfWidth: 0.05 })).toBe(true);
    expect(isPrecise({ mean: 200, halfWidth: 10.5 }, { relativeHalfWidth: 0.05 })).toBe(false);
  });

  it('accepts a half-width under the absolute floor however small the mean', () => {
    expect(isPrecise({ mean: 0, halfWidth: 0.4 }, { relativeHalfWidth: 0.05, absoluteFloor: 0.5 })).toBe(true);
    expect(isPrecise({ mean: 0, halfWidth: 0.6 }, { relativeHalfWidth: 0.05, absoluteFloor: 0.5 })).toBe(false);
  });

  it('is never precise with an unknown (NaN) half-width', () => {
    expect(isPrecise({ mean: 1, halfWidth: NaN }, { relativeHalfWidth: 1, absoluteFloor: 10 })).toBe(false);
  });

  it('rejects a negative or NaN target', () => {
    expect(() => isPrecise({ mean: 1, halfWidth: 0 }, { relativeHalfWidth: -0.1 })).toThrow('relativeHalfWidth must be ≥ 0, got -0.1');
    expect(() => isPrecise({ mean: 1, halfWidth: 0 }, { relativeHalfWidth: 0.1, absoluteFloor: NaN })).toThrow(
      'absoluteFloor must be ≥ 0, got NaN',
    );
  });
});
