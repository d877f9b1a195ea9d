import { describe, expect, it } from 'vitest';
import { coastalTsunamiHeightM, inundationDepthM } from './tsunami.ts';

describe('coastalTsunamiHeightM', () => {
  it('an M9 at 150 km gives 10–20 m, the near-field cap 10^(0.5·9 − 3.3)', () => {
    expect(coastalTsunamiHeightM({ magnitude: 9, distanceKm: 150 })).toBeCloseTo(15.8489, 4);
  });

  it('an M7 at 100 km gives under 1 m, Abe’s 10^(7 − 2 − 5.55)', () => {
    expect(coastalTsunamiHeightM({ magnitude: 7, distanceKm: 100 })).toBeCloseTo(0.281838, 6);
  });

  it('far away the height falls as 1/distance; near the source it is capped', () => {
    const at = (d: number) => coastalTsunamiHeightM({ magnitude: 8, distanceKm: d });
    expect(at(1000) / at(2000)).toBeCloseTo(2, 12);
    expect(at(0)).toBe(at(10));
    expect(at(0)).toBeCloseTo(10 ** 0.7, 12);
  });

  it('the regional correction C multiplies the height by 10^C', () => {
    const base = coastalTsunamiHeightM({ magnitude: 8, distanceKm: 500 });
    expect(coastalTsunamiHeightM({ magnitude: 8, distanceKm: 500, regionalCorrection: 0.2 }) / base).toBeCloseTo(10 ** 0.2, 12);
  });

  it('coastalTsunamiHeightM rejects a negative distance', () => {
    expect(() => coastalTsunamiHeightM({ magnitude: 8, distanceKm: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: coastalTsunamiHeightM distanceKm must be a non-negative finite number, got -1]`,
    );
  });
});

describe('inundationDepthM', () => {
  it('inundationDepthM is the height above the floor, never negative', () => {
    expect(inundationDepthM({ tsunamiHeightM: 10, groundElevationM: 4, floorAboveGroundM: 3.5 })).toBe(2.5);
    expect(inundationDepthM({ tsunamiHeightM: 10, groundElevationM: 4 })).toBe(6);
    expect(inundationDepthM({ tsunamiHeightM: 3, groundElevationM: 4, floorAboveGroundM: 0 })).toBe(0);
    expect(inundationDepthM({ tsunamiHeightM: 1, groundElevationM: -2 })).toBe(3);
  });

  it('inundationDepthM rejects a negative floor height', () => {
    expect(() => inundationDepthM({ tsunamiHeightM: 1, groundElevationM: 0, floorAboveGroundM: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: inundationDepthM floorAboveGroundM must be a non-negative finite number, got -1]`,
    );
  });
});
