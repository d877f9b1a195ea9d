import { describe, expect, it } from 'vitest';
import { faultDistanceProxyKm, intensitySigma, medianIntensity } from './attenuation.ts';

describe('faultDistanceProxyKm', () => {
  it('faultDistanceProxyKm subtracts half the Utsu fault length and floors at 3 km', () => {
    // L(M7) = 10^(3.5 − 1.85) = 44.67 km
    expect(faultDistanceProxyKm(7, 50)).toBeCloseTo(50 - 22.3342, 4);
    expect(faultDistanceProxyKm(7, 10)).toBe(3);
    expect(faultDistanceProxyKm(5, 3.5)).toBe(3);
  });
});

describe('medianIntensity', () => {
  it('an M7.0 crustal event at 10 km depth gives about 6弱 within 10 km and below 4 at 300 km', () => {
    const at = (d: number) => medianIntensity({ magnitude: 7, depthKm: 10, epicentralDistanceKm: d });
    expect(at(0)).toBeCloseTo(5.9104, 4);
    expect(at(10)).toBeCloseTo(5.9104, 4);
    expect(at(50)).toBeCloseTo(4.9617, 4);
    expect(at(300)).toBeCloseTo(2.5854, 4);
  });

  it('a 2011-like interplate M9 at 24 km depth gives 6強 at 150 km from the epicentre', () => {
    // Observed in 2011 at 130–180 km from the epicentre: 6弱 to 7 (仙台, 栗原).
    const at = (d: number) => medianIntensity({ magnitude: 9, depthKm: 24, epicentralDistanceKm: d, faultType: 'interplate' });
    expect(at(150)).toBeCloseTo(6.4358, 4);
    expect(at(300)).toBeCloseTo(5.7338, 4);
  });

  it('medianIntensity decreases with distance and increases with magnitude', () => {
    const distances = [0, 5, 20, 40, 80, 150, 300, 600];
    for (const magnitude of [5, 6, 7, 8, 9]) {
      const values = distances.map((d) => medianIntensity({ magnitude, depthKm: 15, epicentralDistanceKm: d }));
      for (let k = 1; k < values.length; k++) expect(values[k]).toBeLessThanOrEqual(values[k - 1]);
      expect(values.at(-1)).toBeLessThan(values[0]);
    }
    for (const d of distances) {
      const values = [5, 6, 7, 8, 9].map((magnitude) => medianIntensity({ magnitude, depthKm: 15, epicentralDistanceKm: d }));
      for (let k = 1; k < values.length; k++) expect(values[k]).toBeGreaterThan(values[k - 1]);
    }
  });

  it('medianIntensity adds 1.72·log10 of the site amplification and the fault-type term', () => {
    const base = { magnitude: 7, depthKm: 10, epicentralDistanceKm: 40 };
    const rock = medianIntensity({ ...base, siteAmplification: 1 });
    expect(medianIntensity({ ...base, siteAmplification: 2 }) - rock).toBeCloseTo(1.72 * Math.log10(2), 12);
    expect(medianIntensity({ ...base, faultType: 'intraslab' }) - medianIntensity(base)).toBeCloseTo(1.72 * 0.12, 12);
    expect(medianIntensity({ ...base, faultType: 'interplate' }) - medianIntensity(base)).toBeCloseTo(-1.72 * 0.02, 12);
  });

  it('intensitySigma is 1.72 × 0.23', () => {
    expect(intensitySigma).toBeCloseTo(0.3956, 15);
  });

  it('medianIntensity rejects bad input, naming the value', () => {
    expect(() => medianIntensity({ magnitude: 7, depthKm: -1, epicentralDistanceKm: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: medianIntensity depthKm must be a non-negative finite number, got -1]`,
    );
    expect(() => medianIntensity({ magnitude: 7, depthKm: 10, epicentralDistanceKm: 5, siteAmplification: 0 })).toThrow(RangeError);
    expect(() => medianIntensity({ magnitude: NaN, depthKm: 10, epicentralDistanceKm: 5 })).toThrow(RangeError);
    expect(() =>
      medianIntensity({ magnitude: 7, depthKm: 10, epicentralDistanceKm: 5, faultType: 'volcanic' as 'crustal' }),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: medianIntensity faultType must be 'crustal', 'interplate' or 'intraslab', got volcanic]`);
  });
});
