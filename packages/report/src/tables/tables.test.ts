import { beforeAll, describe, expect, it } from 'vitest';
import type { MonteCarloResult, Scenario } from '@machi/scenarios';
import { smallTownResult } from '../test-support.ts';
import { actionsTable } from './actions-table.ts';
import { comparisonsTable } from './comparisons-table.ts';
import { convergenceSummaryTable } from './convergence-summary-table.ts';
import { fiscalYearOfSimulatedYear, fiscalYearTable } from './fiscal-year-table.ts';
import { metricTable } from './metric-table.ts';
import { returnPeriodTable } from './return-period-table.ts';
import { formatYen } from '../format/yen.ts';

let result: MonteCarloResult;
let scenario: Scenario;
beforeAll(async () => ({ result, scenario } = await smallTownResult()));

describe('tables of a Monte Carlo result', () => {
  it('metricTable carries the result numbers it formats, per variant in run order', () => {
    const t = metricTable(result, 'costYen', { lang: 'ja', scenario });
    expect((t.data as { variant: string }[]).map((d) => d.variant)).toEqual(result.stamp.variants);
    expect((t.data as { mean: number }[])[0]!.mean).toBe(result.variants[0]!.metrics.costYen!.mean);
    expect(t.rows[0]![1]).toBe(formatYen(result.variants[0]!.metrics.costYen!.mean, 'ja'));
  });

  it('comparisonsTable with a baseline reads every row as option − baseline', () => {
    const t = comparisonsTable(result, { lang: 'en', scenario, metrics: ['costYen'], baseline: 'onprem' });
    const data = t.data as { a: string; b: string; meanDifference: number }[];
    expect(data.map((d) => d.b)).toEqual(['onprem', 'onprem', 'onprem']);
    const c = result.comparisons.find((x) => x.a === 'onprem' && x.b === 'public-cloud' && x.metric === 'costYen')!;
    expect(data.find((d) => d.a === 'public-cloud')!.meanDifference).toBe(-c.meanDifference);
  });

  it('fiscalYearTable averages each simulated year over replications, labelled by 年度 from startDate', () => {
    const t = fiscalYearTable(result, { lang: 'ja', scenario })!;
    const rows = t.data as { variant: string; fiscalYear: number; costYen: number }[];
    expect(rows.filter((r) => r.variant === 'onprem').map((r) => r.fiscalYear)).toEqual([2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036]);
    const meanOfYears = rows.filter((r) => r.variant === 'onprem').reduce((s, r) => s + r.costYen, 0) / 10;
    expect(meanOfYears).toBeCloseTo(result.variants[0]!.metrics.costYen!.mean, 0);
    expect(t.rows[0]![1]).toBe('2027年度(令和9年度)');
  });

  it('fiscalYearOfSimulatedYear names a simulated year by the fiscal year holding its middle', () => {
    expect(fiscalYearOfSimulatedYear('2027-04-01', 0)).toBe(2027);
    // 8,760-hour years drift: year 2 of a 1 April 2027 start begins on 31 March 2029, inside FY2028.
    expect(fiscalYearOfSimulatedYear('2027-04-01', 2)).toBe(2029);
    expect(fiscalYearOfSimulatedYear('2027-01-01', 0)).toBe(2027);
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`pins the wording and numbers of every table in ${lang}`, () => {
      const opts = { lang, scenario };
      const markdown = [
        metricTable(result, 'downtimeHours', opts),
        actionsTable(result, opts),
        comparisonsTable(result, { ...opts, metrics: ['costYen', 'downtimeHours'], baseline: 'onprem' }),
        returnPeriodTable(result, 'costYen', opts),
        convergenceSummaryTable(result, opts),
      ]
        .map((t) => `${t.title}\n${t.toMarkdown()}`)
        .join('\n');
      expect(markdown).toMatchSnapshot();
    });
  }

  it('a table escapes its cells in HTML and Markdown', async () => {
    const { Table } = await import('../table.ts');
    const t = new Table({ id: 'x', title: '<b>', columns: [{ key: 'a', label: 'a|b' }], rows: [['<script>alert(1)</script>']] });
    expect(t.toHTML()).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(t.toHTML()).not.toContain('<script>');
    expect(t.toMarkdown()).toBe('| a\\|b |\n| --- |\n| &lt;script&gt;alert(1)&lt;/script&gt; |\n');
  });
});
