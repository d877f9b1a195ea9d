import { describe, expect, it } from 'vitest';
import { normal, RandomStreams } from '../random/index.ts';
import { clusteredMean } from './clustered-mean.ts';

describe('clusteredMean', () => {
  it('takes its standard error from the replication means, not from the pooled years', () => {
    // Replication means 2, 2, 5: mean 3, sd √((1 + 1 + 4)/2) = √3, SE √3/√3 = 1, t(0.975, 2) = 4.302653.
    // Pooled as six independent years the SE would be √(16/5)/√6 = 0.730.
    const m = clusteredMean(new Float64Array([1, 3, 2, 2, 6, 4]), { groupSize: 2 });
    expect(m.count).toBe(6);
    expect(m.groups).toBe(3);
    expect(m.mean).toBe(3);
    expect(m.standardError).toBeCloseTo(1, 15);
    expect(m.halfWidth).toBeCloseTo(4.302653, 6);
    expect(m.ciLow).toBeCloseTo(3 - 4.302653, 6);
    expect(m.ciHigh).toBeCloseTo(3 + 4.302653, 6);
  });

  it('skips NaN rows and weighs every replication with a value equally', () => {
    // Replication means 1 (one year left), 6, and none: mean (1 + 6)/2, two groups, three years.
    const m = clusteredMean([1, NaN, NaN, NaN, 4, 8], { groupSize: 2 });
    expect(m).toMatchObject({ count: 3, groups: 2, mean: 3.5 });
  });

  it('is unknown (NaN) with fewer than two replications', () => {
    const m = clusteredMean([1, 2, 3], { groupSize: 3 });
    expect(m.mean).toBe(2);
    expect(m.standardError).toBeNaN();
    expect(m.ciLow).toBeNaN();
    expect(m.halfWidth).toBeNaN();
  });

  it('gives a Float32Array the same result as a Float64Array holding the same values', () => {
    const f32 = Float32Array.from({ length: 600 }, (_, i) => (i * 37) % 101);
    expect(clusteredMean(f32, { groupSize: 20, blockSize: 4 })).toEqual(
      clusteredMean(Float64Array.from(f32), { groupSize: 20, blockSize: 4 }),
    );
  });

  it('covers the true mean at about the nominal rate when years inside a replication are correlated', () => {
    // Year value = replication effect u ~ N(0, 1) + year noise e ~ N(0, 1), 30 replications × 10 years:
    // Var(replication mean) = 1 + 1/10, so the pooled-years SE would be √(2/300)/√(1.1/30) = 0.43 of the
    // true one and cover ≈ 60%. 400 experiments: coverage of a 95% interval has sd √(0.95·0.05/400) =
    // 0.011, so [0.915, 0.985] is ±3 sd.
    const unit = normal(0, 1);
    let covered = 0;
    for (let experiment = 0; experiment < 400; experiment++) {
      const stream = new RandomStreams(2024, experiment).get('values');
      const values = new Float64Array(300);
      for (let r = 0; r < 30; r++) {
        const effect = unit.sample(stream);
        for (let y = 0; y < 10; y++) values[r * 10 + y] = effect + unit.sample(stream);
      }
      const m = clusteredMean(values, { groupSize: 10 });
      if (m.ciLow <= 0 && 0 <= m.ciHigh) covered += 1;
    }
    expect(covered / 400).toBeGreaterThanOrEqual(0.915);
    expect(covered / 400).toBeLessThanOrEqual(0.985);
  });

  it('rejects a group size that does not divide the column', () => {
    expect(() => clusteredMean([1, 2, 3], { groupSize: 2 })).toThrow(
      'values.length (=3) must be a multiple of groupSize (=2)',
    );
  });
});
