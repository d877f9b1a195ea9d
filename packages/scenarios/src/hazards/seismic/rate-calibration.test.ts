import { RandomStreams } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { earthquakeSource } from './earthquake-source.ts';
import type { SeismicSourceRegion } from './earthquake-source.ts';
import { destination } from './geo.ts';
import type { LatLon } from './geo.ts';
import { calibrateEventRate } from './rate-calibration.ts';
import { sampleSiteIntensity } from './site-intensity.ts';

const region: SeismicSourceRegion = {
  center: { latitude: 42.0, longitude: 140.5 },
  radiusKm: 80,
  depthKm: 15,
  magnitude: { bValue: 0.9, minMagnitude: 6, maxMagnitude: 8 },
};
const offCentre = destination(region.center, Math.PI / 4, 60);

describe('calibrateEventRate', () => {
  it('targetAnnualRate is −ln(1 − p30)/30 and annualEventRate × q reproduces it', () => {
    // 函館市 p30 = 1.5% ([jshis-2018])
    const c = calibrateEventRate({ region, referenceSite: region.center, p30: 0.015 });
    expect(c.targetAnnualRate).toBeCloseTo(-Math.log(1 - 0.015) / 30, 15);
    expect(c.targetAnnualRate).toBeCloseTo(5.03788e-4, 9);
    expect(c.exceedanceProbabilityPerEvent).toBeCloseTo(0.0345303, 7);
    expect(c.annualEventRate).toBeCloseTo(0.0145897, 7);
    expect(1 - Math.exp(-30 * c.annualEventRate * c.exceedanceProbabilityPerEvent)).toBeCloseTo(0.015, 14);
  });

  it('an off-centre reference site needs more events for the same p30', () => {
    const centred = calibrateEventRate({ region, referenceSite: region.center, p30: 0.015 });
    const off = calibrateEventRate({ region, referenceSite: offCentre, p30: 0.015 });
    expect(off.annualEventRate).toBeCloseTo(0.0190749, 7);
    expect(off.annualEventRate).toBeGreaterThan(centred.annualEventRate);
  });

  for (const [name, site] of [['a centred', region.center], ['an off-centre', offCentre]] as [string, LatLon][]) {
    it(`the exceedance fraction of 200,000 simulated events at ${name} reference matches the quadrature (99.9% CI)`, () => {
      // The count of exceedances is binomial(n, q) when events follow the calibrated model, so the fraction lies
      // within q ± 3.29·sqrt(q(1 − q)/n) with probability 99.9% (normal approximation; n·q ≈ 5,000 or more).
      // The quadrature's own error (< 1e-7) is negligible next to that band (≈ 0.0013 and 0.0012).
      const { exceedanceProbabilityPerEvent: q } = calibrateEventRate({ region, referenceSite: site, p30: 0.015 });
      const source = earthquakeSource(region);
      const stream = new RandomStreams(20240901, 0).get('x');
      const n = 200_000;
      let exceedances = 0;
      for (let k = 0; k < n; k++) {
        if (sampleSiteIntensity(source.sample(stream), site, {}, stream) >= 5.5) exceedances++;
      }
      expect(Math.abs(exceedances / n - q)).toBeLessThan(3.29 * Math.sqrt((q * (1 - q)) / n));
    });
  }

  it('rejects p30 outside (0, 1), naming it', () => {
    expect(() => calibrateEventRate({ region, referenceSite: region.center, p30: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: p30 must be in (0, 1), got 1]`,
    );
    expect(() => calibrateEventRate({ region, referenceSite: region.center, p30: 0 })).toThrow(RangeError);
    expect(() => calibrateEventRate({ region, referenceSite: region.center, p30: NaN })).toThrow(RangeError);
  });

  it('rejects a region whose events can never reach the threshold at the reference site', () => {
    const farSmall: SeismicSourceRegion = { ...region, magnitude: { bValue: 1, minMagnitude: 4, maxMagnitude: 5 } };
    const tokyo = { latitude: 35.6895, longitude: 139.6917 };
    expect(() => calibrateEventRate({ region: farSmall, referenceSite: tokyo, p30: 0.5, sigma: 0.1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: no earthquake in this region reaches thresholdIntensity 5.5 at the reference site (probability per event is 0)]`,
    );
  });
});
