import { RandomStreams } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { destination, distanceKm } from './geo.ts';
import { defaultDipDeg, ruptureDimensionsKm, ruptureDistanceKm, ruptureReachKm } from './rupture.ts';
import type { RuptureGeometry } from './rupture.ts';

const epicentre = { latitude: 42, longitude: 143 };
const east = (km: number) => destination(epicentre, Math.PI / 2, km);
const north = (km: number) => destination(epicentre, 0, km);

describe('ruptureDimensionsKm', () => {
  it('follows Strasser et al. (2010) for subduction sources and Wells & Coppersmith (1994) for crustal ones', () => {
    const m9 = ruptureDimensionsKm(9, 'interplate');
    expect(m9.lengthKm).toBeCloseTo(10 ** (-2.477 + 0.585 * 9), 9); // ≈ 614 km: the 2011 source was about 400–500 km
    expect(m9.widthKm).toBeCloseTo(10 ** (-0.882 + 0.351 * 9), 9); // ≈ 189 km: about 200 km in 2011
    expect(m9.lengthKm).toBeCloseTo(613.76, 2);
    const slab = ruptureDimensionsKm(7, 'intraslab');
    expect(slab.lengthKm).toBeCloseTo(10 ** (-2.35 + 0.562 * 7), 9);
    expect(slab.widthKm).toBeCloseTo(10 ** (-1.058 + 0.356 * 7), 9);
    const crustal = ruptureDimensionsKm(7, 'crustal');
    expect(crustal.widthKm).toBeCloseTo(10 ** (-1.01 + 0.32 * 7), 9);
    // Length × width is the Wells & Coppersmith area, 10^(−3.49 + 0.91·M).
    expect(crustal.lengthKm * crustal.widthKm).toBeCloseTo(10 ** (-3.49 + 0.91 * 7), 6);
  });
});

describe('ruptureDistanceKm', () => {
  it('a vertical crustal plane: beyond its end along strike, the distance is to its top corner', () => {
    const quake: RuptureGeometry = { epicentre, magnitude: 7, depthKm: 15, faultType: 'crustal', dipDeg: 90, strikeDeg: 0 };
    const { lengthKm, widthKm } = ruptureDimensionsKm(7, 'crustal');
    const top = 15 - widthKm / 2;
    expect(ruptureDistanceKm(quake, north(100))).toBeCloseTo(Math.hypot(100 - lengthKm / 2, top), 6);
    // Beside the plane within its length: the horizontal offset and the top depth.
    expect(ruptureDistanceKm(quake, east(30))).toBeCloseTo(Math.hypot(30, top), 6);
  });

  it('a gently dipping interface: a site above the hypocentre is its depth × cos(dip) from the plane, which deepens down dip', () => {
    const quake: RuptureGeometry = { epicentre, magnitude: 8, depthKm: 30, faultType: 'interplate', dipDeg: 15, strikeDeg: 0 };
    expect(ruptureDistanceKm(quake, epicentre)).toBeCloseTo(30 * Math.cos((15 * Math.PI) / 180), 6);
    // The plane dips east (to the right of a northward strike): 50 km east it lies deeper, 50 km west
    // (toward the trench) it rises to its top edge, 19 km down.
    const downDip = ruptureDistanceKm(quake, east(50));
    const upDip = ruptureDistanceKm(quake, destination(epicentre, -Math.PI / 2, 50));
    expect(downDip).toBeCloseTo((30 + 50 * Math.tan((15 * Math.PI) / 180)) * Math.cos((15 * Math.PI) / 180), 1);
    expect(upDip).toBeLessThan(downDip);
  });

  it('a plane that would reach above the ground is moved down dip until its top edge is at the surface', () => {
    const quake: RuptureGeometry = { epicentre, magnitude: 8, depthKm: 5, faultType: 'crustal', dipDeg: 90, strikeDeg: 0 };
    expect(ruptureDistanceKm(quake, epicentre)).toBeCloseTo(0, 9);
    expect(ruptureDistanceKm(quake, east(20))).toBeCloseTo(20, 6);
  });

  it('given lengthKm and widthKm replace the scaled ones', () => {
    const quake: RuptureGeometry = { epicentre, magnitude: 9, depthKm: 24, faultType: 'interplate', dipDeg: 90, strikeDeg: 0, lengthKm: 100, widthKm: 10 };
    expect(ruptureDistanceKm(quake, north(300))).toBeCloseTo(Math.hypot(250, 19), 1);
  });

  it('with no strike, each site sees the plane at 45°: the median distance over uniformly random strikes', () => {
    const base = { epicentre, magnitude: 7.5, depthKm: 12, faultType: 'crustal' as const, dipDeg: 90 };
    const site = destination(epicentre, 1.0, 60);
    const unknown = ruptureDistanceKm(base, site);
    expect(unknown).toBeCloseTo(ruptureDistanceKm({ ...base, strikeDeg: ((1.0 - Math.PI / 4) * 180) / Math.PI }, site), 9);
    const distances = Array.from({ length: 3600 }, (_, k) => ruptureDistanceKm({ ...base, strikeDeg: k / 10 }, site)).sort((a, b) => a - b);
    expect(unknown).toBeGreaterThanOrEqual(distances[1795]!);
    expect(unknown).toBeLessThanOrEqual(distances[1804]!);
  });

  it('is never less than the hypocentral distance minus ruptureReachKm (the bound the felt screen uses)', () => {
    const stream = new RandomStreams(3, 0).get('rupture');
    let below = 0;
    for (let i = 0; i < 20_000; i++) {
      const faultType = (['crustal', 'interplate', 'intraslab'] as const)[i % 3]!;
      const magnitude = 5 + 4.5 * stream.random();
      const depthKm = 60 * stream.random();
      const strike = stream.random() < 0.5 ? {} : { strikeDeg: 360 * stream.random() };
      const quake: RuptureGeometry = { epicentre, magnitude, depthKm, faultType, dipDeg: 5 + 85 * stream.random(), ...strike };
      const site = destination(epicentre, 2 * Math.PI * stream.random(), 800 * stream.random() ** 2);
      const hypo = Math.hypot(distanceKm(epicentre, site), depthKm);
      if (ruptureDistanceKm(quake, site) < hypo - ruptureReachKm(magnitude, faultType) - 1e-9) below++;
    }
    expect(below).toBe(0);
  });

  it('default dips: vertical crustal, 15° interface, 60° intraslab', () => {
    expect(defaultDipDeg).toEqual({ crustal: 90, interplate: 15, intraslab: 60 });
  });
});
