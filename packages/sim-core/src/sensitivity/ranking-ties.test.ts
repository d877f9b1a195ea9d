import { describe, expect, it } from 'vitest';
import { rankingGroups, rankingTies } from './ranking-ties.ts';

const option = (name: string, values: number[], replications = 4) => ({ name, outputs: { values, replications } });

describe('rankingTies', () => {
  it('rankingTies(options that are all 0) names every option: nothing ranks them', () => {
    const zero = [0, 0, 0, 0];
    expect(rankingTies([option('a', zero), option('b', zero), option('c', zero)], ['a', 'b', 'c'], { better: 'lower' })).toEqual(['a', 'b', 'c']);
  });

  it('rankingTies(a clear ranking) is empty', () => {
    // paired differences of 1 with a spread of 0.1: t(0.975, 3)·se = 3.18·0.05 ≈ 0.16, far below 1
    const options = [option('a', [1, 1.1, 0.9, 1]), option('b', [2, 2.2, 1.9, 2]), option('c', [3, 3.1, 2.9, 3.1])];
    expect(rankingTies(options, ['a', 'b', 'c'], { better: 'lower' })).toEqual([]);
  });

  it('rankingTies names the neighbours whose difference is within Monte Carlo noise, in ranking order', () => {
    // b − c: differences 0.5, −0.3, 0.4, −0.2 (mean 0.1, se ≈ 0.19): within 3.18·se; a is clearly best
    const options = [option('a', [0, 0, 0, 0]), option('b', [2.5, 1.7, 2.4, 1.8]), option('c', [2, 2, 2, 2])];
    expect(rankingTies(options, ['a', 'c', 'b'], { better: 'lower' })).toEqual(['c', 'b']);
    // higher is better: the same pair ties, a is clearly worst
    expect(rankingTies(options, ['b', 'c', 'a'], { better: 'higher' })).toEqual(['b', 'c']);
  });

  it('rankingGroups puts the neighbours that tie in one group, groups best first', () => {
    const options = [option('a', [0, 0, 0, 0]), option('b', [2.5, 1.7, 2.4, 1.8]), option('c', [2, 2, 2, 2])];
    expect(rankingGroups(options, ['a', 'c', 'b'], { better: 'lower' })).toEqual([['a'], ['c', 'b']]);
    const zero = [0, 0, 0, 0];
    expect(rankingGroups([option('a', zero), option('b', zero)], ['a', 'b'], { better: 'lower' })).toEqual([['a', 'b']]);
    const clear = [option('a', [1, 1.1, 0.9, 1]), option('b', [2, 2.2, 1.9, 2])];
    expect(rankingGroups(clear, ['a', 'b'], { better: 'lower' })).toEqual([['a'], ['b']]);
  });

  it('rankingTies with one replication ties only equal means', () => {
    const options = [option('a', [1], 1), option('b', [1], 1), option('c', [1.001], 1)];
    expect(rankingTies(options, ['a', 'b', 'c'], { better: 'lower' })).toEqual(['a', 'b']);
  });

  it('rejects an unknown option and a set out of range', () => {
    const options = [option('a', [1, 2, 3, 4]), option('b', [1, 2, 3, 4])];
    expect(() => rankingTies(options, ['a', 'x'], { better: 'lower' })).toThrow('ranking names "x", which is not an option (a, b)');
    expect(() => rankingTies(options, ['a', 'b'], { better: 'lower', set: 1 })).toThrow('set must be one of the 1 input sets, got 1');
  });
});
