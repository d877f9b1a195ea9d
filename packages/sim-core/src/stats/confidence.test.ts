import { describe, expect, it } from 'vitest';
import { meanInterval, wilsonInterval } from './confidence.ts';

describe('meanInterval', () => {
  it('is mean ± t(0.975, n−1)·s/√n by default', () => {
    const i = meanInterval({ mean: 9, standardDeviation: 2, count: 40 });
    // t(0.975, 39) = 2.02269092; s/√n = 2/√40 = 0.316227766
    expect(i.halfWidth).toBeCloseTo(2.02269092 * 0.316227766, 7);
    expect(i.low).toBeCloseTo(9 - i.halfWidth, 12);
  });

  it("method 'normal' uses z(0.975) = 1.959964", () => {
    const i = meanInterval({ mean: 0, standardDeviation: 1, count: 100 }, { method: 'normal' });
    expect(i.halfWidth).toBeCloseTo(0.1959964, 7);
  });

  it('is unknown (NaN) with fewer than two observations', () => {
    expect(meanInterval({ mean: 1, standardDeviation: NaN, count: 1 }).low).toBeNaN();
  });
});

describe('wilsonInterval', () => {
  it('matches the Wilson score interval for 12 of 100 at 95% (0.06999, 0.19812)', () => {
    // centre (p + z²/2n)/(1 + z²/n) = 0.134056; spread z·√(p(1−p)/n + z²/4n²)/(1 + z²/n) = 0.064065
    const i = wilsonInterval(12, 100);
    expect(i.low).toBeCloseTo(0.069991, 5);
    expect(i.high).toBeCloseTo(0.198121, 5);
  });

  it('gives 0 successes a lower bound of exactly 0 and a positive upper bound (rule of three)', () => {
    const i = wilsonInterval(0, 1000);
    expect(i.low).toBe(0);
    // z²/(n + z²) = 3.8415/1003.8415 ≈ 0.00383
    expect(i.high).toBeCloseTo(0.003827, 5);
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(5, 4)).toThrow('successes must be an integer in [0, trials=4], got 5');
    expect(() => wilsonInterval(1, -1)).toThrow('trials must be a non-negative integer, got -1');
  });
});
