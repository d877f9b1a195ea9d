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

  it('gives the share of input sets on which each option is best, with intervals that hold Wilson\'s', () => {
    const result = probabilityBest(options, { better: 'lower' });
    const [a, b, c] = result.options;
    expect([333, 334]).toContain(a.probability * 1000);
    expect(a.probability + b.probability + c.probability).toBe(1);
    expect(c.probability).toBe(0);
    // Unreplicated, the bootstrap resamples input sets only; its interval is at least Wilson's.
    expect(a.low).toBeLessThanOrEqual(wilsonInterval(a.probability * 1000, 1000).low);
    expect(a.high).toBeGreaterThanOrEqual(wilsonInterval(a.probability * 1000, 1000).high);
    expect(a.high - a.low).toBeLessThan(0.07);
    expect([result.undecided, result.tied.probability, result.noDifference]).toEqual([0, 0, null]);
    expect(c.high).toBeCloseTo(0.0038, 4); // Wilson upper bound of 0 in 1,000: every resample gives 0
  });

  it('"higher is better" turns the ranking around', () => {
    const result = probabilityBest(options, { better: 'higher' });
    expect(result.options.map((o) => o.name)).toEqual(['A', 'B', 'C']);
    // highest: C for u < 0.625 (2.5 − u > 3u), A above
    expect(Math.abs(result.options[2].probability - 0.625)).toBeLessThanOrEqual(0.001);
    expect(result.options[1].probability).toBe(0);
  });

  it('a tie for best counts as a tie, not as shares of the tied options', () => {
    const result = probabilityBest(
      [
        { name: 'A', outputs: [1, 1, 2] },
        { name: 'B', outputs: [1, 2, 1] },
      ],
      { better: 'lower' },
    );
    expect(result.options.map((o) => o.probability)).toEqual([1 / 3, 1 / 3]);
    expect(result.tied.probability).toBe(1 / 3);
    expect(result.undecided).toBe(1 / 3);
    expect(result.noDifference).toBeNull();
  });

  it('options that never differ are "no difference", with the share of outcomes that are 0', () => {
    const never = probabilityBest(
      [
        { name: 'A', outputs: { values: [0, 0, 0, 0, 0, 3], replications: 2 } },
        { name: 'B', outputs: { values: [0, 0, 0, 0, 3, 0], replications: 2 } },
      ],
      { better: 'lower' },
    );
    expect(never.noDifference).toEqual({ zeroShare: 10 / 12 });
    expect([never.tied.probability, ...never.options.map((o) => o.probability)]).toEqual([1, 0, 0]);
  });

  it('with replications, an option within Monte Carlo noise of the best makes a close call', () => {
    // Set 0: A − B = −1 in every replication: decided. Set 1: mean −0.25 with paired differences −2, 2, −2, 1
    // (se 1.03, t(0.975, 3) = 3.18): within noise. Common random numbers make set 0's difference exact.
    const a = { name: 'A', outputs: { values: [10, 11, 12, 13, 8, 12, 8, 11], replications: 4 } };
    const b = { name: 'B', outputs: { values: [11, 12, 13, 14, 10, 10, 10, 10], replications: 4 } };
    const result = probabilityBest([a, b], { better: 'lower' });
    expect(result.replications).toBe(4);
    expect(result.options.map((o) => o.probability)).toEqual([1, 0]);
    expect(result.undecided).toBe(0.5);
    // Reweighting set 1's replications makes B best there in some resamples: A's interval reaches below 1.
    expect(result.options[0].low).toBeLessThan(1);
  });

  it('is the same for the same seed and stream, and records them', () => {
    const replicated = [
      { name: 'A', outputs: { values: [10, 11, 12, 13, 8, 12, 8, 11], replications: 4 } },
      { name: 'B', outputs: { values: [11, 12, 13, 14, 10, 10, 10, 10], replications: 4 } },
    ];
    const once = probabilityBest(replicated, { better: 'lower', seed: 3, stream: 'analysis.best.cost' });
    expect(probabilityBest(replicated, { better: 'lower', seed: 3, stream: 'analysis.best.cost' })).toEqual(once);
    expect(once.bootstrap).toEqual({ resamples: 1000, level: 0.95, seed: 3, stream: 'analysis.best.cost' });
  });

  it('rejects one option, duplicate names and options of different shapes', () => {
    expect(() => probabilityBest([options[0]], { better: 'lower' })).toThrow('a decision needs at least two options, got 1');
    expect(() => probabilityBest([options[0], options[0]], { better: 'lower' })).toThrow('option names must be unique, got A, A');
    expect(() => probabilityBest([options[0], { name: 'D', outputs: [1, 2] }], { better: 'lower' })).toThrow(
      'every option needs 1000 input sets × 1 replications; D has 2 × 1',
    );
  });
});
