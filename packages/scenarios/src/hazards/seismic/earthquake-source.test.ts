import { RandomStreams } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { earthquakeSource } from './earthquake-source.ts';
import { distanceKm } from './geo.ts';

const region = {
  center: { latitude: 42.0, longitude: 140.5 },
  radiusKm: 150,
  depthKm: 20,
  magnitude: { bValue: 0.9, minMagnitude: 5, maxMagnitude: 8 },
};

describe('earthquakeSource', () => {
  it('sample draws epicentres inside the disc, at the region depth, with crustal as the default type', () => {
    const source = earthquakeSource(region);
    const stream = new RandomStreams(1, 0).get('hazard.earthquake');
    for (let k = 0; k < 1000; k++) {
      const quake = source.sample(stream);
      expect(distanceKm(region.center, quake.epicentre)).toBeLessThanOrEqual(150 + 1e-9);
      expect(quake.depthKm).toBe(20);
      expect(quake.faultType).toBe('crustal');
    }
  });

  it('every quake of a region carries its strike and dip, or the default dip of its type; a bad dip is refused', () => {
    const stream = new RandomStreams(1, 0).get('hazard.earthquake');
    expect(earthquakeSource({ ...region, faultType: 'interplate', strikeDeg: 215 }).sample(stream)).toMatchObject({ faultType: 'interplate', strikeDeg: 215, dipDeg: 15 });
    expect(earthquakeSource({ ...region, faultType: 'intraslab', dipDeg: 45 }).sample(stream)).toMatchObject({ faultType: 'intraslab', dipDeg: 45 });
    expect(earthquakeSource(region).sample(stream)).not.toHaveProperty('strikeDeg');
    expect(() => earthquakeSource({ ...region, dipDeg: 0 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: region.dipDeg must be in (0, 90] degrees, got 0]`);
  });

  it('sample is uniform over the area: P(r ≤ ρ) = sin²(ρ/2R⊕)/sin²(radius/2R⊕) within a 99.9% band', () => {
    // Binomial fraction per point; 3.29 standard errors is the two-sided 99.9% band.
    const source = earthquakeSource(region);
    const stream = new RandomStreams(2, 0).get('hazard.earthquake');
    const n = 50_000;
    const r = Array.from({ length: n }, () => distanceKm(region.center, source.sample(stream).epicentre));
    for (const rho of [30, 75, 106, 140]) {
      const p = Math.sin(rho / 12742) ** 2 / Math.sin(150 / 12742) ** 2;
      const fraction = r.filter((x) => x <= rho).length / n;
      expect(Math.abs(fraction - p)).toBeLessThan(3.29 * Math.sqrt((p * (1 - p)) / n));
    }
  });

  it('sample consumes exactly three uniforms and is reproducible from the stream position', () => {
    const a = new RandomStreams(3, 0).get('s');
    const b = new RandomStreams(3, 0).get('s');
    const source = earthquakeSource(region);
    const first = source.sample(a);
    expect(source.sample(new RandomStreams(3, 0).get('s'))).toEqual(first);
    for (let k = 0; k < 3; k++) b.random();
    expect(a.random()).toBe(b.random());
  });

  it('radialDensity integrates to 1 over the radius', () => {
    const source = earthquakeSource(region);
    let sum = 0;
    const n = 10000;
    for (let k = 0; k < n; k++) sum += source.radialDensity((150 * (k + 0.5)) / n) * (150 / n);
    expect(sum).toBeCloseTo(1, 8);
    expect(source.radialDensity(151)).toBe(0);
  });

  it('earthquakeSource rejects an invalid region, naming the field', () => {
    expect(() => earthquakeSource({ ...region, radiusKm: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: region.radiusKm must be a positive finite number, got 0]`,
    );
    expect(() => earthquakeSource({ ...region, depthKm: -5 })).toThrow(RangeError);
    expect(() => earthquakeSource({ ...region, center: { latitude: 100, longitude: 0 } })).toThrow(RangeError);
    expect(() => earthquakeSource({ ...region, magnitude: { bValue: 1, minMagnitude: 7, maxMagnitude: 6 } })).toThrow(RangeError);
  });
});
