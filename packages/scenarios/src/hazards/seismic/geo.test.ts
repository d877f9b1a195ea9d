import { describe, expect, it } from 'vitest';
import { destination, distanceKm, initialBearing } from './geo.ts';

const tokyo = { latitude: 35.6895, longitude: 139.6917 }; // 都庁
const sapporo = { latitude: 43.0618, longitude: 141.3545 }; // 札幌市役所

describe('distanceKm', () => {
  it('distanceKm(Tokyo, Sapporo) is about 832 km, the airline distance', () => {
    // Haversine on R = 6371 km; the ellipsoidal (Vincenty) distance between these points is ≈ 831 km.
    expect(distanceKm(tokyo, sapporo)).toBeCloseTo(832.0769, 3);
  });

  it('distanceKm(a, b) is symmetric and zero from a point to itself', () => {
    expect(distanceKm(sapporo, tokyo)).toBe(distanceKm(tokyo, sapporo));
    expect(distanceKm(tokyo, tokyo)).toBe(0);
  });

  it('distanceKm gives a quarter meridian for equator to pole and half the circumference for antipodes', () => {
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 90, longitude: 0 })).toBeCloseTo((Math.PI * 6371) / 2, 9);
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(Math.PI * 6371, 9);
  });

  it('distanceKm rejects an out-of-range latitude or a non-finite longitude, naming it', () => {
    expect(() => distanceKm({ latitude: 91, longitude: 0 }, tokyo)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: distanceKm a.latitude must be in [-90, 90], got 91]`,
    );
    expect(() => distanceKm(tokyo, { latitude: 0, longitude: NaN })).toThrow(RangeError);
  });
});

describe('destination', () => {
  it('destination(origin, bearing, d) lands d km from the origin', () => {
    for (const bearing of [0, 0.3, Math.PI / 2, 2, Math.PI, 4, 5.9]) {
      for (const d of [0.5, 80, 500, 2000]) {
        expect(distanceKm(tokyo, destination(tokyo, bearing, d))).toBeCloseTo(d, 8);
      }
    }
  });

  it('destination due north moves along the meridian by d/R radians of latitude', () => {
    const p = destination({ latitude: 42, longitude: 140.5 }, 0, 111.19492664455873);
    expect(p.latitude).toBeCloseTo(43, 12);
    expect(p.longitude).toBeCloseTo(140.5, 12);
  });

  it('destination wraps longitude into [-180, 180) across the antimeridian', () => {
    const p = destination({ latitude: 0, longitude: 179.5 }, Math.PI / 2, 111.19492664455873);
    expect(p.longitude).toBeCloseTo(-179.5, 10);
    expect(p.latitude).toBeCloseTo(0, 12);
  });

  it('destination with distance 0 returns the origin', () => {
    const p = destination(tokyo, 1.234, 0);
    expect(p.latitude).toBeCloseTo(tokyo.latitude, 12);
    expect(p.longitude).toBeCloseTo(tokyo.longitude, 12);
  });

  it('destination rejects a negative distance and a non-finite bearing', () => {
    expect(() => destination(tokyo, 0, -1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: destination distanceKm must be a non-negative finite number, got -1]`,
    );
    expect(() => destination(tokyo, Infinity, 1)).toThrow(RangeError);
  });
});

describe('initialBearing', () => {
  it('is the bearing destination() travels along: going out and measuring back agree', () => {
    const origin = { latitude: 42.1, longitude: 140.6 };
    for (const bearing of [0, 0.5, Math.PI / 2, 2, -1, -2.5]) {
      expect(initialBearing(origin, destination(origin, bearing, 300))).toBeCloseTo(bearing, 9);
    }
    expect((initialBearing(tokyo, sapporo) * 180) / Math.PI).toBeCloseTo(9.37, 2); // north-north-east
  });
});
