import { describe, expect, it } from 'vitest';
import { cos, sin } from './sin-cos.ts';
import { agreement, exact, expectAccuracy, expectSpecialValues, nextDown, nextUp, prng, refCos, refSin, ulpError } from './test-support.ts';

// Shared input set: 10^6 arguments.
function inputs(): number[][] {
  const rng = prng(0x51c0);
  const xs: number[][] = [];
  // Ordinary angles.
  for (let i = 0; i < 300_000; i++) xs.push([rng.uniform(-10, 10)]);
  // Near multiples of pi/2 (where sin or cos cancels), up to 2^20 pi/2 (the Cody–Waite range).
  for (let i = 0; i < 300_000; i++) {
    const k = Math.floor(rng.next() * (i % 2 ? 8 : 1 << 20));
    xs.push([(k * Math.PI) / 2 + (rng.next() - 0.5) * rng.wide(-40, -1)]);
  }
  // Huge arguments (Payne–Hanek) over every binade up to the largest double, both signs.
  for (let i = 0; i < 250_000; i++) xs.push([(i % 2 ? 1 : -1) * rng.wide(20, 1023)]);
  // Tiny arguments.
  for (let i = 0; i < 150_000; i++) xs.push([(i % 2 ? 1 : -1) * rng.wide(-1074, -1)]);
  return xs;
}

describe('sin and cos', () => {
  const xs = inputs();

  it('sin(x) is within 1 ulp of the exact value on 10^6 inputs', () => {
    expectAccuracy('sin', xs, sin, refSin, { native: Math.sin });
  });

  it('cos(x) is within 1 ulp of the exact value on 10^6 inputs', () => {
    expectAccuracy('cos', xs, cos, refCos, { native: Math.cos });
  });

  it('sin and cos are within 1 ulp at the doubles nearest to multiples of pi/2 and at the hardest known case', () => {
    // 6381956970095103 * 2^797 is the double closest to a multiple of pi/2 (Kahan–McDonald).
    const xs = [Math.PI, Math.PI / 2, 3 * Math.PI / 2, 2 * Math.PI, nextUp(Math.PI), nextDown(Math.PI), 6381956970095103 * 2 ** 797, Number.MAX_VALUE, 1e22];
    for (const x of xs) {
      expect(ulpError(sin(x), refSin(x)), `sin(${x})`).toBeLessThan(1);
      expect(ulpError(cos(x), refCos(x)), `cos(${x})`).toBeLessThan(1);
    }
  });

  it('the double-double references agree with decimal.js to 2^-90 on 300 inputs', () => {
    const rng = prng(13);
    for (let i = 0; i < 300; i++) {
      const x = i % 3 === 0 ? rng.uniform(-10, 10) : i % 3 === 1 ? rng.wide(20, 60) : Math.round(rng.next() * 1000) * (Math.PI / 2);
      expect(agreement(refSin(x), exact(x).sin()), `sin(${x})`).toBeLessThan(1024);
      expect(agreement(refCos(x), exact(x).cos()), `cos(${x})`).toBeLessThan(1024);
    }
  });

  it('sin(x) and cos(x) follow ECMAScript for special values', () => {
    const cases: [number, number, number][] = [
      [NaN, NaN, NaN], [Infinity, NaN, NaN], [-Infinity, NaN, NaN], [0, 0, 1], [-0, -0, 1],
      [Number.MIN_VALUE, Number.MIN_VALUE, 1], [-Number.MIN_VALUE, -Number.MIN_VALUE, 1],
    ];
    expectSpecialValues('sin', sin, cases.map(([x, s]) => [x, s]));
    expectSpecialValues('cos', cos, cases.map(([x, , c]) => [x, c]));
  });
});
