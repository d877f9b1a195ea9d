import { describe, expect, it } from 'vitest';
import { attenuationMagnitudeCap, intensitySigma, log10MedianBedrockPgv, medianIntensity } from './attenuation.ts';

describe('log10MedianBedrockPgv', () => {
  it('is the Si & Midorikawa (1999) PGV law at the rupture distance', () => {
    // 0.58·7 + 0.0038·10 + 0 − 1.29 − log10(10 + 0.0028·10^3.5) − 0.002·10
    const expected = 0.58 * 7 + 0.038 - 1.29 - Math.log10(10 + 0.0028 * 10 ** 3.5) - 0.02;
    expect(log10MedianBedrockPgv(7, 10, 10, 'crustal')).toBeCloseTo(expected, 12);
    expect(log10MedianBedrockPgv(7, 10, 10, 'crustal')).toBeCloseTo(1.5126, 4);
  });

  it('caps the magnitude at 8.3, as the national hazard maps do: an M9 differs from an M8.3 only by its larger rupture', () => {
    expect(attenuationMagnitudeCap).toBe(8.3);
    for (const x of [0, 30, 100, 400]) {
      expect(log10MedianBedrockPgv(9, 24, x, 'interplate')).toBe(log10MedianBedrockPgv(8.3, 24, x, 'interplate'));
      expect(log10MedianBedrockPgv(8.2, 24, x, 'interplate')).toBeLessThan(log10MedianBedrockPgv(8.3, 24, x, 'interplate'));
    }
  });
});

describe('medianIntensity', () => {
  it('an M7.0 crustal event at 10 km depth gives 6弱 at the rupture and about 2.5 at 300 km', () => {
    const at = (d: number) => medianIntensity({ magnitude: 7, depthKm: 10, ruptureDistanceKm: d });
    expect(at(0)).toBeCloseTo(6.1387, 4);
    expect(at(10)).toBeCloseTo(5.5397, 4);
    expect(at(50)).toBeCloseTo(4.5518, 4);
    expect(at(300)).toBeCloseTo(2.4535, 4);
  });

  it('medianIntensity decreases with distance and does not decrease with magnitude', () => {
    const distances = [0, 5, 20, 40, 80, 150, 300, 600];
    for (const magnitude of [5, 6, 7, 8, 9]) {
      const values = distances.map((d) => medianIntensity({ magnitude, depthKm: 15, ruptureDistanceKm: d }));
      for (let k = 1; k < values.length; k++) expect(values[k]).toBeLessThan(values[k - 1]);
    }
    for (const d of distances) {
      const values = [5, 6, 7, 8, 8.3, 9].map((magnitude) => medianIntensity({ magnitude, depthKm: 15, ruptureDistanceKm: d }));
      for (let k = 1; k < values.length; k++) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]);
    }
  });

  it('medianIntensity adds 1.72·log10 of the site amplification and the fault-type terms of Si & Midorikawa (0, −0.02, +0.12)', () => {
    const base = { magnitude: 7, depthKm: 10, ruptureDistanceKm: 40 };
    const rock = medianIntensity({ ...base, siteAmplification: 1 });
    expect(medianIntensity({ ...base, siteAmplification: 2 }) - rock).toBeCloseTo(1.72 * Math.log10(2), 12);
    expect(medianIntensity({ ...base, faultType: 'crustal' })).toBe(medianIntensity(base));
    expect(medianIntensity({ ...base, faultType: 'intraslab' }) - medianIntensity(base)).toBeCloseTo(1.72 * 0.12, 12);
    expect(medianIntensity({ ...base, faultType: 'interplate' }) - medianIntensity(base)).toBeCloseTo(-1.72 * 0.02, 12);
  });

  it('intensitySigma is 1.72 × 0.23', () => {
    expect(intensitySigma).toBeCloseTo(0.3956, 15);
  });

  it('medianIntensity rejects bad input, naming the value', () => {
    expect(() => medianIntensity({ magnitude: 7, depthKm: -1, ruptureDistanceKm: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: medianIntensity depthKm must be a non-negative finite number, got -1]`,
    );
    expect(() => medianIntensity({ magnitude: 7, depthKm: 10, ruptureDistanceKm: -2 })).toThrow(RangeError);
    expect(() => medianIntensity({ magnitude: 7, depthKm: 10, ruptureDistanceKm: 5, siteAmplification: 0 })).toThrow(RangeError);
    expect(() => medianIntensity({ magnitude: NaN, depthKm: 10, ruptureDistanceKm: 5 })).toThrow(RangeError);
    expect(() =>
      medianIntensity({ magnitude: 7, depthKm: 10, ruptureDistanceKm: 5, faultType: 'volcanic' as 'crustal' }),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: medianIntensity faultType must be 'crustal', 'interplate' or 'intraslab', got volcanic]`);
  });
});
