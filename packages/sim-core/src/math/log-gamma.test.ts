import { describe, expect, it } from 'vitest';
import { logGamma } from './log-gamma.ts';
import { agreement, D, expectAccuracy, pow2, prng, refLogGamma } from './test-support.ts';

function* inputs(): Generator<number[]> {
  const rng = prng(0x19a);
  for (let i = 0; i < 300_000; i++) yield [rng.uniform(0, 20) || 1];
  for (let i = 0; i < 250_000; i++) yield [rng.wide(-1074, 1023)];
  // Close to the zeros at 1 and 2.
  for (let i = 0; i < 200_000; i++) yield [(i % 2 ? 1 : 2) + (rng.next() - 0.5) * pow2(-(i % 45))];
  for (let i = 0; i < 250_000; i++) yield [rng.uniform(0, 200) || 1];
}

describe('logGamma', () => {
  it('logGamma(x) is within its pinned error bound of the exact value on 10^6 inputs', () => {
    expectAccuracy('logGamma', inputs(), logGamma, refLogGamma, { maxUlp: LGAMMA_BOUND });
  });

  it('the double-double reference agrees with decimal.js at integers and half-integers', () => {
    let factorial = new D(1);
    for (let n = 1; n < 170; n++) {
      // Gamma(n) = (n-1)!, Gamma(n + 1/2) = (2n)! sqrt(pi) / (4^n n!)
      expect(agreement(refLogGamma(n), factorial.ln()), `n = ${n}`).toBeLessThan(1024);
      factorial = factorial.times(n);
    }
    const sqrtPi = new D(-1).acos().sqrt();
    let f2n = new D(1);
    let fn = new D(1);
    for (let n = 1; n < 80; n++) {
      f2n = f2n.times(2 * n - 1).times(2 * n);
      fn = fn.times(n);
      const g = f2n.times(sqrtPi).div(new D(4).pow(n).times(fn));
      expect(agreement(refLogGamma(n + 0.5), g.ln()), `n + 1/2 = ${n + 0.5}`).toBeLessThan(1024);
    }
  });

  it('logGamma(x) handles special values and rejects negative x', () => {
    expect(logGamma(NaN)).toBeNaN();
    expect(logGamma(0)).toBe(Infinity);
    expect(logGamma(-0)).toBe(Infinity);
    expect(logGamma(Infinity)).toBe(Infinity);
    expect(Object.is(logGamma(1), 0)).toBe(true);
    expect(Object.is(logGamma(2), 0)).toBe(true);
    expect(() => logGamma(-1.5)).toThrow(new RangeError('logGamma(x) needs x > 0, got -1.5'));
    expect(() => logGamma(-Infinity)).toThrow(RangeError);
  });
});

// Measured maximum 2.48 ulp (x = 11.1577…, the Stirling range: (x - 0.5)(log x - 1) rounds twice).
const LGAMMA_BOUND = 3;
