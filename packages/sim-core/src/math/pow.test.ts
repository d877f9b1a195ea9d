import { describe, expect, it } from 'vitest';
import { pow } from './pow.ts';
import { exact, expectAccuracy, expectReferenceAgrees, prng, refPow, type Rng } from './test-support.ts';

function* inputs(): Generator<number[]> {
  const rng = prng(0x90e);
  // Positive x over all binades with y chosen so that x^y stays mostly in range (overflow/underflow included).
  for (let i = 0; i < 350_000; i++) {
    const x = rng.wide(-1074, 1023);
    const lx = Math.abs(Math.log2(x)) || 1;
    yield [x, (rng.next() - 0.5) * 2 * (1100 / lx) * rng.next()];
  }
  // Integer exponents, including negative bases.
  for (let i = 0; i < 200_000; i++) {
    const y = Math.round((rng.next() - 0.5) * 80);
    yield [(rng.next() - 0.5) * 20, y === 0 ? 3 : y];
  }
  // Fractional exponents on moderate bases (Weibull, Pareto, gamma variates).
  for (let i = 0; i < 250_000; i++) yield [rng.uniform(0, 10) || 1e-300, rng.uniform(-5, 5)];
  // x close to 1 with large y: the extra-precise log2 matters here.
  for (let i = 0; i < 200_000; i++) yield [1 + (rng.next() - 0.5) * rng.wide(-50, -5), (rng.next() - 0.5) * rng.wide(0, 50)];
}

describe('pow', () => {
  it('pow(x, y) is within 1 ulp of the exact value on 10^6 inputs', () => {
    expectAccuracy('pow', inputs(), pow, refPow, { native: Math.pow });
  });

  it('pow(n, k) is exact for integers whose power is representable', () => {
    for (let n = -20; n <= 20; n++) {
      let p = 1;
      for (let k = 0; k <= 12; k++, p *= n) expect(pow(n, k)).toBe(p);
    }
  });

  it('the double-double reference agrees with decimal.js to 2^-90 on 1000 inputs', () => {
    const draw = (rng: Rng) => [rng.uniform(0, 100) || 1, rng.uniform(-100, 100)];
    expectReferenceAgrees('pow', 1000, 11, draw, refPow, (x, y) => exact(x).pow(exact(y)));
  });

  it('pow(x, y) follows ECMAScript Math.pow for special values', () => {
    // Every pair where x or y is NaN, ±Infinity, ±0 or ±1: there ECMAScript fixes the result exactly.
    const special = [NaN, -Infinity, -1, -0, 0, 1, Infinity];
    const values = [...special, -3, -2, -0.5, 0.5, 2, 3, -1 / 3, 1 / 3, -2.5, 2.5, 1e-310, -1e-310, 1e308, -1e308, 2 ** 53, -(2 ** 53) - 2];
    for (const x of values) {
      for (const y of values) {
        if (!special.some((v) => Object.is(v, x) || Object.is(v, y))) continue;
        expect(Object.is(pow(x, y), Math.pow(x, y)), `pow(${x}, ${y}) = ${pow(x, y)}, Math.pow gives ${Math.pow(x, y)}`).toBe(true);
      }
    }
    expect(pow(1, NaN)).toBeNaN();
    expect(pow(-1, Infinity)).toBeNaN();
    expect(pow(NaN, 0)).toBe(1);
    expect(pow(-8, 1 / 3)).toBeNaN();
    expect(Object.is(pow(-0, -3), -Infinity)).toBe(true);
    expect(Object.is(pow(-Infinity, 3), -Infinity)).toBe(true);
    expect(Object.is(pow(-Infinity, -3), -0)).toBe(true);
  });
});
