import { calibrate, calibrationScenarios, type CalibrationResult } from '@machi/scenarios';
import { beforeAll, describe, expect, it } from 'vitest';
import { handBuiltResult } from '../test-support.ts';
import { calibrationClassesTable, calibrationTable, renderCalibration } from './calibration-section.ts';
import { renderReport } from './render-report.ts';

let result: CalibrationResult;
beforeAll(async () => {
  result = await calibrate(calibrationScenarios(), { runs: 2, seed: 1, horizonYears: 1 });
}, 120_000);

describe('the calibration appendix', () => {
  it('has one row per national quantity with observed, simulated, ratio, verdict and source', () => {
    const table = calibrationTable(result, 'en');
    expect(table.rows).toHaveLength(result.rows.length);
    const lgwan = table.rows[result.rows.findIndex((r) => r.id === 'lgwan-national-outages')]!;
    expect(lgwan[0]).toBe('Nationwide LGWAN outages');
    // One event in 24.5 years: 0.041 a year, exact interval 0.025/24.5 to 5.57/24.5.
    expect(lgwan[1]).toBe('0.041 (0.001 – 0.23)\n2001-10 → 2026-03, calendar year');
    expect(lgwan[5]).toContain('[lgwan-outage-2022]');
    const govCloud = table.rows[result.rows.findIndex((r) => r.id === 'gov-cloud-tenancy-outages')]!;
    expect(govCloud[2]).toBe('–');
    expect(govCloud[4]).toMatch(/^not comparable: /);
  });
  it('says which preset represents each class', () => {
    const rows = calibrationClassesTable(result, 'ja').rows;
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual(['政令指定都市', '20', '1,475,000', 'designated-city（人口2,000,000）：onprem 100%']);
    expect(rows.at(-1)).toEqual(['町村 (人口1万未満)', '515', '5,000', 'small-town（人口15,000）：onprem 78%, community-cloud 22%']);
  });
  it('renders as Markdown and as a self-contained HTML page in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      const page = renderCalibration(result, lang);
      expect(page.toMarkdown()).toMatch(/^## /);
      expect(page.toHTML()).toContain('data-table="calibration"');
      expect(page.toHTML()).toContain('data-table="calibration-classes"');
    }
  });
});

describe('renderReport with a calibration study', () => {
  it('carries the appendix before the stamp, and nothing of it without one', () => {
    const ids = (blocks: readonly { kind: string; id?: string }[]) => blocks.flatMap((b) => (b.kind === 'heading' && b.id ? [b.id] : []));
    const withIt = ids(renderReport(handBuiltResult(), { lang: 'en', calibration: result }).blocks as never);
    // The stamp's heading is the last one; the appendix comes just before it.
    expect(withIt.indexOf('calibration')).toBe(withIt.length - 2);
    expect(ids(renderReport(handBuiltResult(), { lang: 'en' }).blocks as never)).not.toContain('calibration');
  });
});
