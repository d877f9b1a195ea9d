import { describe, expect, it } from 'vitest';
import { sha256 } from './sha256.ts';
import { regularizedGammaP } from './special.ts';
import { RandomStream } from './stream.ts';
import { RandomStreams } from './streams.ts';

const take = (draw: () => number, n: number) => Array.from({ length: n }, draw);

/** Pearson correlation of two equally long samples. */
function pearson(xs: Float64Array, ys: Float64Array): number {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const standardNormalCdf = (z: number) => (z >= 0 ? 0.5 + 0.5 * regularizedGammaP(0.5, (z * z) / 2) : 0.5 - 0.5 * regularizedGammaP(0.5, (z * z) / 2));

/**
 * For independent streams, z = √n·r of n draws is ≈ N(0, 1). Checks a set of such z: KS against
 * Φ at α = 0.001 (critical √m·D < 1.9495 for m values) and max |z| below 4.9, since
 * P(max of 1,000 |N(0,1)| > 4.9) ≈ 1000 · 9.6e-7 ≈ 0.001.
 */
function expectIndependent(zs: number[]): void {
  const m = zs.length;
  const sorted = [...zs].sort((a, b) => a - b);
  let d = 0;
  for (let i = 0; i < m; i++) {
    const f = standardNormalCdf(sorted[i]);
    d = Math.max(d, f - i / m, (i + 1) / m - f);
  }
  expect(Math.sqrt(m) * d).toBeLessThan(1.9495);
  expect(Math.max(...zs.map(Math.abs))).toBeLessThan(4.9);
}

describe('RandomStreams', () => {
  it('the same (seed, replication, name) gives the same sequence', () => {
    const a = new RandomStreams(42, 3).get('hazard.earthquake');
    const b = new RandomStreams(42, 3).get('hazard.earthquake');
    expect(take(() => a.random(), 1000)).toEqual(take(() => b.random(), 1000));
  });

  it('a stream is seeded by sha256("machi-stream/v1\\0seed\\0replication\\0name") and nothing else', () => {
    const documented = new RandomStream('hazard.earthquake', sha256('machi-stream/v1\u000042\u00003\u0000hazard.earthquake'));
    const derived = new RandomStreams(42, 3).get('hazard.earthquake');
    expect(take(() => derived.random(), 100)).toEqual(take(() => documented.random(), 100));
  });

  it('streams are created only when first asked for', () => {
    const streams = new RandomStreams(1, 9);
    expect(streams.names()).toEqual([]);
    streams.get('b');
    streams.get('a');
    streams.get('b');
    expect(streams.names()).toEqual(['b', 'a']);
  });

  it('get(name) returns the same stream object, which continues where it left off', () => {
    const streams = new RandomStreams(1);
    const first = streams.get('leak.insider');
    const u = first.random();
    expect(streams.get('leak.insider')).toBe(first);
    expect(new RandomStreams(1).get('leak.insider').random()).toBe(u);
    expect(streams.get('leak.insider').random()).not.toBe(u);
    expect(streams.names()).toEqual(['leak.insider']);
  });

  it('creating and drawing from other streams never changes a stream’s draws', () => {
    const alone = new RandomStreams(7, 2);
    const expected = take(() => alone.get('hazard.flood').random(), 500);

    const busy = new RandomStreams(7, 2);
    busy.get('failure.disk').random();
    const draws: number[] = [];
    for (let i = 0; i < 500; i++) {
      draws.push(busy.get('hazard.flood').random());
      busy.get(`component.${i}`).random();
      busy.get('failure.disk').randomOpen();
    }
    expect(draws).toEqual(expected);
  });

  it('replication k of two model variants sees identical draws (common random numbers)', () => {
    for (let k = 0; k < 20; k++) {
      const variantA = new RandomStreams('town-42', k);
      const variantB = new RandomStreams('town-42', k);
      variantB.get('cloud.outage').random(); // only variant B has a cloud
      expect(variantB.get('hazard.earthquake').random()).toBe(variantA.get('hazard.earthquake').random());
    }
  });

  it('seed, replication and name each change the sequence; 42 and "42" are the same seed', () => {
    const first = (seed: number | string, replication: number, name: string) => new RandomStreams(seed, replication).get(name).random();
    const base = first(42, 0, 'x');
    expect(first(43, 0, 'x')).not.toBe(base);
    expect(first(42, 1, 'x')).not.toBe(base);
    expect(first(42, 0, 'y')).not.toBe(base);
    expect(first('42', 0, 'x')).toBe(base);
  });

  it('1,000 named streams of one seed are uncorrelated: √n·r of adjacent pairs over 10^4 draws is N(0, 1)', () => {
    const n = 10_000;
    const streams = new RandomStreams(20240101);
    const samples = Array.from({ length: 1000 }, (_, i) => {
      const s = streams.get(`component.${i}`);
      return Float64Array.from({ length: n }, () => s.random());
    });
    const zs = samples.slice(1).map((ys, i) => Math.sqrt(n) * pearson(samples[i], ys));
    expectIndependent(zs);
  });

  it('the same stream in neighbouring replications is uncorrelated: √n·r over 10^4 draws is N(0, 1)', () => {
    const n = 10_000;
    const samples = Array.from({ length: 1000 }, (_, k) => {
      const s = new RandomStreams(20240101, k).get('hazard.earthquake');
      return Float64Array.from({ length: n }, () => s.random());
    });
    const zs = samples.slice(1).map((ys, k) => Math.sqrt(n) * pearson(samples[k], ys));
    expectIndependent(zs);
  });

  it('RandomStreams validates seed, replication and stream name', () => {
    expect(() => new RandomStreams(1.5)).toThrowErrorMatchingInlineSnapshot(`[RangeError: seed must be a safe integer or a non-empty string, got 1.5]`);
    expect(() => new RandomStreams('')).toThrowErrorMatchingInlineSnapshot(`[RangeError: seed must be a safe integer or a non-empty string without U+0000, got ""]`);
    expect(() => new RandomStreams(null as unknown as number)).toThrowErrorMatchingInlineSnapshot(`[TypeError: seed must be a safe integer or a non-empty string, got null]`);
    expect(() => new RandomStreams(1, -1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: replication must be a non-negative safe integer, got -1]`);
    expect(() => new RandomStreams(1, 0.5)).toThrow(RangeError);
    expect(() => new RandomStreams(1).get('')).toThrowErrorMatchingInlineSnapshot(`[RangeError: stream name must be a non-empty string without U+0000, got ""]`);
    expect(() => new RandomStreams(1).get('a\u0000b')).toThrow(RangeError);
    expect(() => new RandomStreams(1).get(3 as unknown as string)).toThrow(TypeError);
  });

  it('RandomStreams prints its seed, replication and stream count', () => {
    const streams = new RandomStreams('town', 4);
    streams.get('a');
    expect(String(streams)).toBe('RandomStreams(seed "town", replication 4, 1 streams)');
  });
});
