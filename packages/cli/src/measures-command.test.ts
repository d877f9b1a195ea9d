import { loadScenario, measureStudy } from '@machi/scenarios';
import { renderMeasureStudy } from '@machi/report';
import { describe, expect, it } from 'vitest';
import { editTown, machi } from './test-support.ts';

// The fixture town's housing option with two measures: a longer generator at the data centre and a
// premium contract for the vendor, each with its own cost.
const townWithMeasures = editTown(
  "      registry: { site: housing-dc, backups: [{ site: housing-dc, intervalHours: 24, offline: false }] }",
  "      registry: { site: housing-dc, backups: [{ site: housing-dc, intervalHours: 24, offline: false }] }\n" +
    '    measures:\n' +
    '      - { kind: generator-hours, site: housing-dc, hours: 96, annualCostYen: 300000 }\n' +
    '      - { kind: fuel-resupply, afterHours: 24, annualCostYen: { value: 120000, source: "assumption: a priority fuel contract" } }',
);
const files = { 'town.yaml': townWithMeasures };

describe('machi measures', () => {
  it('writes measures.md, measures.html and measures.csv: the library study rendered, the same bytes on two workers', async () => {
    const args = ['measures', 'town.yaml', '--runs', '12', '--seed', '4', '--years', '2', '--lang', 'en', '--out', 'out'];
    const result = await machi([...args, '--workers', '2'], files);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('Written: out/measures.md, out/measures.html, out/measures.csv\n');
    const loaded = loadScenario(townWithMeasures, 'town.yaml');
    if (!loaded.ok) throw new Error('fixture must be valid');
    const study = await measureStudy(loaded.value, { runs: 12, seed: 4, horizonYears: 2 });
    const expected = renderMeasureStudy(study, { lang: 'en', scenario: loaded.value });
    expect(result.written['out/measures.md']).toBe(expected.markdown);
    expect(result.written['out/measures.html']).toBe(expected.html);
    expect(result.written['out/measures.csv']).toBe(expected.csv);
    const csv = expected.csv.trim().split('\n');
    // A header and one row per measure of the housing option (the on-premises option has none).
    expect(csv).toHaveLength(3);
    expect(csv[1]).toMatch(/^housing,0,generator-hours,/);
    expect(csv[2]).toMatch(/^housing,1,fuel-resupply,/);
  });

  it('prints the Markdown without --out, in Japanese by default', async () => {
    const result = await machi(['measures', 'town.yaml', '--runs', '4', '--years', '1', '--workers', '1'], files);
    expect(result.code).toBe(0);
    expect(result.written).toEqual({});
    expect(result.stdout).toMatch(/^# 試験町：対策ごとの効果\n/);
  });

  it('refuses an unknown variant before any work, writing nothing', async () => {
    const result = await machi(['measures', 'town.yaml', '--variants', 'cloud', '--lang', 'en', '--out', 'out'], files);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown variant "cloud"');
    expect(result.written).toEqual({});
  });
});
