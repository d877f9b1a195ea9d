import { replayIncidents } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { incidentsCSV } from './incidents-csv.ts';
import { csvRows, testStudy } from './test-study.ts';

describe('incidentsCSV', () => {
  it('writes one row per incident with Japanese labels, a JST start Excel reads as a date, and the ids beside the labels', async () => {
    const { scenario, result } = await testStudy();
    const incidents = [...replayIncidents(scenario, result.stamp)];
    const [heading, ...rows] = csvRows([...incidentsCSV(incidents, { lang: 'ja', scenario })].join(''));
    expect(heading!.slice(6, 9)).toEqual(['原因 [causeLabel]', '原因ID [cause]', '開始（日本時間） [start]']);
    expect(rows).toHaveLength(incidents.length);
    rows.forEach((row, i) => {
      const { variant, replication, outcome } = incidents[i]!;
      expect(row.slice(1, 4)).toEqual([variant, String(replication), String(outcome.year)]);
      expect(row[7]).toBe(outcome.cause);
      expect(row[8]).toMatch(/^20\d\d-\d\d-\d\d \d\d:\d\d$/);
      expect(Number(row[14])).toBe(Math.round(outcome.costYen));
    });
    const withClasses = rows.find((r) => r[12] !== '');
    expect(withClasses).toBeDefined();
    expect(withClasses![12]).not.toMatch(/[a-z]/);
  });
});
