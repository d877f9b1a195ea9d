import { describe, expect, it } from 'vitest';
import { inputDistribution } from './input-distribution.ts';
import { switchingValue, switchingValueAsync } from './switching-value.ts';
import type { UncertainInput } from './uncertain-input.ts';

const rate: UncertainInput = { name: 'rate', value: 0.2, low: 0, high: 1, coverage: 1, shape: 'uniform' };
const logRate: UncertainInput = { name: 'logRate', value: 0.1, low: 0.01, high: 10, coverage: 1, shape: 'log-uniform' };

describe('switchingValue', () => {
  it('finds where the decision quantity changes sign, to the tolerance in probability', () => {
    // cost(A) − cost(B) = x − 0.3: A is preferred below 0.3, B above. Linear, so interpolation is exact.
    const result = switchingValue(rate, (x) => x - 0.3);
    expect(result.atNominal).toBeCloseTo(-0.1, 15);
    expect(result.crossings).toHaveLength(1);
    expect(result.crossings[0].value).toBeCloseTo(0.3, 12);
    expect(result.crossings[0].probability).toBeCloseTo(0.3, 12);
    expect([result.crossings[0].signBelow, result.crossings[0].signAbove]).toEqual([-1, 1]);
  });

  it('searches a log-uniform range in probability: a crossing at 1 lies 2/3 of the way from 0.01 to 10', () => {
    const result = switchingValue(logRate, (x) => 2 - 2 * x * x);
    expect(result.crossings).toHaveLength(1);
    expect(Math.abs(result.crossings[0].value - 1)).toBeLessThan(0.01);
    expect(Math.abs(result.crossings[0].probability - 2 / 3)).toBeLessThan(0.001);
    expect([result.crossings[0].signBelow, result.crossings[0].signAbove]).toEqual([1, -1]);
  });

  it('reports every crossing in increasing value, and none when the preferred option never changes', () => {
    const two = switchingValue(rate, (x) => (x - 0.25) * (x - 0.7));
    expect(two.crossings.map((c) => Number(c.value.toFixed(2)))).toEqual([0.25, 0.7]);
    const none = switchingValue(rate, (x) => 1 + x);
    expect(none.crossings).toEqual([]);
    expect(none.evaluations).toHaveLength(10); // the nominal value and 9 scan points
  });

  it('places the crossing where the belief puts it: P(value ≤ switching value) for a 90% lognormal', () => {
    const repair: UncertainInput = { name: 'repairHours', value: 8, low: 2, high: 48, coverage: 0.9, shape: 'lognormal' };
    const result = switchingValue(repair, (h) => h - 20, { tolerance: 1e-6 });
    expect(result.crossings[0].value).toBeCloseTo(20, 3);
    expect(result.crossings[0].probability).toBeCloseTo(inputDistribution(repair).cdf(20), 5);
  });

  it('an exact zero at a bisection point is the crossing', () => {
    const result = switchingValue(rate, (x) => (x < 0.5 ? -1 : x === 0.5 ? 0 : 1));
    expect(result.crossings.map((c) => c.value)).toEqual([0.5]);
  });

  it('the asynchronous driver makes the same evaluations in the same order', async () => {
    const sync: number[] = [];
    const asyncSeen: number[] = [];
    const f = (x: number) => Math.sin(6 * x) - 0.2;
    const a = switchingValue(rate, (x) => (sync.push(x), f(x)));
    const b = await switchingValueAsync(rate, async (x) => (asyncSeen.push(x), f(x)));
    expect(b).toEqual(a);
    expect(asyncSeen).toEqual(sync);
  });

  it('throws when the evaluator returns a non-finite number, and for a bad tolerance', () => {
    expect(() => switchingValue(rate, () => NaN)).toThrow('switching value of rate: the evaluator gave NaN at 0.2');
    expect(() => switchingValue(rate, (x) => x, { tolerance: 0 })).toThrow('tolerance must be in (0, 1), got 0');
  });
});
