import { quietTown } from '@machi/scenarios/testing';
import { describe, expect, it } from 'vitest';
import { replicationsCsvOf } from './replications-csv-of.ts';
import { csvRows } from './test-study.ts';

describe('replicationsCsvOf', () => {
  it('labels options and fiscal years in the report language and writes no Float32 noise', () => {
    const scenario = quietTown();
    expect(scenario.startDate).toBe('2027-04-01');
    const variant = Object.keys(scenario.variants)[0]!;
    const table = {
      variant,
      years: 10,
      replications: 1,
      names: ['downtimeHours', 'costYen'],
      columns: { downtimeHours: new Float32Array(10).fill(11.298002), costYen: new Float64Array(10).fill(169324610.25) },
    };
    const [heading, ...rows] = csvRows([...replicationsCsvOf({ tables: [table] }, { lang: 'ja', scenario })].join(''));
    expect(heading!.slice(0, 5)).toEqual(['案 [variantLabel]', '案ID [variant]', '試行 [replication]', '年（0から） [year]', '年度（その年の期間の大半が属する年度） [fiscalYear]']);
    // 8,760-hour years from 1 April 2027: year k lies mostly in fiscal year 2027 + k (the drift of a day
    // per leap year reaches 3 days by year 9).
    expect(rows.map((r) => [r[3], r[4]])).toEqual(Array.from({ length: 10 }, (_, k) => [String(k), String(2027 + k)]));
    expect(rows[0]!.slice(5)).toEqual(['11.298', '169324610.25']);
    expect(rows[0]![1]).toBe(variant);
    expect(rows[0]![0]).not.toBe('');
  });
});
