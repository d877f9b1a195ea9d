import { describe, expect, it } from 'vitest';
import { log1p } from './log1p.ts';
import { exact, expectAccuracy, expectReferenceAgrees, expectSpecialValues, nextUp, pow2, prng, refLog1p, type Rng } from './test-support.ts';

function* inputs(): Generator<number[]> {
  const rng = prng(0x1091);
  // Tiny |x| over every scale down to subnormals, both signs.
  for (let i = 0; i < 250_000; i++) yield [(i % 2 ? 1 : -1) * rng.wide(-1074, -1)];
  // (-1, 1) uniformly, and -u for uniforms u as in exponential variates log1p(-u).
  for (let i = 0; i < 250_000; i++) yield [rng.uniform(-1, 1)];
  for (let i = 0; i < 150_000; i++) yield [-rng.next()];
  // Close to -1, where the result is large and negative.
  for (let i = 0; i < 100_000; i++) yield [-1 + rng.wide(-53, -1)];
  // Large x, up to the top of the range.
  for (let i = 0; i < 250_000; i++) yield [rng.wide(0, 1023)];
}

describe('log1p', () => {
  it('log1p(x) is within 1 ulp of the exact value on 10^6 inputs', () => {
    expectAccuracy('log1p', inputs(), log1p, refLog1p, { native: Math.log1p });
  });

  it('the double-double reference agrees with decimal.js to 2^-90 on 2000 inputs', () => {
    const draw = (rng: Rng, i: number) => [i % 3 === 0 ? rng.uniform(-1, 1) : i % 3 === 1 ? -rng.wide(-60, -1) : rng.wide(-30, 60)];
    expectReferenceAgrees('log1p', 2000, 9, draw, refLog1p, (x) => exact(x).plus(1).ln());
  });

  it('log1p(x) follows ECMAScript Math.log1p for special values', () => {
    expectSpecialValues('log1p', log1p, [
      [NaN, NaN], [0, 0], [-0, -0], [-1, -Infinity], [-1.5, NaN], [-Infinity, NaN], [Infinity, Infinity],
      [Number.MIN_VALUE, Number.MIN_VALUE], [-Number.MIN_VALUE, -Number.MIN_VALUE], [1e-20, 1e-20],
      [nextUp(-1), -36.7368005696771], [pow2(-1022), pow2(-1022)], [1, 0.6931471805599453],
      [Number.MAX_VALUE, 709.782712893384],
    ]);
  });
});
