import { describe, expect, it } from 'vitest';
import { normal } from '../random/distributions/normal.ts';
import { sha256 } from '../random/sha256.ts';
import { RandomStreams } from '../random/streams.ts';
import { saltelliDesign } from './saltelli-design.ts';
import { sobolIndices, type SobolIndices } from './sobol-indices.ts';
import { ishigami, ishigamiIndices } from './test-support.ts';

// Analytic Ishigami indices for a = 7, b = 0.1 (see test-functions.ts): S1 = 0.3139, 0.4424, 0;
// ST = 0.5576, 0.4424, 0.2437.
const truth = ishigamiIndices();

/** Which of the six analytic indices fall outside their intervals (empty when all are covered). */
function misses(result: SobolIndices): string[] {
  return result.indices.flatMap((index, i) => [
    ...(index.first!.low <= truth.first[i] && truth.first[i] <= index.first!.high ? [] : [`S1 ${index.name}`]),
    ...(index.total!.low <= truth.total[i] && truth.total[i] <= index.total!.high ? [] : [`ST ${index.name}`]),
  ]);
}

/** Ishigami outputs with `replications` noisy replications per row: shared (common random numbers) and own noise. */
function noisyIshigami(rows: number[][], replications: number, seed: number, sharedScale: number, ownScale: number): number[] {
  const n01 = normal(0, 1);
  const shared = Array.from({ length: replications }, (_, k) => n01.sample(new RandomStreams(seed, k).get('shared')));
  const own = new RandomStreams(seed).get('own');
  return rows.flatMap((u) =>
    Array.from({ length: replications }, (_, k) => ishigami(u) + sharedScale * shared[k] * (1 + 2 * u[2]) + ownScale * n01.sample(own)),
  );
}

describe('sobolIndices', () => {
  it('computes the estimators as SALib\'s first_order and total_order do, on a case worked by hand', () => {
    // N = 2, k = 1; rows A_1, AB_1, B_1, A_2, AB_2, B_2. Centred on the A/B mean 2: a = (−1, 1), b = (2, −2),
    // ab = (0, 1). V = var(1, 3, 4, 0) = 2.5; V_1 = mean(b·(ab − a)) = (2·1 − 2·0)/2 = 1;
    // V_T1 = mean((a − ab)²)/2 = (1 + 0)/4 = 0.25. So S_1 = 0.4, S_T1 = 0.1.
    const result = sobolIndices({ baseCount: 2, dimensions: 1 }, [1, 2, 4, 3, 3, 0], { resamples: 10 });
    expect(result.variance).toBe(2.5);
    expect(result.mean).toBe(2);
    expect(result.indices[0].first!.estimate).toBeCloseTo(0.4, 15);
    expect(result.indices[0].total!.estimate).toBeCloseTo(0.1, 15);
  });

  it('holds the Ishigami function\'s analytic first-order and total indices within its 95% bootstrap intervals', () => {
    // Ishigami & Homma (1990); 1,024 base rows (5,120 runs), 1,000 resamples.
    const design = saltelliDesign(1024, 3, { seed: 1 });
    const result = sobolIndices(design, design.rows.map((u) => ishigami(u)), { seed: 1 });
    expect(misses(result)).toEqual([]);
    expect(result.indices.map((i) => [i.first!.estimate, i.total!.estimate].map((x) => Math.round(x * 100) / 100))).toEqual([
      [0.31, 0.56],
      [0.44, 0.44],
      [-0, 0.24],
    ]);
    // the bootstrap treats the scrambled Sobol rows as independent draws, which they beat: intervals are wide
    for (const index of result.indices) expect(index.total!.high - index.total!.low).toBeLessThan(0.2);
  });

  it('corrects Monte Carlo noise with as few as 2 replications per input set: unbiased where the plain estimators are not', () => {
    // Independent noise of variance σ² = 9 per replication, 2 replications: each per-set mean has noise σ²/2 = 4.5
    // (a third of V ≈ 13.8). Ignoring it inflates V and every V_Ti by σ²/r: ST3 would read
    // (V_T3 + 4.5)/(V + 4.5) ≈ 0.43 instead of 0.24; the corrected estimates hold the analytic values.
    const design = saltelliDesign(1024, 3, { seed: 3 });
    const values = noisyIshigami(design.rows, 2, 3, 0, 3);
    const result = sobolIndices(design, { values, replications: 2 }, { seed: 3 });
    expect(misses(result)).toEqual([]);
    const v = truth.variance; // 13.84
    const expected = (truth.total[2] * v + 4.5) / (v + 4.5);
    expect(Math.abs(result.indices[2].uncorrected!.total! - expected)).toBeLessThan(0.05);
    expect(result.noise!.replications).toBe(2);
    expect(Math.abs(result.noise!.replicationVariance - 9)).toBeLessThan(0.5);
    expect(result.noise!.noiseShare).toBeCloseTo(4.5 / (v + 4.5), 1);
    expect(result.noise!.intervalsCoverSharedNoise).toBe(false);
  });

  it('with common random numbers across input sets and 4 replications, the intervals hold the analytic indices', () => {
    // Shared noise 3·z_k·(1 + 2·u3) moves every input set of replication k together and more where u3 is
    // large: per replication it is a random extra effect of x3. The U-statistics remove its bias; weighting
    // the replications in the bootstrap widens the intervals to carry it.
    const design = saltelliDesign(1024, 3, { seed: 4 });
    const values = noisyIshigami(design.rows, 4, 4, 3, 3);
    const result = sobolIndices(design, { values, replications: 4 }, { seed: 4 });
    expect(misses(result)).toEqual([]);
    expect(result.noise!.intervalsCoverSharedNoise).toBe(true);
  });

  it('noise-free replications give the plain estimates', () => {
    const design = saltelliDesign(64, 3, { seed: 5 });
    const outputs = design.rows.map((u) => ishigami(u));
    const plain = sobolIndices(design, outputs, { resamples: 50 });
    const replicated = sobolIndices(design, { values: outputs.flatMap((y) => [y, y, y]), replications: 3 }, { resamples: 50 });
    replicated.indices.forEach((index, i) => {
      expect(index.first!.estimate).toBeCloseTo(plain.indices[i].first!.estimate, 12);
      expect(index.total!.estimate).toBeCloseTo(plain.indices[i].total!.estimate, 12);
    });
    expect(replicated.noise!.noiseShare).toBeCloseTo(0, 25); // (3y)/3 need not be y to the last bit
  });

  it('a constant output has no indices (null), not NaN', () => {
    const result = sobolIndices({ baseCount: 4, dimensions: 2 }, new Array(16).fill(7), { resamples: 20 });
    expect(result.variance).toBe(0);
    expect(result.indices.map((i) => [i.first, i.total])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('is plain data that survives JSON, and the same bytes for a seed', () => {
    const design = saltelliDesign(64, 3, { seed: 6 });
    const outputs = design.rows.map((u) => ishigami(u));
    const result = sobolIndices(design, outputs, { seed: 6, resamples: 200, names: ['x1', 'x2', 'x3'] });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(sobolIndices(design, outputs, { seed: 6, resamples: 200, names: ['x1', 'x2', 'x3'] })).toEqual(result);
    expect(sha256(JSON.stringify(result))).toBe('1ae530cc4f75ed636b71368ef08fb0b1dec473731fc965d0bf8af95125c75ac3');
  });

  it('rejects outputs of the wrong length, non-finite outputs and a wrong number of names', () => {
    const design = { baseCount: 2, dimensions: 1 };
    expect(() => sobolIndices(design, [1, 2, 3])).toThrow('outputs must hold 6 rows = 6 values, got 3');
    expect(() => sobolIndices(design, { values: [1, 2, 3, 4, 5, 6], replications: 2 })).toThrow(
      'outputs must hold 6 rows × 2 replications = 12 values, got 6',
    );
    expect(() => sobolIndices(design, [1, 2, NaN, 4, 5, 6])).toThrow('outputs must be finite numbers, got NaN in row 2');
    expect(() => sobolIndices(design, [1, 2, 3, 4, 5, 6], { names: ['a', 'b'] })).toThrow('names must hold 1 names, got 2');
  });
});
