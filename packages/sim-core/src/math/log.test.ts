import { describe, expect, it } from 'vitest';
import { log } from './log.ts';
import { exact, expectAccuracy, expectReferenceAgrees, expectSpecialValues, nextDown, nextUp, pow2, prng, refLog, ulpError, type Rng } from './test-support.ts';

function* inputs(): Generator<number[]> {
  const rng = prng(0x10a);
  // Every binade, subnormals included.
  for (let i = 0; i < 400_000; i++) yield [rng.wide(-1074, 1023)];
  // Near 1, where log cancels and fdlibm switches between its three formulas.
  for (let i = 0; i < 300_000; i++) yield [1 + rng.uniform(-1, 1) * pow2(-1 - (i % 40))];
  // [0.5, 4]: the range of uniforms and their small multiples in variate generation.
  for (let i = 0; i < 250_000; i++) yield [rng.uniform(0.5, 4)];
  // (0, 1) as from a uniform generator, including 53-bit grid points near 0.
  for (let i = 0; i < 50_000; i++) yield [rng.next() || pow2(-53)];
}

describe('log', () => {
  it('log(x) is within 1 ulp of the exact value on 10^6 inputs', () => {
    expectAccuracy('log', inputs(), log, refLog, { native: Math.log });
  });

  it('log(x) is within 1 ulp at the neighbours of 1 and at the extremes', () => {
    const xs = [nextUp(1), nextDown(1), pow2(-1074), Number.MIN_VALUE * 3, pow2(-1022), Number.MAX_VALUE, Math.SQRT2, Math.SQRT1_2];
    for (const x of xs) expect(ulpError(log(x), refLog(x)), `log(${x})`).toBeLessThan(1);
  });

  it('the double-double reference agrees with decimal.js to 2^-90 on 2000 inputs', () => {
    const draw = (rng: Rng, i: number) => [i % 2 ? rng.wide(-1074, 1023) : 1 + rng.uniform(-1, 1) * pow2(-(i % 50))];
    expectReferenceAgrees('log', 2000, 7, draw, refLog, (x) => exact(x).ln());
  });

  it('log(x) follows ECMAScript Math.log for special values', () => {
    expectSpecialValues('log', log, [
      [NaN, NaN], [-1, NaN], [-Infinity, NaN], [-Number.MIN_VALUE, NaN],
      [0, -Infinity], [-0, -Infinity], [1, 0], [Infinity, Infinity],
      [2, 0.6931471805599453], [Math.E, 1], [Number.MIN_VALUE, -744.4400719213812],
      [Number.MAX_VALUE, 709.782712893384],
    ]);
  });
});
