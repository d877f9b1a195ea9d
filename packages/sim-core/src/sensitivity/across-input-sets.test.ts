import { describe, expect, it } from 'vitest';
import { normal } from '../random/distributions/normal.ts';
import { RandomStreams } from '../random/streams.ts';
import { acrossInputSets } from './across-input-sets.ts';
import { latinHypercube } from './latin-hypercube.ts';

const n01 = normal(0, 1);
// The noise-free metric is u on 2,000 Latin-hypercube input sets: mean 1/2, sd √(1/12) = 0.2887, 5% and
// 95% points 0.05 and 0.95 (to within a cell of 1/2000).
const u = latinHypercube(2000, 1, { seed: 1 }).map(([x]) => x);

describe('acrossInputSets', () => {
  it('without replications: the mean, spread and quantiles of the values across input sets', () => {
    const result = acrossInputSets(u, { resamples: 200 });
    expect(result.mean.estimate).toBeCloseTo(0.5, 3);
    expect(result.spread).toBeCloseTo(Math.sqrt(1 / 12), 3);
    expect(result.quantiles.map((q) => Number(q.value.estimate.toFixed(2)))).toEqual([0.05, 0.5, 0.95]);
    expect([result.spreadWithoutNoise, result.noiseShare]).toEqual([null, null]);
    // the bootstrap treats the sets as independent draws: sd of a mean of 2,000 uniforms, 0.2887/√2000 = 0.0065
    expect(result.mean.standardError).toBeCloseTo(0.0065, 3);
  });

  it('with noisy replications: the spread without noise is the metric\'s own, and noiseShare says how much is noise', () => {
    // Independent noise of sd 0.3 per replication, 4 replications: noise variance of a set's mean 0.0225, so the
    // per-set means spread with variance 1/12 + 0.0225 and noiseShare ≈ 0.0225/0.1058 = 0.21.
    // sd of the noise-free estimate from 2,000 sets is ≈ 0.005; ±0.015 is 3 sd.
    const stream = new RandomStreams(2).get('noise');
    const values = u.flatMap((x) => Array.from({ length: 4 }, () => x + 0.3 * n01.sample(stream)));
    const result = acrossInputSets({ values, replications: 4 }, { resamples: 200 });
    expect(Math.abs(result.spreadWithoutNoise! - Math.sqrt(1 / 12))).toBeLessThan(0.015);
    expect(Math.abs(result.noiseShare! - 0.0225 / (1 / 12 + 0.0225))).toBeLessThan(0.03);
    expect(result.quantiles[0].value.estimate).toBeLessThan(0.05); // noise widens the quantiles
  });

  it('noise shared by every input set of a replication (common random numbers) widens the mean\'s interval to cover it', () => {
    // Replication k shifts every set by 0.3·z_k: the grand mean is off by 0.3·mean(z) (sd 0.15 with 4
    // replications), which resampling input sets alone cannot see; reweighting replications does.
    const shifts = Array.from({ length: 4 }, (_, k) => 0.3 * n01.sample(new RandomStreams(3, k).get('shared')));
    const values = u.flatMap((x) => shifts.map((s) => x + s));
    const result = acrossInputSets({ values, replications: 4 }, { resamples: 400 });
    expect(result.mean.low).toBeLessThan(0.5);
    expect(result.mean.high).toBeGreaterThan(0.5);
    expect(result.mean.standardError).toBeGreaterThan(0.05);
    expect(result.spreadWithoutNoise).toBeCloseTo(result.spread, 3); // a shift moves no set relative to another
  });

  it('is plain data that survives JSON, fixed for a seed', () => {
    const result = acrossInputSets({ values: u.slice(0, 300), replications: 3 }, { seed: 7, resamples: 50 });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(acrossInputSets({ values: u.slice(0, 300), replications: 3 }, { seed: 7, resamples: 50 })).toEqual(result);
  });

  it('rejects probabilities outside [0, 1] and empty or ragged outputs', () => {
    expect(() => acrossInputSets(u, { probabilities: [1.5] })).toThrow('quantile probability must be in [0, 1], got 1.5');
    expect(() => acrossInputSets([])).toThrow('input sets must be a positive integer, got 0');
    expect(() => acrossInputSets({ values: [1, 2, 3], replications: 2 })).toThrow('outputs hold 3 values, not a whole number of rows of 2 replications');
  });
});
