import { describe, expect, it } from 'vitest';
import { sha256 } from '../random/sha256.ts';
import { JOE_KUO_DIRECTIONS } from './joe-kuo-directions.ts';
import { directionIntegers, SOBOL_MAX_DIMENSIONS, sobolIntegers, sobolPoints } from './sobol-sequence.ts';

const TWO_POW_32 = 4294967296;

describe('Joe & Kuo direction numbers', () => {
  it('the table holds lines d = 2 … 1,024 of new-joe-kuo-6.21201 as published', () => {
    const lines = JOE_KUO_DIRECTIONS.trim().split('\n');
    expect(lines).toHaveLength(SOBOL_MAX_DIMENSIONS - 1);
    // The file's first ten lines ("d s a m_i"), as published by Joe & Kuo (web.maths.unsw.edu.au/~fkuo/sobol/).
    expect(lines.slice(0, 10)).toEqual([
      '2 1 0 1',
      '3 2 1 1 3',
      '4 3 1 1 3 1',
      '5 3 2 1 1 1',
      '6 4 1 1 1 3 3',
      '7 4 4 1 3 5 13',
      '8 5 2 1 1 5 5 17',
      '9 5 4 1 1 5 5 5',
      '10 5 7 1 1 7 11 19',
      '11 5 11 1 1 5 1 1',
    ]);
    // Lines 100, 500 and 1,024 as SciPy 1.17's transcription of the same file (stats/_sobol_direction_numbers.npz,
    // primitive polynomial and m_i) gives them.
    expect(lines[100 - 2]).toBe('100 9 244 1 1 5 5 11 5 45 117 217');
    expect(lines[500 - 2]).toBe('500 13 138 1 3 3 1 9 21 75 219 59 485 1739 3845 1109');
    expect(lines[1024 - 2]).toBe('1024 13 3538 1 1 5 11 11 33 37 29 263 1019 657 1453 7807');
  });

  it('every line is well formed: d in sequence, s numbers m_i, each odd and below 2^i, a below 2^(s−1)', () => {
    JOE_KUO_DIRECTIONS.trim()
      .split('\n')
      .forEach((line, index) => {
        const [d, s, a, ...m] = line.split(' ').map(Number);
        expect(d).toBe(index + 2);
        expect(m).toHaveLength(s);
        expect(a).toBeLessThan(2 ** Math.max(0, s - 1) || 1);
        m.forEach((mi, i) => {
          expect(mi % 2).toBe(1);
          expect(mi).toBeLessThan(2 ** (i + 1));
        });
      });
  });

  it('directionIntegers(d) equal the generator matrices SciPy 1.17 builds from the same numbers (qmc.Sobol(bits=32)._sv)', () => {
    // Columns v_1 … v_32 (hex) for Joe & Kuo's dimensions 2, 3, 10, 100, 256, 512, 1000 and 1024: each bit of
    // every column is exercised, so this checks the recurrence beyond the initial m_i too.
    const scipy: Record<number, string> = {
      2: '80000000 c0000000 a0000000 f0000000 88000000 cc000000 aa000000 ff000000 80800000 c0c00000 a0a00000 f0f00000 88880000 cccc0000 aaaa0000 ffff0000 80008000 c000c000 a000a000 f000f000 88008800 cc00cc00 aa00aa00 ff00ff00 80808080 c0c0c0c0 a0a0a0a0 f0f0f0f0 88888888 cccccccc aaaaaaaa ffffffff',
      3: '80000000 c0000000 60000000 90000000 e8000000 5c000000 8e000000 c5000000 68800000 9cc00000 ee600000 55900000 80680000 c09c0000 60ee0000 90550000 e8808000 5cc0c000 8e606000 c5909000 6868e800 9c9c5c00 eeee8e00 5555c500 8000e880 c0005cc0 60008e60 9000c590 e8006868 5c009c9c 8e00eeee c5005555',
      10: '80000000 40000000 e0000000 b0000000 98000000 94000000 8a000000 5b000000 33800000 d9c00000 72200000 3f100000 c1b80000 a6ec0000 53860000 29f50000 0a3a8000 1b2ac000 d392e000 69ff7000 ea380800 ab2c0400 4ba60e00 fde50b00 60028980 f006c940 7834e8a0 241a75b0 123a8b38 cf2ac99c b992e922 82ff78f1',
      100: '80000000 40000000 a0000000 50000000 58000000 14000000 5a000000 75000000 6c800000 87c00000 dc600000 f6700000 cb780000 4b840000 d2660000 79070000 82c78000 f8e4c000 9db9a000 0917d000 cae00800 14b00400 83983e00 7e341100 c77e0080 a5f31840 ad598da0 38a7fcb0 7df80c38 f9440c6c c2862dc6 58b73b7d',
      256: '80000000 40000000 20000000 50000000 98000000 0c000000 6a000000 85000000 30800000 d7c00000 7ae00000 9cf00000 33f80000 a67c0000 11360000 24050000 ce148000 0b11c000 1b856000 9c497000 7ea08800 ee5e5400 b7b88a00 94d25500 b5768a80 46ab5440 f25408e0 65bf9470 4dc5e948 77e72664 1860018a d230013b',
      512: '80000000 40000000 20000000 10000000 c8000000 24000000 2e000000 e1000000 c0800000 9d400000 4b600000 ea300000 84880000 8f840000 fcc20000 36a10000 2c108000 edde4000 c53d2000 d9cf7000 a4e00800 26f58400 6a2b2a00 4f91bb00 1b1b4180 3c9e7c40 d45a8020 14fb4010 35efa008 12b03004 85cda832 36e4b409',
      1000: '80000000 40000000 60000000 90000000 18000000 0c000000 d2000000 c9000000 ba800000 db400000 72e00000 4ef00000 cfc80000 837c0000 dcd60000 a6190000 85e38000 3f764000 1f0ba000 0c5e7000 f1861800 90c2fc00 ef221e00 bd574500 2edc9480 66c023c0 50232aa0 f8d016d0 d01a2638 7ae48934 1af0b29e 71cdaae7',
      1024: '80000000 40000000 a0000000 b0000000 58000000 84000000 4a000000 1d000000 83800000 fec00000 52200000 5ad00000 f3f80000 6d6c0000 0bf60000 75af0000 32d48000 6ffd4000 036fe000 ecf5f000 b32f7800 cb945400 891cfa00 169a6f00 c659ab80 d379c740 ff2831a0 ad941850 a21d8208 f61d3b3c b41fd1be 651de84d',
    };
    for (const [dimension, hex] of Object.entries(scipy)) {
      const ours = Array.from(directionIntegers(Number(dimension) - 1), (v) => v.toString(16).padStart(8, '0')).join(' ');
      expect(ours, `dimension ${dimension}`).toBe(hex);
    }
  });
});

describe('sobolIntegers / sobolPoints, unscrambled', () => {
  it('the first 8 points of dimensions 1-3 are the ones worked out by hand from m_i', () => {
    // Dimension 1: v = 1/2, 1/4, 1/8. Dimension 2 (s = 1, m = 1, 3, 5): v = 0.1, 0.11, 0.101 (binary).
    // Dimension 3 (s = 2, a = 1, m = 1, 3, then m_3 = 2·m_2 ⊕ 4·m_1 ⊕ m_1 = 3): v = 0.1, 0.11, 0.011.
    // Point n is the XOR of v_(b+1) over the set bits b of gray(n) = n ^ (n >> 1).
    const eighths = Array.from(sobolIntegers(8, 3, { scramble: false }), (k) => (k / TWO_POW_32) * 8);
    expect(eighths).toEqual([0, 0, 0, 4, 4, 4, 6, 2, 2, 2, 6, 6, 3, 3, 5, 7, 7, 1, 5, 1, 7, 1, 5, 3]);
  });

  it('the first 16 points of dimensions 1-6 are those of SciPy 1.17 qmc.Sobol(6, scramble=False), in sixteenths', () => {
    const scipy = [
      [0, 8, 12, 4, 6, 14, 10, 2, 3, 11, 15, 7, 5, 13, 9, 1],
      [0, 8, 4, 12, 6, 14, 2, 10, 5, 13, 1, 9, 3, 11, 7, 15],
      [0, 8, 4, 12, 10, 2, 14, 6, 15, 7, 11, 3, 5, 13, 1, 9],
      [0, 8, 4, 12, 14, 6, 10, 2, 7, 15, 3, 11, 9, 1, 13, 5],
      [0, 8, 12, 4, 6, 14, 10, 2, 9, 1, 5, 13, 15, 7, 3, 11],
      [0, 8, 12, 4, 2, 10, 14, 6, 5, 13, 9, 1, 7, 15, 11, 3],
    ];
    const points = sobolIntegers(16, 6, { scramble: false });
    const columns = scipy.map((_, d) => Array.from({ length: 16 }, (_, n) => (points[n * 6 + d] / TWO_POW_32) * 16));
    expect(columns).toEqual(scipy);
  });

  it('the point at index 2^(b+1) − 1 is direction integer v_(b+1) (gray code 2^b), for every b', () => {
    for (const d of [0, 1, 99, 1023]) {
      const v = directionIntegers(d);
      for (let b = 0; b < 32; b++) {
        const [x] = sobolIntegers(1, d + 1, { scramble: false, start: 2 ** (b + 1) - 1 }).slice(d);
        expect(x, `dimension ${d + 1}, b = ${b}`).toBe(v[b]);
      }
    }
  });

  it('sobolPoints gives the centre of each point\'s 2^-32 cell, in the open interval (0, 1)', () => {
    const [first, second] = sobolPoints(2, 2, { scramble: false });
    expect(first).toEqual([2 ** -33, 2 ** -33]);
    expect(second).toEqual([0.5 + 2 ** -33, 0.5 + 2 ** -33]);
  });
});

describe('sobolIntegers / sobolPoints, scrambled (linear matrix scramble + digital shift)', () => {
  it('are fixed bytes for a seed: the design does not move between runs, machines or versions', () => {
    const integers = sobolIntegers(256, 16, { seed: 42 });
    const bytes = new DataView(new ArrayBuffer(integers.length * 4));
    integers.forEach((k, i) => bytes.setUint32(i * 4, k, true));
    expect(sha256(new Uint8Array(bytes.buffer))).toBe('168c9b5484f9aa2751f6b294bde69d479b9d8894ef7d1533348d0397cc5b2604');
  });

  it('depend on the seed and the stream name, and the first d columns not on how many are asked for', () => {
    const base = sobolIntegers(64, 4, { seed: 1 });
    expect(sobolIntegers(64, 4, { seed: 2 })).not.toEqual(base);
    expect(sobolIntegers(64, 4, { seed: 1, stream: 'other' })).not.toEqual(base);
    const wide = sobolIntegers(64, 10, { seed: 1 });
    expect(Array.from({ length: 64 * 4 }, (_, i) => wide[Math.floor(i / 4) * 10 + (i % 4)])).toEqual(Array.from(base));
  });

  it('any slice equals the same rows of the whole sequence (shards generate their own input sets)', () => {
    const whole = sobolIntegers(1000, 7, { seed: 'study' });
    const slice = sobolIntegers(300, 7, { seed: 'study', start: 517 });
    expect(Array.from(slice)).toEqual(Array.from(whole.slice(517 * 7, 817 * 7)));
  });

  it('the first 2^m points keep the net: every 1-D projection has one point in each of the 2^m equal cells', () => {
    // LMS and the digital shift act bit by bit and keep the generator matrices non-singular, so each dimension
    // of the first 2^m points is still a (0, m, 1)-net (Matoušek 1998; Owen 2003).
    const m = 10;
    const n = 2 ** m;
    const d = 120;
    const points = sobolIntegers(n, d, { seed: 7 });
    for (let j = 0; j < d; j++) {
      const cells = new Set<number>();
      for (let i = 0; i < n; i++) cells.add(Math.floor(points[i * d + j] / 2 ** (32 - m)));
      expect(cells.size, `dimension ${j + 1}`).toBe(n);
    }
  });

  it('dimensions 1 and 2 stay a (0, m, 2)-net: every elementary box of area 2^-m holds exactly one point', () => {
    // Sobol's first two dimensions form a (0, m, 2)-net (t = 0) for every m; the scramble keeps t.
    const m = 8;
    const n = 2 ** m;
    const points = sobolIntegers(n, 2, { seed: 3 });
    for (let a = 0; a <= m; a++) {
      const counts = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const key = `${Math.floor(points[2 * i] / 2 ** (32 - a))},${Math.floor(points[2 * i + 1] / 2 ** (32 - (m - a)))}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      expect([counts.size, Math.max(...counts.values())], `boxes 2^-${a} × 2^-${m - a}`).toEqual([n, 1]);
    }
  });

  it('scrambled points are uniform: over 200 seeds the first point of each dimension has mean 1/2 and variance 1/12', () => {
    // The digital shift makes every point uniform on the cube. Mean of 200 uniforms: sd 0.0204, so ±0.07 is
    // about 3.5 sd; variance: sd of the sample variance of 200 uniforms ≈ 0.0053, so ±0.02 is about 3.8 sd.
    const firsts = Array.from({ length: 200 }, (_, seed) => sobolPoints(1, 3, { seed })[0]);
    for (let d = 0; d < 3; d++) {
      const xs = firsts.map((p) => p[d]);
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
      expect(Math.abs(mean - 0.5)).toBeLessThan(0.07);
      expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.02);
    }
  });
});

describe('sobolIntegers arguments', () => {
  it('rejects bad counts, dimensions and starts with the value', () => {
    expect(() => sobolIntegers(0, 2)).toThrow('count must be a positive integer, got 0');
    expect(() => sobolIntegers(4, 1025)).toThrow('dimensions must be at most 1024, got 1025');
    expect(() => sobolIntegers(4, 2, { start: -1 })).toThrow('start must be a non-negative safe integer, got -1');
    expect(() => sobolIntegers(2, 1, { start: 2 ** 32 - 1 })).toThrow('a 32-bit Sobol sequence has 2^32 points; start + count = 4294967297');
  });
});
