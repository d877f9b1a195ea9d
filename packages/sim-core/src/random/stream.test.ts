import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { regularizedGammaQ } from './special.ts';
import { RandomStream } from './stream.ts';

// Quality checks of the generator's 53-bit doubles (Tyche-i through RandomStream.random). Each check
// states what theory predicts for independent uniforms; α = 0.001 per check (a fixed seed, so a
// verdict is reproducible). The binary-rank check is the one that rejects xor128 (see stream.ts).

const N = 1_000_000;

function doubles(next: () => number, n: number): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = next();
  return xs;
}

/** Chi-square p-value of observed counts against equal expected counts. */
function equalCellsPValue(counts: ArrayLike<number>, total: number): number {
  const expected = total / counts.length;
  let chi2 = 0;
  for (let i = 0; i < counts.length; i++) chi2 += (counts[i] - expected) ** 2 / expected;
  return regularizedGammaQ((counts.length - 1) / 2, chi2 / 2);
}

/**
 * Marsaglia's binary-rank test on 160×160 GF(2) matrices whose rows are the top 32 bits of 5
 * consecutive doubles. A generator whose output bits are linear functions of a state of k < 160
 * bits gives rank ≤ k every time. Returns the chi-square p-value of the rank counts in the classes
 * 160, 159, 158, ≤ 157 against the exact probabilities for a random matrix.
 */
function binaryRankPValue(next: () => number, matrices: number): { pValue: number; minRank: number } {
  const size = 160;
  const words = size / 32;
  const counts = [0, 0, 0, 0];
  let minRank = size;
  const rows = new Uint32Array(size * words);
  for (let m = 0; m < matrices; m++) {
    for (let i = 0; i < rows.length; i++) rows[i] = Math.floor(next() * 4294967296);
    let rank = 0;
    for (let column = 0; column < size && rank < size; column++) {
      const word = column >>> 5;
      const bit = 1 << (31 - (column & 31));
      let pivot = rank;
      while (pivot < size && (rows[pivot * words + word] & bit) === 0) pivot++;
      if (pivot === size) continue;
      for (let w = 0; w < words; w++) {
        const t = rows[pivot * words + w];
        rows[pivot * words + w] = rows[rank * words + w];
        rows[rank * words + w] = t;
      }
      for (let r = rank + 1; r < size; r++) {
        if ((rows[r * words + word] & bit) !== 0) for (let w = 0; w < words; w++) rows[r * words + w] ^= rows[rank * words + w];
      }
      rank++;
    }
    minRank = Math.min(minRank, rank);
    counts[Math.min(size - rank, 3)]++;
  }
  // P(rank = n − k) for a random n×n matrix over GF(2): 2^(−k²) ∏_{i>k}(1 − 2^−i)² / ∏_{i≥1}(1 − 2^−i).
  const product = (from: number) => {
    let p = 1;
    for (let i = from; i < 200; i++) p *= 1 - 2 ** -i;
    return p;
  };
  const probabilities = [0, 1, 2].map((k) => (2 ** -(k * k) * product(k + 1) ** 2) / product(1));
  probabilities.push(1 - probabilities[0] - probabilities[1] - probabilities[2]);
  let chi2 = 0;
  for (let c = 0; c < 4; c++) chi2 += (counts[c] - matrices * probabilities[c]) ** 2 / (matrices * probabilities[c]);
  return { pValue: regularizedGammaQ(3 / 2, chi2 / 2), minRank };
}

describe('RandomStream', () => {
  const stream = (name = 'quality') => new RandomStream(name, 'seed for the generator quality checks');

  it('random() returns multiples of 2^-53 in [0, 1) and randomOpen() odd multiples of 2^-53 in (0, 1)', () => {
    const s = stream();
    let bad = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = s.random();
      if (!(u >= 0 && u < 1 && Number.isInteger(u * 2 ** 53))) bad++;
      const v = s.randomOpen();
      if (!(v > 0 && v < 1 && (v * 2 ** 53) % 2 === 1)) bad++;
    }
    expect(bad).toBe(0);
  });

  it('random() is uniform: chi-square on 1,000 equal cells of 10^6 draws (α = 0.001)', () => {
    const counts = new Float64Array(1000);
    const s = stream();
    for (let i = 0; i < N; i++) counts[Math.floor(s.random() * 1000)]++;
    expect(equalCellsPValue(counts, N)).toBeGreaterThan(0.001);
  });

  it('random() carries 53 random bits: the lowest 8 bits are uniform on 256 cells over 10^6 draws (α = 0.001)', () => {
    const counts = new Float64Array(256);
    const s = stream();
    for (let i = 0; i < N; i++) counts[(s.random() * 2 ** 53) % 256]++;
    expect(equalCellsPValue(counts, N)).toBeGreaterThan(0.001);
  });

  it('random() has no serial correlation at lags 1–10: √n·r within ±4 on 10^6 draws', () => {
    // For independent uniforms √n·r_lag is ≈ N(0, 1); ±4 bounds 10 checks at ≈ 6e-4 family-wise.
    const s = stream();
    const xs = doubles(() => s.random(), N);
    for (let lag = 1; lag <= 10; lag++) {
      let sum = 0;
      for (let i = 0; i + lag < N; i++) sum += (xs[i] - 0.5) * (xs[i + lag] - 0.5);
      const r = sum / (N - lag) / (1 / 12);
      expect(Math.abs(Math.sqrt(N - lag) * r), `lag ${lag}`).toBeLessThan(4);
    }
  });

  it('random() pairs are uniform on the unit square: chi-square on 32×32 cells of 5·10^5 pairs (α = 0.001)', () => {
    const s = stream();
    const counts = new Float64Array(1024);
    const pairs = N / 2;
    for (let i = 0; i < pairs; i++) counts[Math.floor(s.random() * 32) * 32 + Math.floor(s.random() * 32)]++;
    expect(equalCellsPValue(counts, pairs)).toBeGreaterThan(0.001);
  });

  it('random() passes the binary-rank test on 2,000 160×160 matrices (α = 0.001)', () => {
    const s = stream();
    expect(binaryRankPValue(() => s.random(), 2000).pValue).toBeGreaterThan(0.001);
  });

  it('the binary-rank test rejects xor128, whose bits are linear in a 128-bit state (why it was not chosen)', () => {
    const next = seedrandom.xor128('seed for the generator quality checks').int32;
    const xorDouble = () => ((next() >>> 5) * 67108864 + (next() >>> 6)) * 2 ** -53;
    const { pValue, minRank } = binaryRankPValue(xorDouble, 50);
    expect(minRank).toBeLessThanOrEqual(128);
    expect(pValue).toBeLessThan(1e-6);
  });

  it('toString() names the stream', () => {
    expect(String(stream('hazard.earthquake'))).toBe('RandomStream(hazard.earthquake)');
  });
});
