import { RandomStreams } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { gaussLegendre } from './gauss-legendre.ts';
import { truncatedGutenbergRichter } from './magnitude.ts';

const gr = truncatedGutenbergRichter({ bValue: 0.9, minMagnitude: 5, maxMagnitude: 8 });
const beta = 0.9 * Math.LN10;
const mass = 1 - Math.exp(-beta * 3);

describe('truncatedGutenbergRichter', () => {
  it('cdf is the normalised truncated exponential, 0 below the minimum and 1 above the maximum', () => {
    expect(gr.cdf(4)).toBe(0);
    expect(gr.cdf(5)).toBe(0);
    expect(gr.cdf(6)).toBeCloseTo((1 - Math.exp(-beta)) / mass, 14);
    expect(gr.cdf(8)).toBe(1);
    expect(gr.cdf(9)).toBe(1);
  });

  it('density is the derivative of cdf and integrates to 1', () => {
    const h = 1e-6;
    for (const m of [5.1, 6, 7.5]) expect(gr.density(m)).toBeCloseTo((gr.cdf(m + h) - gr.cdf(m - h)) / (2 * h), 6);
    let sum = 0;
    const n = 30000;
    for (let k = 0; k < n; k++) sum += gr.density(5 + (3 * (k + 0.5)) / n) * (3 / n);
    expect(sum).toBeCloseTo(1, 8);
    expect(gr.density(4.9)).toBe(0);
    expect(gr.density(8.1)).toBe(0);
  });

  it('each decade of magnitude is 10^b times rarer (Gutenberg–Richter)', () => {
    expect(gr.density(5.5) / gr.density(6.5)).toBeCloseTo(10 ** 0.9, 10);
  });

  it('quantile inverts cdf', () => {
    for (const p of [0, 0.1, 0.5, 0.9, 0.999]) expect(gr.cdf(gr.quantile(p))).toBeCloseTo(p, 13);
    expect(gr.quantile(1)).toBe(8);
  });

  it('mean and variance match Gauss–Legendre integration of the density', () => {
    const { nodes, weights } = gaussLegendre(40);
    let m1 = 0;
    let m2 = 0;
    for (let k = 0; k < nodes.length; k++) {
      const m = 6.5 + 1.5 * nodes[k];
      const w = 1.5 * weights[k] * gr.density(m);
      m1 += w * m;
      m2 += w * m * m;
    }
    expect(gr.mean).toBeCloseTo(m1, 13);
    expect(gr.variance).toBeCloseTo(m2 - m1 * m1, 12);
  });

  it('sample draws by inversion of one uniform and stays in [min, max)', () => {
    const a = new RandomStreams(7, 0).get('m');
    const b = new RandomStreams(7, 0).get('m');
    for (let k = 0; k < 100; k++) {
      const m = gr.sample(a);
      expect(m).toBe(gr.quantile(b.random()));
      expect(m).toBeGreaterThanOrEqual(5);
      expect(m).toBeLessThan(8);
    }
  });

  it('sample reproduces cdf within a 99.9% binomial band on 10^5 draws', () => {
    // Each empirical fraction is binomial(n, F(m))/n; |F̂ − F| ≤ 3.29·sqrt(F(1 − F)/n) at 99.9% per point.
    const stream = new RandomStreams(2024, 0).get('magnitude');
    const n = 100_000;
    const draws = Array.from({ length: n }, () => gr.sample(stream));
    for (const m of [5.05, 5.3, 5.7, 6.2, 7]) {
      const p = gr.cdf(m);
      const fraction = draws.filter((x) => x <= m).length / n;
      expect(Math.abs(fraction - p)).toBeLessThan(3.29 * Math.sqrt((p * (1 - p)) / n));
    }
  });

  it('truncatedGutenbergRichter rejects bad parameters, naming them', () => {
    expect(() => truncatedGutenbergRichter({ bValue: 0, minMagnitude: 5, maxMagnitude: 8 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: truncatedGutenbergRichter bValue must be a positive finite number, got 0]`,
    );
    expect(() => truncatedGutenbergRichter({ bValue: 1, minMagnitude: 8, maxMagnitude: 8 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: truncatedGutenbergRichter needs minMagnitude < maxMagnitude, got 8, 8]`,
    );
    expect(() => truncatedGutenbergRichter({ bValue: 1, minMagnitude: NaN, maxMagnitude: 8 })).toThrow(RangeError);
    expect(() => gr.quantile(1.5)).toThrow(RangeError);
  });

  it('prints as its parameters', () => {
    expect(String(gr)).toBe('truncatedGutenbergRichter(b 0.9, M 5–8)');
  });
});
