import type { BenchSuite } from '../../../scripts/bench-types.ts';
import { normal, RandomStreams, saltelliDesign, sobolIndices } from '../src/index.ts';

// sensitivity.indices: the bootstrap of sobolIndices at the size of a screened study — 60 coordinates,
// 512 base rows (31,744 input sets), 4 replications per set (noise-corrected U-statistics, product-weight
// bootstrap) — in resamples per second. Baseline: one weighted pass over the same 127k outputs per resample
// (what any bootstrap that reads every output must at least do), so the ratio is the fraction of that
// floor the estimator reaches.
const BASE = 512;
const K = 60;
const R = 4;
const RESAMPLES = 100;

const design = saltelliDesign(BASE, K, { seed: 'bench' });
const stream = new RandomStreams('bench').get('outputs');
const noise = normal(0, 1);
const values = new Float64Array(design.rows.length * R);
design.rows.forEach((u, row) => {
  let level = 0;
  for (let i = 0; i < K; i++) level += u[i] * (i < 5 ? 10 : 1);
  for (let c = 0; c < R; c++) values[row * R + c] = level + noise.sample(stream);
});

function indicesRate(): number {
  const start = performance.now();
  sobolIndices(design, { values, replications: R }, { resamples: RESAMPLES });
  return RESAMPLES / ((performance.now() - start) / 1000);
}

function passRate(): { rate: number; checksum: number } {
  const weights = new Float64Array(BASE);
  const draws = new RandomStreams('bench').get('weights');
  const rowsPerBase = (K + 2) * R;
  let checksum = 0;
  const start = performance.now();
  for (let b = 0; b < RESAMPLES; b++) {
    for (let j = 0; j < BASE; j++) weights[j] = Math.floor(draws.random() * 3);
    let sum = 0;
    for (let j = 0; j < BASE; j++) {
      const w = weights[j];
      for (let v = j * rowsPerBase; v < (j + 1) * rowsPerBase; v++) sum += w * values[v];
    }
    checksum += sum;
  }
  return { rate: RESAMPLES / ((performance.now() - start) / 1000), checksum };
}

export const suite: BenchSuite = {
  name: 'sensitivity',
  figures: [
    {
      name: 'sensitivity.indices',
      unit: 'resamples/s',
      runs: 3,
      measure() {
        const value = indicesRate();
        const baseline = passRate().rate;
        return {
          value,
          baseline,
          notes: `sobolIndices, ${K} coordinates × ${BASE} base rows × ${R} replications; 1,000 resamples take ${(1000 / value).toFixed(1)} s; baseline one weighted pass over the outputs`,
        };
      },
    },
  ],
};
