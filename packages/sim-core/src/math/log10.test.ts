import { describe, expect, it } from 'vitest';
import { log10 } from './log10.ts';
import { exact, expectAccuracy, expectReferenceAgrees, expectSpecialValues, pow2, prng, refLog10 } from './test-support.ts';

function* inputs(): Generator<number[]> {
  const rng = prng(0x1010);
  for (let i = 0; i < 500_000; i++) yield [rng.wide(-1074, 1023)];
  for (let i = 0; i < 250_000; i++) yield [1 + rng.uniform(-1, 1) * pow2(-1 - (i % 40))];
  for (let i = 0; i < 250_000; i++) yield [rng.uniform(0, 1e6) || 1];
}

describe('log10', () => {
  it('log10(x) is within 1 ulp of the exact value on 10^6 inputs', () => {
    expectAccuracy('log10', inputs(), log10, refLog10, { native: Math.log10 });
  });

  it('log10(10^k) is exactly k for k = 0 … 22', () => {
    for (let k = 0, p = 1; k <= 22; k++, p *= 10) expect(log10(p)).toBe(k);
  });

  it('the double-double reference agrees with decimal.js to 2^-90 on 1000 inputs', () => {
    expectReferenceAgrees('log10', 1000, 12, (rng) => [rng.wide(-1074, 1023)], refLog10, (x) => exact(x).log(10));
  });

  it('log10(x) follows ECMAScript Math.log10 for special values', () => {
    expectSpecialValues('log10', log10, [
      [NaN, NaN], [-1, NaN], [-Infinity, NaN], [-Number.MIN_VALUE, NaN], [0, -Infinity], [-0, -Infinity],
      [1, 0], [Infinity, Infinity], [Number.MIN_VALUE, -323.3062153431158], [Number.MAX_VALUE, 308.25471555991675],
    ]);
  });
});
