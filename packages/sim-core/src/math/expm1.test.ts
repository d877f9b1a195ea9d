import { describe, expect, it } from 'vitest';
import { expm1 } from './expm1.ts';
import { exact, expectAccuracy, expectReferenceAgrees, expectSpecialValues, pow2, prng, refExpm1, type Rng } from './test-support.ts';

function* inputs(): Generator<number[]> {
  const rng = prng(0xe41);
  // Tiny |x| over every scale, both signs: expm1 must keep full relative precision.
  for (let i = 0; i < 250_000; i++) yield [(i % 2 ? 1 : -1) * rng.wide(-1074, -2)];
  // Each reduction branch: |x| < ln2/2, < 1.5 ln2, k up to 56, beyond.
  for (let i = 0; i < 300_000; i++) yield [rng.uniform(-3, 3)];
  for (let i = 0; i < 200_000; i++) yield [rng.uniform(-45, 45)];
  // Near overflow.
  for (let i = 0; i < 100_000; i++) yield [rng.uniform(690, 709.782712893384)];
  for (let i = 0; i < 150_000; i++) yield [rng.uniform(-800, 709.78)];
}

describe('expm1', () => {
  it('expm1(x) is within 1 ulp of the exact value on 10^6 inputs', () => {
    expectAccuracy('expm1', inputs(), expm1, refExpm1, { native: Math.expm1 });
  });

  it('the double-double reference agrees with decimal.js to 2^-90 on 2000 inputs', () => {
    const draw = (rng: Rng, i: number) => [i % 2 ? rng.uniform(-40, 709) : (rng.next() - 0.5) * rng.wide(-60, 1)];
    expectReferenceAgrees('expm1', 2000, 10, draw, refExpm1, (x) => exact(x).exp().minus(1));
  });

  it('expm1(x) follows ECMAScript Math.expm1 for special values', () => {
    expectSpecialValues('expm1', expm1, [
      [NaN, NaN], [0, 0], [-0, -0], [Infinity, Infinity], [-Infinity, -1], [-800, -1], [710, Infinity],
      [Number.MIN_VALUE, Number.MIN_VALUE], [-Number.MIN_VALUE, -Number.MIN_VALUE], [1e-20, 1e-20],
      [pow2(-1022), pow2(-1022)], [1, 1.718281828459045], [Number.MAX_VALUE, Infinity], [-Number.MAX_VALUE, -1],
    ]);
  });
});
