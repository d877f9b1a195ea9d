import { describe, expect, it } from 'vitest';
import { atan2 } from './atan2.ts';
import { D, exact, expectAccuracy, expectReferenceAgrees, prng, refAtan2, type Rng } from './test-support.ts';

function* inputs(): Generator<number[]> {
  const rng = prng(0xa7a2);
  const sign = (): number => (rng.next() < 0.5 ? -1 : 1);
  // Both coordinates over every binade, all four quadrants (includes |y/x| beyond 2^±60).
  for (let i = 0; i < 400_000; i++) yield [sign() * rng.wide(-1074, 1023), sign() * rng.wide(-1074, 1023)];
  // Ordinary points, angles spread over the circle.
  for (let i = 0; i < 400_000; i++) yield [rng.uniform(-10, 10) || 1, rng.uniform(-10, 10) || 1];
  // Near the axes and the diagonals, where atan's reduction switches intervals.
  for (let i = 0; i < 200_000; i++) {
    const x = sign() * rng.uniform(0.1, 10);
    yield [x * rng.uniform(0.3, 3) * sign(), x];
  }
}

describe('atan2', () => {
  it('atan2(y, x) is within 1 ulp of the exact value on 10^6 inputs', () => {
    expectAccuracy('atan2', inputs(), atan2, refAtan2, { native: Math.atan2 });
  });

  it('the double-double reference agrees with decimal.js to 2^-90 on 1000 inputs', () => {
    const draw = (rng: Rng) => [rng.uniform(-10, 10), rng.uniform(-10, 10)];
    expectReferenceAgrees('atan2', 1000, 14, draw, refAtan2, (y, x) => D.atan2(exact(y), exact(x)));
  });

  it('atan2(y, x) follows ECMAScript Math.atan2 for special values', () => {
    const values = [NaN, -Infinity, -1, -Number.MIN_VALUE, -0, 0, Number.MIN_VALUE, 1, Infinity, 2, -2];
    for (const y of values) {
      for (const x of values) {
        expect(Object.is(atan2(y, x), Math.atan2(y, x)), `atan2(${y}, ${x}) = ${atan2(y, x)}, Math.atan2 gives ${Math.atan2(y, x)}`).toBe(true);
      }
    }
  });
});
