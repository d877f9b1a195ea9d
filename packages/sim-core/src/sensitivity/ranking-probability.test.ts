import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../stats/confidence.ts';
import { latinHypercube } from './latin-hypercube.ts';
import { rankingProbability } from './ranking-probability.ts';

describe('rankingProbability', () => {
  // A costs u, B costs 0.5, C costs 1 − u on 1,000 Latin-hypercube input sets: A < B < C holds for u < 0.5;
  // C < B < A for u > 0.5; B is never first.
  const u = latinHypercube(1000, 1, { seed: 2 }).map(([x]) => x);
  const options = [
    { name: 'A', outputs: u },
    { name: 'B', outputs: u.map(() => 0.5) },
    { name: 'C', outputs: u.map((x) => 1 - x) },
  ];

  it('is the share of input sets on which the named options are strictly in that order', () => {
    expect(rankingProbability(options, ['A', 'B', 'C'], { better: 'lower' }).probability).toBe(0.5);
    expect(rankingProbability(options, ['C', 'B', 'A'], { better: 'lower' }).probability).toBe(0.5);
    expect(rankingProbability(options, ['B', 'A'], { better: 'lower' }).probability).toBe(0.5);
    expect(rankingProbability(options, ['B', 'A', 'C'], { better: 'lower' }).probability).toBe(0);
    expect(rankingProbability(options, ['A', 'B', 'C'], { better: 'higher' }).probability).toBe(0.5);
  });

  it('with groups, holds when every option of a group beats every option of the next, in any order within a group', () => {
    // B ahead of {A, C}: B is below both only where neither A nor C is below 0.5, which never happens
    expect(rankingProbability(options, ['B', 'A', 'C'], { better: 'lower', groups: [['B'], ['A', 'C']] }).probability).toBe(0);
    // {A, C} ahead of B: both below 0.5 never
    expect(rankingProbability(options, ['A', 'C', 'B'], { better: 'lower', groups: [['A', 'C'], ['B']] }).probability).toBe(0);
    // A ahead of {B, C}: u < 0.5 and u < 1 − u, i.e. u < 0.5 — half the sets, as the strict A > B > C
    const weak = rankingProbability(options, ['A', 'B', 'C'], { better: 'lower', groups: [['A'], ['B', 'C']] });
    expect([weak.probability, weak.groups]).toEqual([0.5, [['A'], ['B', 'C']]]);
    expect(rankingProbability(options, ['A', 'B', 'C'], { better: 'lower' }).groups).toEqual([['A'], ['B'], ['C']]);
    expect(() => rankingProbability(options, ['A', 'B', 'C'], { better: 'lower', groups: [['B', 'A'], ['C']] })).toThrow('groups must split the ranking in its order');
  });

  it('carries an interval that holds Wilson\'s: 500 of 1,000 gives at least 0.469 … 0.531', () => {
    const result = rankingProbability(options, ['A', 'B', 'C'], { better: 'lower' });
    expect(result.low).toBeLessThanOrEqual(wilsonInterval(500, 1000).low);
    expect(result.high).toBeGreaterThanOrEqual(wilsonInterval(500, 1000).high);
    expect(wilsonInterval(500, 1000).low).toBeCloseTo(0.469, 3);
    expect(result.high - result.low).toBeLessThan(0.08);
  });

  it('with replications, a pair within noise is a close call and widens the interval', () => {
    // Set 0: A < B by 1 in every replication; set 1: A − B = 2, −2, 2, −1 (mean 0.25, within noise).
    const a = { name: 'A', outputs: { values: [1, 1, 1, 1, 12, 8, 12, 9], replications: 4 } };
    const b = { name: 'B', outputs: { values: [2, 2, 2, 2, 10, 10, 10, 10], replications: 4 } };
    const result = rankingProbability([a, b], ['A', 'B'], { better: 'lower' });
    expect([result.probability, result.undecided, result.noDifference]).toEqual([0.5, 0.5, null]);
  });

  it('options that never differ are "no difference": no ranking holds', () => {
    const zero = { values: [0, 0, 0, 0], replications: 2 };
    const result = rankingProbability([{ name: 'A', outputs: zero }, { name: 'B', outputs: zero }], ['A', 'B'], { better: 'lower' });
    expect([result.probability, result.noDifference]).toEqual([0, { zeroShare: 1 }]);
  });

  it('rejects short rankings and unknown or repeated names', () => {
    expect(() => rankingProbability(options, ['A'], { better: 'lower' })).toThrow('a ranking needs at least two options, got 1');
    expect(() => rankingProbability(options, ['A', 'D'], { better: 'lower' })).toThrow('ranking names "D", which is not an option (A, B, C)');
    expect(() => rankingProbability(options, ['A', 'A'], { better: 'lower' })).toThrow('ranking names an option twice: A, A');
  });
});
