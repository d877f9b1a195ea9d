import type { VariantTable } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { parsePickRule, pickRow, pickYear } from './pick-year.ts';

/** A table of `years` years per replication from per-row columns (row = replication · years + year). */
function table(years: number, columns: Record<string, number[]>): VariantTable {
  const names = Object.keys(columns);
  const rows = columns[names[0]!]!.length;
  return {
    variant: 'onprem',
    years,
    replications: rows / years,
    names,
    columns: Object.fromEntries(names.map((n) => [n, n.endsWith('Yen') ? Float64Array.from(columns[n]!) : Float32Array.from(columns[n]!)])),
  };
}

describe('pickRow', () => {
  it('pickRow(values, "worst") is the argmax, the first row on ties', () => {
    expect(pickRow([3, 9, 1, 9], 'worst')).toBe(1);
    expect(pickRow([5], 'worst')).toBe(0);
    expect(pickRow([0, 0, 0], 'worst')).toBe(0);
  });

  it('pickRow(values, "typical") is the lower median: rank ⌈n/2⌉ of the values in (value, row) order', () => {
    expect(pickRow([3, 9, 1, 9], 'typical')).toBe(0); // 1, 3, 9, 9: rank 2 is 3 (row 0)
    expect(pickRow([3, 9, 1, 9, 4], 'typical')).toBe(4); // 1, 3, 4, 9, 9: rank ⌈2.5⌉ = 3 is 4 (row 4), the median
  });

  it('pickRow(values, "p99") is the order statistic of rank ⌈0.99·n⌉: the 1-in-100 year', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 99 - i); // row i holds 99 − i
    // ⌈0.99·100⌉ = 99: the 99th smallest value is 98, in row 1.
    expect(pickRow(hundred, 'p99')).toBe(1);
    const thousand = Array.from({ length: 1000 }, (_, i) => i);
    expect(pickRow(thousand, 'p99')).toBe(989);
    // ⌈0.99·7⌉ = 7: with fewer than 100 years the 1-in-100 year is the largest.
    expect(pickRow([1, 2, 3, 4, 5, 6, 7], 'p99')).toBe(6);
  });

  it('ties are broken by the row index, so equal values pick the lower replication and earlier year', () => {
    expect(pickRow([2, 2, 2, 2], 'typical')).toBe(1);
    expect(pickRow([2, 2, 2, 2], 'p99')).toBe(3);
  });

  it('skips NaN and ranks only the rows given; undefined when none is left', () => {
    expect(pickRow([Number.NaN, 1, 5], 'worst')).toBe(2);
    expect(pickRow([8, 1, 5, 3], 'worst', [1, 3])).toBe(3);
    expect(pickRow([], 'typical')).toBeUndefined();
    expect(pickRow([1, 2], 'worst', [])).toBeUndefined();
  });
});

describe('pickYear', () => {
  // 3 replications × 2 years.
  const t = table(2, {
    costYen: [10, 50, 30, 50, 20, 40],
    'action.pressConference': [0, 1, 1, 0, 1, 0],
    downtimeHours: [0, 5, 1, 2, 3, 4],
  });

  it('worst by costYen is the argmax of the column, as (replication, year)', () => {
    expect(pickYear(t, 'worst', 'costYen')).toEqual({ rule: 'worst', by: 'costYen', replication: 0, year: 1, value: 50, candidates: 6, replications: 3, years: 2 });
  });

  it('typical and p99 rank every replication-year', () => {
    // 10, 20, 30, 40, 50, 50: rank ⌈3⌉ = 30 (row 2); rank ⌈5.94⌉ = 6: the second 50 (row 3).
    expect(pickYear(t, 'typical', 'costYen')).toMatchObject({ replication: 1, year: 0, value: 30 });
    expect(pickYear(t, 'p99', 'costYen')).toMatchObject({ replication: 1, year: 1, value: 50 });
  });

  it('action:X is the lower median by `by` among the years with the action', () => {
    // Years with a press conference: rows 1 (50), 2 (30), 4 (20) → 20, 30, 50: rank 2 is row 2.
    expect(pickYear(t, 'action:pressConference', 'costYen')).toMatchObject({ replication: 1, year: 0, value: 30, candidates: 3 });
    // By downtime: rows 1 (5), 2 (1), 4 (3) → 1, 3, 5: row 4.
    expect(pickYear(t, 'action:pressConference', 'downtimeHours')).toMatchObject({ replication: 2, year: 0, value: 3 });
  });

  it('is undefined when no year has the action', () => {
    const quiet = table(1, { costYen: [1, 2], 'action.pressConference': [0, 0] });
    expect(pickYear(quiet, 'action:pressConference', 'costYen')).toBeUndefined();
  });

  it('throws a RangeError naming an unknown column or rule', () => {
    expect(() => pickYear(t, 'worst', 'cost')).toThrow('unknown column "cost"; known: costYen, action.pressConference, downtimeHours');
    expect(() => pickYear(t, 'action:activateBcp', 'costYen')).toThrow('the table has no column "action.activateBcp"');
    expect(() => pickYear(t, 'best' as never, 'costYen')).toThrow('rule must be typical, worst, p99 or action:<action>, got "best"');
  });
});

describe('parsePickRule', () => {
  it('accepts typical, worst, p99 and action:<one of ACTIONS> only', () => {
    expect(['typical', 'worst', 'p99', 'action:pressConference', 'action:activateBcp'].map(parsePickRule)).toEqual(['typical', 'worst', 'p99', 'action:pressConference', 'action:activateBcp']);
    expect(['median', 'action:', 'action:party', 'Worst', 'p90'].map(parsePickRule)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
