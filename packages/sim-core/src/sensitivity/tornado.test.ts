import { describe, expect, it } from 'vitest';
import { inputSpace } from './input-space.ts';
import { tornado, tornadoDesign } from './tornado.ts';
import type { UncertainInput } from './uncertain-input.ts';

const a: UncertainInput = { name: 'a', value: 1, low: 0, high: 2, coverage: 1, shape: 'uniform' };
const b: UncertainInput = { name: 'b', value: 10, low: 5, high: 40, coverage: 0.9, shape: 'lognormal' };
const c: UncertainInput = { name: 'c', value: 0.5, low: 0.4, high: 0.6, coverage: 1, shape: 'triangular' };
const space = inputSpace({ inputs: [a, b, c], factors: [{ name: 'shared', rankCorrelation: 0.5, members: ['a'], opposed: ['c'] }] });

describe('tornadoDesign', () => {
  it('starts from the nominal set and puts each input at its stated low and high, others nominal', () => {
    const design = tornadoDesign(space);
    expect(design.bars).toEqual(['a', 'b', 'c', 'shared']);
    expect(design.rows).toEqual([
      [1, 10, 0.5],
      [0, 10, 0.5],
      [2, 10, 0.5],
      [1, 5, 0.5],
      [1, 40, 0.5],
      [1, 10, 0.4],
      [1, 10, 0.6],
      // the shared belief low: members at their lows, opposed inputs at their highs; then the reverse
      [0, 10, 0.6],
      [2, 10, 0.4],
    ]);
  });
});

describe('tornado', () => {
  const design = tornadoDesign(space);
  const model = ([x, y, z]: number[]) => 3 * x - 0.1 * y + 10 * z;

  it('gives the baseline and bars sorted by swing: |f(high) − f(low)| with one input moved', () => {
    // swings: a 3·2 = 6, b 0.1·35 = 3.5, c 10·0.2 = 2, shared |3·2 − 10·0.2| = 4 (the two pull against each other)
    const result = tornado(design, design.rows.map(model));
    expect(result.baseline).toBe(3 - 1 + 5);
    expect(result.bars.map((bar) => [bar.name, Number(bar.swing.toFixed(12))])).toEqual([
      ['a', 6],
      ['shared', 4],
      ['b', 3.5],
      ['c', 2],
    ]);
    expect(result.bars[0]).toMatchObject({ lowInput: 0, highInput: 2, atLow: 4, atHigh: 10, swingStandardError: null });
    expect(result.bars[1]).toMatchObject({ lowInput: null, highInput: null });
  });

  it('with replications, each swing carries its paired standard error', () => {
    // Replication k adds the same shift s_k to every input set (common random numbers): it cancels in every
    // swing, so the paired standard error is 0 although the outputs are noisy.
    const shifts = [-1, 0.5, 2];
    const values = design.rows.flatMap((row) => shifts.map((s) => model(row) + s));
    const result = tornado(design, { values, replications: 3 });
    expect(result.baseline).toBeCloseTo(7 + 0.5, 12);
    for (const bar of result.bars) expect(bar.swingStandardError).toBeCloseTo(0, 12);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
