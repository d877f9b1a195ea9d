import { describe, expect, it } from 'vitest';
import { editTown, machi } from './test-support.ts';

// The fixture town (two options) with one uncertain number.
const files = {
  'town.yaml': editTown(
    'generatorFailureProbability: 0.1\n',
    'generatorFailureProbability: { value: 0.1, source: "assumption: test", range: { low: 0.02, high: 0.4, meaning: "min-max", shape: "triangular", ' +
      'source: "assumption: test" } }\n',
  ),
};

describe('a study too large for memory as a whole', () => {
  // Each option is within its own limit (STUDY_SIZE_LIMITS), but together: 16,385 input sets × 64 replications × 2 options
  // × (8 study metrics + 5 exceedance metrics × 100 years) doubles, and half as much again ≈ 12.8 GB, past the 4 GiB that is the most any machine allows.
  const huge = ['town.yaml', '--input-sets', '16384', '--replications', '64', '--years', '100', '--out', 'out'];

  it('is refused before any input set runs, naming the options that make it smaller (en)', async () => {
    const run = await machi(['uncertainty', ...huge, '--lang', 'en'], files);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^machi: 16,385 input sets × 64 replications × 2 options × 100 years, with 1 ranged numbers, need about 12\.8 GB of memory; at most [\d.]+ GB here \(4 GiB, and no more than a quarter of this machine's memory\)\. Make the study smaller with --input-sets, --replications, --years, --variants\n$/,
    );
    expect(run.written).toEqual({});
  });

  it('is refused in Japanese too, and so is a sensitivity study, with its own options', async () => {
    const run = await machi(['uncertainty', ...huge], files);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^machi: 前提の組 16,385 通り × 試行 64 回 × 比較案 2 × 100 年（範囲をもつ数値 1 個）では、約 12\.8 GB のメモリが必要です。.*--input-sets、--replications、--years、--variants で検討を小さくしてください\n$/);
    // 256 trajectories × 2 + 1,024 × 3 Saltelli rows + 3 tornado sets = 3,587 sets × 64 replications × 2 options × (8 + 5 × 1,000 years).
    const sensitivity = await machi(['sensitivity', 'town.yaml', '--trajectories', '256', '--base-count', '1024', '--replications', '64', '--years', '1000', '--out', 'out', '--lang', 'en'], files);
    expect(sensitivity.code).toBe(2);
    expect(sensitivity.stderr).toMatch(/^machi: 3,587 input sets × 64 replications .* Make the study smaller with --trajectories, --base-count, --leading, --replications, --years, --variants\n$/);
    expect(sensitivity.written).toEqual({});
  });
});
