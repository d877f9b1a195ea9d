import { describe, expect, it } from 'vitest';
import { exceedanceCSV } from './exceedance-csv.ts';
import { csvRows, testStudy } from './test-study.ts';

describe('exceedanceCSV', () => {
  it('gives each option AEP and OEP VaR/TVaR at the return periods 1,100 years support, with ORD EPType codes', async () => {
    const { scenario, result } = await testStudy();
    const [heading, ...rows] = csvRows([...exceedanceCSV(result, { lang: 'ja', scenario })].join(''));
    expect(heading![4]).toBe('EP種別（ORD EPType） [epType]');
    const cost = rows.filter((r) => r[1] === 'onprem' && r[3] === 'costYen');
    // 1,100 years: periods 2 … 100 (at least ten years beyond each), for each of the four EP types.
    expect(new Set(cost.map((r) => r[6]))).toEqual(new Set(['2', '5', '10', '20', '50', '100']));
    expect(cost.map((r) => `${r[4]} ${r[5]}`).filter((v, i, all) => all.indexOf(v) === i)).toEqual([
      '1 最大の単一インシデント（OEP）のVaR',
      '2 最大の単一インシデント（OEP）のTVaR',
      '3 年間合計（AEP）のVaR',
      '4 年間合計（AEP）のTVaR',
    ]);
    // OEP at 10 years: x(n−k) of the year's largest incident cost, k = n/10 (the report's VaR rule).
    const largest = [...result.tables[0]!.columns['largest.incidentCostYen']!].sort((a, b) => a - b);
    const n = largest.length;
    expect(Number(cost.find((r) => r[4] === '1' && r[6] === '10')![7])).toBe(Math.round(largest[n - n / 10 - 1]!));
    // TVaR is never below VaR, AEP never below OEP's largest incident alone (the total holds it).
    for (const period of ['2', '10', '100']) {
      const at = (type: string) => Number(cost.find((r) => r[4] === type && r[6] === period)![7]);
      expect(at('2')).toBeGreaterThanOrEqual(at('1'));
      expect(at('4')).toBeGreaterThanOrEqual(at('3'));
    }
  });
});
