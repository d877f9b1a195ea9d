import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../stats/confidence.ts';
import { latinHypercube } from './latin-hypercube.ts';
import { probabilityBest } from './probability-best.ts';

describe('probabilityBest', () => {
  // Option A costs 3u, B costs 1, C costs 2.5 − u on 1,000 Latin-hypercube input sets u. A is best for
  // u < 1/3 (B costs 1 < 2.5 − u always), B for u > 1/3: P(A) = 1/3 exactly; the hypercube puts one u in each
  // 1/1000 cell, so the share is 333/1000 or 334/1000.
  const u = latinHypercube(1000, 1, { seed: 1 }).map(([x]) => x);
  const options = [
    { name: 'A', outputs: u.map((x) => 3 * x) },
    { name: 'B', outputs: u.map(() => 1) },
    { name: 'C', outputs: u.map((x) => 2.5 - x) },
  ];

  it('gives the share of input sets on which each option is best, with Wilson intervals', () => {
    const result = probabilityBest(options, { better: 'lower' });
    const [a, b, c] = result.options;
    expect([333, 334]).toContain(a.probability * 1000);
    expect(a.probability + b.probability + c.probability).toBe(1);
    expect(c.probability).toBe(0);
    expect(a.low).toBe(wilsonInterval(a.probability * 1000, 1000).low);
    expect(a.high).toBe(wilsonInterval(a.probability * 1000, 1000).high);
    expect([a.decided, a.possible]).toEqual([a.probability, a.probability]);
    expect(result.undecided).toBe(0);
    expect(c.high).toBeCloseTo(0.0038, 4); // Wilson upper bound of 0 in 1,000
  });

  it('"higher is better" turns the ranking around', () => {
    const result = probabilityBest(options, { better: 'higher' });
    expect(result.options.map((o) => o.name)).toEqual(['A', 'B', 'C']);
    // highest: C for u < 0.625 (2.5 − u > 3u), A above
    expect(Math.abs(result.options[2].probability - 0.625)).toBeLessThanOrEqual(0.001);
    expect(result.options[1].probability).toBe(0);
  });

  it('a tie for best shares the input set; neither option is decided there', () => {
    const result = probabilityBest(
      [
        { name: 'A', outputs: [1, 1, 2] },
        { name: 'B', outputs: [1, 2, 1] },
      ],
      { better: 'lower' },
    );
    expect(result.options.map((o) => [o.probability, o.decided, o.possible])).toEqual([
      [0.5, 1 / 3, 2 / 3],
      [0.5, 1 / 3, 2 / 3],
    ]);
    expect(result.undecided).toBe(1 / 3);
  });

  it('with replications, an option within Monte Carlo noise of the best is possible but not decided', () => {
    // Set 0: A − B = −1 in every replication: decided. Set 1: mean −0.25 with paired differences −2, 2, −2, 1
    // (se 1.03, t(0.975, 3) = 3.18): within noise, undecided. Common random numbers make set 0's difference exact.
    const a = { name: 'A', outputs: { values: [10, 11, 12, 13, 8, 12, 8, 11], replications: 4 } };
    const b = { name: 'B', outputs: { values: [11, 12, 13, 14, 10, 10, 10, 10], replications: 4 } };
    const result = probabilityBest([a, b], { better: 'lower' });
    expect(result.replications).toBe(4);
    expect(result.options.map((o) => [o.probability, o.decided, o.possible])).toEqual([
      [1, 0.5, 1],
      [0, 0, 0.5],
    ]);
    expect(result.undecided).toBe(0.5);
    expect(result.options[0].low).toBe(wilsonInterval(1, 2).low);
    expect(result.options[1].high).toBe(wilsonInterval(1, 2).high);
  });

  it('rejects one option, duplicate names and options of different shapes', () => {
    expect(() => probabilityBest([options[0]], { better: 'lower' })).toThrow('a decision needs at least two options, got 1');
    expect(() => probabilityBest([options[0], options[0]], { better: 'lower' })).toThrow('option names must be unique, got A, A');
    expect(() => probabilityBest([options[0], { name: 'D', outputs: [1, 2] }], { better: 'lower' })).toThrow(
      'every option needs 1000 input sets × 1 replications; D has 2 × 1',
    );
  });
});
