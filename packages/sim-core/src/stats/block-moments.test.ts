import { describe, expect, it } from 'vitest';
import { blockMoments } from './block-moments.ts';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('blockMoments', () => {
  it('agrees with a two-pass mean and variance', () => {
    const next = lcg(7);
    const values = Float64Array.from({ length: 10_000 }, () => next() * 100);
    const m = blockMoments(values, 64);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const m2 = values.reduce((a, b) => a + (b - mean) ** 2, 0);
    expect(m.count).toBe(10_000);
    expect(m.mean).toBeCloseTo(mean, 10);
    expect(m.m2 / m2).toBeCloseTo(1, 12);
    expect(m.min).toBe(Math.min(...values));
    expect(m.max).toBe(Math.max(...values));
  });

  it('skips NaN and returns NaN moments for no values', () => {
    expect(blockMoments([NaN, 2, 4]).mean).toBe(3);
    expect(blockMoments([]).count).toBe(0);
    expect(blockMoments([]).mean).toBeNaN();
  });

  it('depends on the block size only through rounding, and is reproducible for a fixed one', () => {
    const next = lcg(11);
    const values = Float64Array.from({ length: 5_000 }, () => next());
    expect(blockMoments(values, 100)).toEqual(blockMoments(Float64Array.from(values), 100));
    expect(blockMoments(values, 100).mean).toBeCloseTo(blockMoments(values, 7).mean, 12);
  });

  it('rejects a block size that is not a positive integer', () => {
    expect(() => blockMoments([1], 0)).toThrow('blockSize must be a positive integer, got 0');
  });
});
