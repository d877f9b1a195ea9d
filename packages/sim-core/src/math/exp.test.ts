import { describe, expect, it } from 'vitest';
import { exp } from './exp.ts';
import { exact, expectAccuracy, expectReferenceAgrees, expectSpecialValues, prng, refExp, type Rng } from './test-support.ts';

function* inputs(): Generator<number[]> {
  const rng = prng(0xe4);
  // The whole finite-result range, including subnormal results below -708.4.
  for (let i = 0; i < 400_000; i++) yield [rng.uniform(-745.2, 709.8)];
  // Near 0 over many scales, where exp(x) = 1 + x + ...
  for (let i = 0; i < 250_000; i++) yield [(rng.next() - 0.5) * rng.wide(-60, 0)];
  // Near overflow and near the subnormal boundary.
  for (let i = 0; i < 150_000; i++) yield [rng.uniform(700, 709.782712893384)];
  for (let i = 0; i < 100_000; i++) yield [rng.uniform(-745.1332191019411, -700)];
  // Moderate arguments as used for densities and likelihoods.
  for (let i = 0; i < 100_000; i++) yield [rng.uniform(-40, 40)];
}

describe('exp', () => {
  it('exp(x) is within 1 ulp of the exact value on 10^6 inputs', () => {
    expectAccuracy('exp', inputs(), exp, refExp, { native: Math.exp });
  });

  it('the double-double reference agrees with decimal.js to 2^-90 on 2000 inputs', () => {
    const draw = (rng: Rng, i: number) => [i % 2 ? rng.uniform(-745, 709.7) : (rng.next() - 0.5) * rng.wide(-60, 0)];
    expectReferenceAgrees('exp', 2000, 8, draw, refExp, (x) => exact(x).exp());
  });

  it('exp(x) follows ECMAScript Math.exp for special values', () => {
    expectSpecialValues('exp', exp, [
      [NaN, NaN], [0, 1], [-0, 1], [Infinity, Infinity], [-Infinity, 0],
      [1, 2.718281828459045], [-1, 0.36787944117144233], [709.79, Infinity], [-745.14, 0],
      [Number.MIN_VALUE, 1], [-Number.MIN_VALUE, 1], [Number.MAX_VALUE, Infinity], [-Number.MAX_VALUE, 0],
      [-745.1332191019411, 5e-324], [709.782712893384, 1.7976931348622732e308],
    ]);
  });
});
