import type { MeasureEffect, MeasureStudyResult } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { handBuiltScenario } from '../test-support.ts';
import { renderMeasureStudy } from './measure-study-report.ts';

const effect = (over: Partial<MeasureEffect>): MeasureEffect => ({
  variant: 'housing',
  index: 0,
  measure: { kind: 'line-routes', link: 'line-dc', routes: 2 },
  annualCostYen: 500_000,
  withMeasure: { downtimeHours: 2, dataLostHours: 0.5, residentsWithRecordsLost: 0, costYen: 7_000_000 },
  withoutMeasure: { downtimeHours: 12, dataLostHours: 0.5, residentsWithRecordsLost: 0, costYen: 6_600_000 },
  downtimeAvoided: { mean: 10, low: 8, high: 12 },
  dataLostAvoided: { mean: 0, low: 0, high: 0 },
  recordsLostAvoided: { mean: 0, low: 0, high: 0 },
  costAdded: { mean: 400_000, low: 380_000, high: 420_000 },
  yenPerHourAvoided: { mean: 40_000, low: 33_000, high: 48_000 },
  ...over,
});

/** A study built by hand: a second route that buys 10 h a year at 40,000 yen an hour, and a generator that buys nothing. */
const study: MeasureStudyResult = {
  scenarioName: 'テスト町',
  seed: 1,
  runs: 200,
  horizonYears: 5,
  effects: [
    effect({}),
    effect({
      index: 1,
      measure: { kind: 'generator-hours', site: 'townhall', hours: 72, annualCostYen: 300_000, label: '=HYPERLINK("x") <b>gen</b> | 1' },
      annualCostYen: 300_000,
      withMeasure: { downtimeHours: 2, dataLostHours: 0.5, residentsWithRecordsLost: 0, costYen: 7_000_000 },
      withoutMeasure: { downtimeHours: 2, dataLostHours: 0.5, residentsWithRecordsLost: 30, costYen: 6_700_000 },
      downtimeAvoided: { mean: 0, low: 0, high: 0 },
      recordsLostAvoided: { mean: 30, low: 10, high: 50 },
      costAdded: { mean: 300_000, low: 300_000, high: 300_000 },
      yenPerHourAvoided: null,
    }),
  ],
};

describe('the measures study report', () => {
  it('gives each measure of each option its cost, downtime with and without, what it avoids and its cost per hour (en)', () => {
    const report = renderMeasureStudy(study, { lang: 'en', scenario: handBuiltScenario() });
    expect(report.tables.map((table) => table.rows.map((r) => r.join(' ‖ ')).join('\n')).join('\n\n')).toMatchInlineSnapshot(`
      "Housing
      line routes (townhall → housing-dc, community-dc, cloud with 2 routes) ‖ ¥500,000 ‖ 2 h ‖ 12 h ‖ 10 h
      (95% interval 8 h – 12 h)
      Housing
      =HYPERLINK("x") <b>gen</b> | 1 (townhall 72 h (3 days)) ‖ ¥300,000 ‖ 2 h ‖ 2 h ‖ 0 h
      (95% interval 0 h – 0 h)

      Housing
      line routes (townhall → housing-dc, community-dc, cloud with 2 routes) ‖ 0 h
      (95% interval 0 h – 0 h) ‖ 0 persons
      (95% interval 0 persons – 0 persons) ‖ ¥400,000
      (95% interval ¥380,000 – ¥420,000) ‖ ¥40,000
      (95% interval ¥33,000 – ¥48,000)
      Housing
      =HYPERLINK("x") <b>gen</b> | 1 (townhall 72 h (3 days)) ‖ 0 h
      (95% interval 0 h – 0 h) ‖ 30 persons
      (95% interval 10 persons – 50 persons) ‖ ¥300,000
      (95% interval ¥300,000 – ¥300,000) ‖ no downtime avoided"
    `);
  });

  it('words the table in Japanese', () => {
    const report = renderMeasureStudy(study, { lang: 'ja', scenario: handBuiltScenario() });
    expect(report.markdown).toContain('# テスト町：対策ごとの効果');
    expect(report.tables[1].rows[0]!.at(-1)).toBe('4万円\n（95%区間 3.3万円〜4.8万円）');
    expect(report.tables[1].rows[1]!.at(-1)).toBe('停止を防いでいない');
  });

  it('escapes a label from the scenario in Markdown, HTML and CSV (no formula)', () => {
    const report = renderMeasureStudy(study, { lang: 'en', scenario: handBuiltScenario() });
    expect(report.html).not.toContain('<b>gen</b>');
    expect(report.html).toContain('&lt;b&gt;gen&lt;/b&gt;');
    expect(report.markdown).not.toContain('<b>');
    expect(report.markdown).toContain('\\| 1');
    const row = report.csv.split('\n')[2]!;
    expect(row).toMatch(/^housing,1,generator-hours,"'=HYPERLINK\(""x""\) <b>gen<\/b> \| 1 \(townhall 72 h \(3 days\)\)",300000,/);
    expect(row.endsWith(',,,')).toBe(true);
  });
});
