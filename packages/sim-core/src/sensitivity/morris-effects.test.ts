import { describe, expect, it } from 'vitest';
import { normal } from '../random/distributions/normal.ts';
import { RandomStreams } from '../random/streams.ts';
import { morrisDesign } from './morris-design.ts';
import { morrisEffects } from './morris-effects.ts';
import { G_COEFFICIENTS, sobolG } from './test-support.ts';

describe('morrisEffects', () => {
  // The G-function at levels 1/8, 3/8, 5/8, 7/8: |4u − 2| is 1.5, 0.5, 0.5, 1.5, and a step of 1/2 always
  // swaps 1.5 and 0.5, so |Δg_i| = 1/(1 + a_i) and |EE_i| = 2/(1 + a_i)·Π_{j≠i} g_j. Each other factor has mean
  // 1 over the levels and the levels are independent across coordinates, so μ*_i = 2/(1 + a_i) exactly in
  // expectation: 2, 1, 0.364, 0.2 and 0.02 for a = 0, 1, 4.5, 9, 99.
  const design = morrisDesign(40, 8, { seed: 1 });
  const result = morrisEffects(design, design.rows.map((u) => sobolG(u)), { seed: 1 });
  const expected = G_COEFFICIENTS.map((a) => 2 / (1 + a));

  it('estimates μ* = 2/(1 + a_i) of the Sobol G-function within 3 bootstrap standard errors', () => {
    // 3 standard errors: 99.7% each, so about 98% that all 8 hold for a given seed.
    result.effects.forEach((effect, i) => {
      expect(Math.abs(effect.muStar.estimate - expected[i]), effect.name).toBeLessThan(3 * effect.muStar.standardError);
    });
  });

  it('ranks the G-function\'s inputs as its coefficients do: x1 > x2 > x3 > x4 ≫ x5 … x8, intervals apart', () => {
    const intervals = result.effects.map((e) => [e.muStar.low, e.muStar.high]);
    for (let i = 0; i < 3; i++) expect(intervals[i][0], `x${i + 1} above x${i + 2}`).toBeGreaterThan(intervals[i + 1][1]);
    const unimportant = Math.max(...intervals.slice(4).map(([, high]) => high));
    expect(intervals[3][0]).toBeGreaterThan(5 * unimportant);
  });

  it('reports μ (signed) and σ: the G-function\'s effects change sign, so μ ≪ μ*', () => {
    for (const effect of result.effects) {
      expect(Math.abs(effect.mu)).toBeLessThan(effect.muStar.estimate);
      expect(effect.sigma).toBeGreaterThan(0);
    }
  });

  it('with replicated outputs, the noise floor is the μ* pure noise gives: an input without effect sits at it', () => {
    // Output = G + noise of sd 0.3 per replication, 4 replications, noise independent between rows: a paired
    // difference of means has sd 0.3·√(2/4) = 0.212, E|N(0, 0.212²)| = 0.169, over Δ = 1/2: floor ≈ 0.339.
    // Each step's se comes from 3 degrees of freedom (sd of ŝ/σ after the c4 correction ≈ 0.42); the mean over
    // 40 trajectories has sd ≈ 0.067 relative, so ±20% is 3 sd.
    const n01 = normal(0, 1);
    const stream = new RandomStreams(2).get('noise');
    const values = design.rows.flatMap((u) => Array.from({ length: 4 }, () => sobolG(u, [0, 1, 4.5, 9, 99, 99, 99, 1e12]) + 0.3 * n01.sample(stream)));
    const noisy = morrisEffects(design, { values, replications: 4 }, { seed: 2 });
    const floor = noisy.effects[7].noiseFloor!;
    expect(Math.abs(floor - 0.339) / 0.339).toBeLessThan(0.2);
    expect(noisy.effects[7].muStar.low).toBeLessThan(floor * 1.1);
    expect(noisy.effects[0].muStar.low).toBeGreaterThan(3 * floor);
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.effects[0].noiseFloor).toBeNull();
  });

  it('rejects outputs that do not match the design', () => {
    expect(() => morrisEffects(design, [1, 2, 3])).toThrow('outputs must hold 360 rows = 360 values, got 3');
  });
});
