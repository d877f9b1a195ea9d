import { describe, expect, it } from 'vitest';
import { clusteredMean } from './clustered-mean.ts';
import { convergenceTable } from './convergence-table.ts';

/** `groups` replications of 2 years each, replication r having both years equal to r + 1. */
function column(groups: number): Float64Array {
  return Float64Array.from({ length: 2 * groups }, (_, i) => Math.floor(i / 2) + 1);
}

describe('convergenceTable', () => {
  it('has rows at batchGroups × 1, 2, 4, … and a last row at all replications', () => {
    const rows = convergenceTable(column(10), { groupSize: 2, batchGroups: 2 });
    expect(rows.map((row) => row.replications)).toEqual([2, 4, 8, 10]);
    expect(convergenceTable(column(8), { groupSize: 2, batchGroups: 2 }).map((row) => row.replications)).toEqual([2, 4, 8]);
  });

  it('computes each row as clusteredMean of that prefix', () => {
    // Replication means 1, 2, 3, 4 at row 2: mean 2.5, sd √(5/3) = 1.290994, SE 0.645497,
    // halfWidth t(0.975, 3) · SE = 3.182446 · 0.645497 = 2.054255, relative 2.054255 / 2.5 = 0.821702.
    const rows = convergenceTable(column(10), { groupSize: 2, batchGroups: 2, level: 0.95 });
    expect(rows[1].mean).toBe(2.5);
    expect(rows[1].standardError).toBeCloseTo(0.645497, 6);
    expect(rows[1].relativeHalfWidth).toBeCloseTo(0.821702, 5);
    for (const row of rows) {
      const prefix = clusteredMean(column(10).subarray(0, 2 * row.replications), { groupSize: 2 });
      expect(row).toEqual({
        replications: row.replications,
        mean: prefix.mean,
        standardError: prefix.standardError,
        ciLow: prefix.ciLow,
        ciHigh: prefix.ciHigh,
        relativeHalfWidth: prefix.halfWidth / Math.abs(prefix.mean),
      });
    }
  });

  it('gives a plain array the same rows as a typed array', () => {
    const typed = column(7);
    expect(convergenceTable(Array.from(typed), { groupSize: 2, batchGroups: 3 })).toEqual(
      convergenceTable(typed, { groupSize: 2, batchGroups: 3 }),
    );
  });

  it('has a single row at all replications when there are fewer than batchGroups, and none for no rows', () => {
    const rows = convergenceTable(column(3), { groupSize: 2, batchGroups: 5 });
    expect(rows.map((row) => row.replications)).toEqual([3]);
    expect(convergenceTable([], { groupSize: 2, batchGroups: 5 })).toEqual([]);
  });

  it('rejects a batch that is not a positive integer', () => {
    expect(() => convergenceTable(column(4), { groupSize: 2, batchGroups: 0 })).toThrow(
      'batchGroups must be a positive integer, got 0',
    );
  });
});
