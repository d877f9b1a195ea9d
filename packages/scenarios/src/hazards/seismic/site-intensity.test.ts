import { RandomStreams, normalQuantileAS241 } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { medianIntensity } from './attenuation.ts';
import type { Earthquake } from './earthquake-source.ts';
import { distanceKm } from './geo.ts';
import { ruptureDistanceKm } from './rupture.ts';
import { medianSiteIntensity, sampleSiteIntensity } from './site-intensity.ts';

const quake: Earthquake = { epicentre: { latitude: 42.0, longitude: 140.5 }, magnitude: 7.2, depthKm: 15, faultType: 'crustal', dipDeg: 90 };
const townHall = { latitude: 42.1054, longitude: 140.5751 }; // 森町役場

describe('site intensity', () => {
  it('medianSiteIntensity is medianIntensity at the distance to the rupture plane', () => {
    const d = ruptureDistanceKm(quake, townHall);
    expect(d).toBeLessThan(distanceKm(quake.epicentre, townHall));
    expect(medianSiteIntensity(quake, townHall)).toBe(medianIntensity({ magnitude: 7.2, depthKm: 15, ruptureDistanceKm: d }));
  });

  it('uses the fault type: an intraslab quake is stronger at the same distance than an interface one', () => {
    const site = { latitude: 42.8, longitude: 141.2 };
    const intraslab = medianSiteIntensity({ ...quake, faultType: 'intraslab', strikeDeg: 30, dipDeg: 60, lengthKm: 40, widthKm: 20 }, site);
    const interface_ = medianSiteIntensity({ ...quake, faultType: 'interplate', strikeDeg: 30, dipDeg: 60, lengthKm: 40, widthKm: 20 }, site);
    expect(intraslab - interface_).toBeCloseTo(1.72 * 0.14, 12);
  });

  it('a town hall 150 km away feels less than one 13 km away from the same quake', () => {
    const far = { latitude: 43.06, longitude: 141.35 };
    expect(medianSiteIntensity(quake, far)).toBeLessThan(medianSiteIntensity(quake, townHall) - 1);
  });

  it('sampleSiteIntensity adds sigma times a standard normal drawn from one randomOpen uniform', () => {
    const a = new RandomStreams(5, 0).get('site');
    const b = new RandomStreams(5, 0).get('site');
    const drawn = sampleSiteIntensity(quake, townHall, { sigma: 0.5 }, a);
    expect(drawn).toBe(medianSiteIntensity(quake, townHall) + 0.5 * normalQuantileAS241(b.randomOpen()));
    expect(a.random()).toBe(b.random());
  });

  it('sampleSiteIntensity with sigma 0 is the median', () => {
    const stream = new RandomStreams(5, 0).get('site');
    expect(sampleSiteIntensity(quake, townHall, { sigma: 0 }, stream)).toBe(medianSiteIntensity(quake, townHall));
  });

  it('sampleSiteIntensity rejects a negative sigma', () => {
    const stream = new RandomStreams(5, 0).get('site');
    expect(() => sampleSiteIntensity(quake, townHall, { sigma: -1 }, stream)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sampleSiteIntensity sigma must be a non-negative finite number, got -1]`,
    );
  });
});
