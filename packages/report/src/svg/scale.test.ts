import { describe, expect, it } from 'vitest';
import { linearScale, logScale, niceStep } from './scale.ts';

describe('niceStep', () => {
  it('niceStep(span, count) is 1, 2 or 5 × 10^k near span / count', () => {
    expect(niceStep(83, 5)).toBe(20);
    expect(niceStep(1, 5)).toBe(0.2);
    expect(niceStep(2.4e8, 4)).toBe(5e7);
    expect(niceStep(0.03, 5)).toBe(0.005);
  });

  it('niceStep(0) throws a RangeError naming the span', () => {
    expect(() => niceStep(0, 5)).toThrow(new RangeError('niceStep needs a positive finite span, got 0'));
  });
});

describe('linearScale', () => {
  it('linearScale([3, 87]) widens to nice ticks 0, 20, … 100', () => {
    const scale = linearScale([3, 87], [0, 100]);
    expect(scale.ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(scale.domain).toEqual([0, 100]);
    expect(scale.step).toBe(20);
  });

  it('linearScale ticks below 1 are the decimals they print as, without floating-point noise', () => {
    expect(linearScale([0, 0.3], [0, 1], { tickCount: 6 }).ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(linearScale([0.1, 0.7], [0, 1]).ticks.map(String)).toEqual(['0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7']);
  });

  it('linearScale over negative and positive values has a tick at zero, never -0', () => {
    const ticks = linearScale([-2.9e7, 3.4e7], [0, 1]).ticks;
    expect(ticks).toContain(0);
    expect(ticks.some((t) => Object.is(t, -0))).toBe(false);
  });

  it('linearScale maps the domain onto the range, reversed ranges too, and clamps outside values', () => {
    const scale = linearScale([0, 10], [300, 100]);
    expect(scale.map(0)).toBe(300);
    expect(scale.map(10)).toBe(100);
    expect(scale.map(5)).toBe(200);
    expect(scale.map(-5)).toBe(300);
    expect(scale.map(50)).toBe(100);
  });

  it('linearScale of a constant extent is widened so the value sits inside an axis', () => {
    const scale = linearScale([1.692e8, 1.692e8], [0, 1]);
    expect(scale.domain[0]).toBeLessThan(1.692e8);
    expect(scale.domain[1]).toBeGreaterThan(1.692e8);
    expect(linearScale([0, 0], [0, 1]).domain).toEqual([0, 1]);
  });

  it('linearScale of a reversed or non-finite extent throws a RangeError', () => {
    expect(() => linearScale([2, 1], [0, 1])).toThrow(RangeError);
    expect(() => linearScale([0, NaN], [0, 1])).toThrow('a scale needs a finite extent low <= high, got [0, NaN]');
  });
});

describe('logScale', () => {
  it('logScale([0.004, 1]) has its major ticks at the powers of ten 0.001 … 1 and minor ticks at 2 … 9 × 10^k', () => {
    const scale = logScale([0.004, 1], [300, 0]);
    expect(scale.ticks).toEqual([0.001, 0.01, 0.1, 1]);
    expect(scale.domain).toEqual([0.001, 1]);
    expect(scale.minorTicks.slice(0, 8)).toEqual([0.002, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009]);
    expect(scale.minorTicks).toHaveLength(24);
  });

  it('logScale maps each decade to an equal length, powers of ten exactly', () => {
    const scale = logScale([1, 1000], [0, 300]);
    expect([1, 10, 100, 1000].map(scale.map)).toEqual([0, 100, 200, 300]);
  });

  it('logScale(…, { wholeDecades: false }) ends at the next 1, 2 or 5 × 10^k and keeps the powers of ten inside', () => {
    const scale = logScale([0.00398, 1], [0, 1], { wholeDecades: false });
    expect(scale.domain).toEqual([0.002, 1]);
    expect(scale.ticks).toEqual([0.01, 0.1, 1]);
    expect(logScale([6, 160], [0, 1], { wholeDecades: false }).domain).toEqual([5, 200]);
  });

  it('logScale with fewer than two powers of ten inside labels its two ends', () => {
    expect(logScale([2.5, 4], [0, 1], { wholeDecades: false }).ticks).toEqual([2, 5]);
  });

  it('logScale over more than 8 decades ticks every second decade', () => {
    expect(logScale([1, 1e12], [0, 1]).ticks).toEqual([1, 100, 1e4, 1e6, 1e8, 1e10, 1e12]);
  });

  it('logScale of a zero or negative extent throws a RangeError', () => {
    expect(() => logScale([0, 10], [0, 1])).toThrow(new RangeError('a log scale needs a positive extent, got [0, 10]'));
  });
});
