import { RandomStreams, log10 } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { destination, distanceKm, earthquakeSource, medianSiteIntensity, type FaultType } from '../hazards/seismic/index.ts';
import { FeltScreen } from './felt-screen.ts';

const epicentre = { latitude: 42, longitude: 142 };

describe('FeltScreen', () => {
  it('maxMedianIntensity is never below medianIntensity, over magnitudes, distances, depths, fault types and amplifications', () => {
    // 192,000 random quakes and sites (random strike or none, random dip), with extra weight near the
    // source and at the edges of the table, where a wrong bound would show first.
    const stream = new RandomStreams(7, 0).get('felt-screen');
    const faultTypes: FaultType[] = ['crustal', 'interplate', 'intraslab'];
    let below = 0;
    let worstSlack = Infinity;
    for (const depthKm of [0, 10, 40, 100]) {
      for (const faultType of faultTypes) {
        const screen = new FeltScreen(depthKm, faultType);
        for (let i = 0; i < 16_000; i++) {
          const magnitude = 4 + 5.5 * stream.random();
          const u = stream.random();
          const epicentralDistanceKm = u < 0.2 ? 20 * stream.random() : u < 0.3 ? 1900 + 400 * stream.random() : 1200 * stream.random() ** 2;
          const siteAmplification = 0.5 + 2.5 * stream.random();
          const strike = stream.random() < 0.5 ? {} : { strikeDeg: 360 * stream.random() };
          const quake = { epicentre, magnitude, depthKm, faultType, dipDeg: 5 + 85 * stream.random(), ...strike };
          const site = destination(epicentre, 2 * Math.PI * stream.random(), epicentralDistanceKm);
          const exact = medianSiteIntensity(quake, site, { siteAmplification });
          const hypocentralKm = Math.sqrt(epicentralDistanceKm * epicentralDistanceKm + depthKm * depthKm);
          const bound = screen.maxMedianIntensity(magnitude, hypocentralKm, log10(siteAmplification));
          if (!(bound >= exact)) below++;
          worstSlack = Math.min(worstSlack, bound - exact);
        }
      }
    }
    expect(below).toBe(0);
    expect(worstSlack).toBeGreaterThan(0);
  });

  it('is tight: within 0.2 intensity units of the median beside a vertical crustal rupture', () => {
    const screen = new FeltScreen(20, 'crustal');
    for (const [magnitude, epicentralDistanceKm] of [[5, 30], [6.5, 80], [7.8, 250], [5.2, 600]] as const) {
      // The site off the end of the rupture along its strike: as near as the hypocentral distance allows.
      const quake = { epicentre, magnitude, depthKm: 20, faultType: 'crustal' as const, dipDeg: 90, strikeDeg: 0 };
      const exact = medianSiteIntensity(quake, destination(epicentre, 0, epicentralDistanceKm), { siteAmplification: 1.4 });
      const bound = screen.maxMedianIntensity(magnitude, Math.hypot(epicentralDistanceKm, 20), log10(1.4));
      expect(bound - exact).toBeLessThan(0.2);
    }
  });

  it('gives no bound (Infinity) outside magnitudes 0–10 and NaN for a NaN distance', () => {
    const screen = new FeltScreen(20, 'crustal');
    expect(screen.maxMedianIntensity(10.5, 50, 0)).toBe(Infinity);
    expect(screen.maxMedianIntensity(-1, 50, 0)).toBe(Infinity);
    expect(screen.maxMedianIntensity(6, NaN, 0)).toBeNaN();
  });

  it('an epicentre drawn from a region is never nearer a site than its distance to the centre minus the radius and 1 km (the bound feltNowhere starts from)', () => {
    const region = { center: { latitude: 35.69, longitude: 139.69 }, radiusKm: 100, depthKm: 40, magnitude: { bValue: 0.9, minMagnitude: 5.5, maxMagnitude: 8.2 } };
    const source = earthquakeSource(region);
    const sites = [region.center, { latitude: 35.68, longitude: 139.77 }, { latitude: 36.6, longitude: 139.69 }, { latitude: 43.06, longitude: 141.35 }];
    const stream = new RandomStreams(11, 0).get('epicentres');
    let nearer = 0;
    for (let i = 0; i < 20_000; i++) {
      const { epicentre } = source.sample(stream);
      for (const site of sites) if (distanceKm(epicentre, site) < distanceKm(region.center, site) - region.radiusKm - 1) nearer++;
    }
    expect(nearer).toBe(0);
  });
});
