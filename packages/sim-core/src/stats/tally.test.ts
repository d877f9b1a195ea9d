import { describe, expect, it } from 'vitest';
import { Tally } from './tally.ts';

describe('Tally', () => {
  it('tally.add(x) keeps count, mean, sample variance, min and max', () => {
    const t = new Tally('wait');
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) t.add(x);
    expect(t.count).toBe(8);
    expect(t.mean).toBe(5);
    expect(t.variance).toBeCloseTo(32 / 7, 14);
    expect(t.min).toBe(2);
    expect(t.max).toBe(9);
    expect(t.sum).toBe(40);
  });

  it('an empty tally reports NaN rather than a made-up zero', () => {
    const t = new Tally();
    expect([t.mean, t.variance, t.min, t.max]).toEqual([NaN, NaN, NaN, NaN]);
  });

  it('Welford stays accurate where the naive sum of squares cancels', () => {
    const t = new Tally();
    for (const x of [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]) t.add(x);
    expect(t.variance).toBe(30);
  });

  it('reset() forgets every observation (warm-up)', () => {
    const t = new Tally();
    t.add(100);
    t.reset();
    t.add(1);
    expect([t.count, t.mean, t.max]).toEqual([1, 1, 1]);
  });

  it('add(NaN) throws naming the tally', () => {
    expect(() => new Tally('wait').add(NaN)).toThrow('wait: observation must be a number, got NaN');
  });

  it('prints as Tally(name n=count)', () => {
    const t = new Tally('wait');
    t.add(1);
    expect(String(t)).toBe('Tally(wait n=1)');
  });
});
