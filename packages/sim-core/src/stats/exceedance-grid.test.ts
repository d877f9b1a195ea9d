import { describe, expect, it } from 'vitest';
import { exceedanceGrid } from './exceedance-grid.ts';

describe('exceedanceGrid', () => {
  it('exceedanceGrid(n, 10, m) steps by 10^−1/10 in 6-digit decimals while ⌊n·p⌋ ≥ m', () => {
    // 100 years resolve p down to 0.1 (10 years beyond it); 0.0794328 would leave 7.
    expect(exceedanceGrid(100, 10, 10)).toEqual([
      { exceedanceProbability: 1, exceedances: 100 },
      { exceedanceProbability: 0.794328, exceedances: 79 },
      { exceedanceProbability: 0.630957, exceedances: 63 },
      { exceedanceProbability: 0.501187, exceedances: 50 },
      { exceedanceProbability: 0.398107, exceedances: 39 },
      { exceedanceProbability: 0.316228, exceedances: 31 },
      { exceedanceProbability: 0.251189, exceedances: 25 },
      { exceedanceProbability: 0.199526, exceedances: 19 },
      { exceedanceProbability: 0.158489, exceedances: 15 },
      { exceedanceProbability: 0.125893, exceedances: 12 },
      { exceedanceProbability: 0.1, exceedances: 10 },
    ]);
  });

  it('repeats the mantissas in every decade and counts exceedances exactly on the decimal', () => {
    // 10^6 · 0.00501187 = 5011.87 → 5011; 10^6 · 10^-3 = 1000 exactly.
    const grid = exceedanceGrid(1_000_000, 10, 10);
    expect(grid[23]).toEqual({ exceedanceProbability: 0.00501187, exceedances: 5011 });
    expect(grid[30]).toEqual({ exceedanceProbability: 0.001, exceedances: 1000 });
    expect(grid.at(-1)).toEqual({ exceedanceProbability: 0.00001, exceedances: 10 });
  });

  it('uses perDecade steps per decade', () => {
    // 10^(6 − 1/2) = 316227.77 → 0.316228.
    expect(exceedanceGrid(100, 2, 10).map((point) => point.exceedanceProbability)).toEqual([1, 0.316228, 0.1]);
  });

  it('is empty when there are fewer years than minExceedances', () => {
    expect(exceedanceGrid(9, 10, 10)).toEqual([]);
  });

  it('rejects a step count or threshold that is not a positive integer', () => {
    expect(() => exceedanceGrid(100, 0, 10)).toThrow('perDecade must be a positive integer, got 0');
    expect(() => exceedanceGrid(100, 10, 0.5)).toThrow('minExceedances must be a positive integer, got 0.5');
  });
});
