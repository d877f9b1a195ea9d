import { normalCdf } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { intensitySigma, medianIntensity } from './attenuation.ts';
import { exceedanceProbabilityPerEvent } from './exceedance-probability.ts';
import { destination } from './geo.ts';
import { ruptureDistanceKm } from './rupture.ts';

const region = {
  center: { latitude: 42.0, longitude: 140.5 },
  radiusKm: 80,
  depthKm: 15,
  magnitude: { bValue: 0.9, minMagnitude: 6, maxMagnitude: 8 },
};
const offCentre = destination(region.center, Math.PI / 4, 60);
const outside = destination(region.center, Math.PI, 130);
const fine = { radial: 72, angular: 144, magnitude: 30 };

describe('exceedanceProbabilityPerEvent', () => {
  it('gives pinned probabilities for a centred, an off-centre and an outside site', () => {
    const q = (site: typeof offCentre) => exceedanceProbabilityPerEvent({ region, site, thresholdIntensity: 5.5 });
    expect(q(region.center)).toBeCloseTo(0.0345303, 7);
    expect(q(offCentre)).toBeCloseTo(0.0264110, 7);
    expect(q(outside)).toBeCloseTo(0.00171871, 8);
  });

  it('the default quadrature agrees with 1.5 times the nodes per dimension to 1e-5 relative', () => {
    // The rupture distance has kinks in magnitude and position (where a site's nearest point moves from the
    // plane's face to its edge), so the rules converge algebraically, not spectrally: 2e-6 here.
    for (const site of [region.center, offCentre, outside]) {
      const coarse = exceedanceProbabilityPerEvent({ region, site, thresholdIntensity: 5.5 });
      const refined = exceedanceProbabilityPerEvent({ region, site, thresholdIntensity: 5.5, nodes: fine });
      expect(Math.abs(coarse / refined - 1)).toBeLessThan(1e-5);
    }
  });

  it('a point source of one magnitude reduces to Φ((median − threshold)/σ)', () => {
    const point = { ...region, radiusKm: 0.001, magnitude: { bValue: 0.9, minMagnitude: 7, maxMagnitude: 7.000001 } };
    const site = destination(region.center, 1, 40);
    const ruptureKm = ruptureDistanceKm({ epicentre: region.center, magnitude: 7.0000005, depthKm: 15, faultType: 'crustal', dipDeg: 90 }, site);
    const expected = normalCdf((medianIntensity({ magnitude: 7.0000005, depthKm: 15, ruptureDistanceKm: ruptureKm }) - 5.5) / intensitySigma);
    expect(exceedanceProbabilityPerEvent({ region: point, site, thresholdIntensity: 5.5 })).toBeCloseTo(expected, 8);
  });

  it('is lower for a higher threshold, a farther site, a stiffer site and a smaller sigma below the median', () => {
    const base = { region, site: offCentre, thresholdIntensity: 5.5 };
    const q = exceedanceProbabilityPerEvent(base);
    expect(exceedanceProbabilityPerEvent({ ...base, thresholdIntensity: 6.0 })).toBeLessThan(q);
    expect(exceedanceProbabilityPerEvent({ ...base, site: outside })).toBeLessThan(q);
    expect(exceedanceProbabilityPerEvent({ ...base, siteAmplification: 1 })).toBeLessThan(q);
    expect(exceedanceProbabilityPerEvent({ ...base, sigma: 0.2 })).toBeLessThan(q);
  });

  it('tends to 1 for a threshold every event exceeds', () => {
    expect(exceedanceProbabilityPerEvent({ region, site: region.center, thresholdIntensity: -5 })).toBeCloseTo(1, 12);
  });

  it('rejects a sigma that is not positive and a non-finite threshold', () => {
    expect(() => exceedanceProbabilityPerEvent({ region, site: offCentre, thresholdIntensity: 5.5, sigma: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: exceedanceProbabilityPerEvent sigma must be a positive finite number, got 0]`,
    );
    expect(() => exceedanceProbabilityPerEvent({ region, site: offCentre, thresholdIntensity: NaN })).toThrow(RangeError);
  });
});
