import { scenarioSchema } from '@machi/scenarios';
import { quietTownInput } from '@machi/scenarios/testing';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../document/render-report.ts';
import { handBuiltResult } from '../test-support.ts';
import { differencesTable } from './differences-table.ts';

/** The quiet town's three options of the hand-built result, the cloud one with measures on top. */
function scenarioWithMeasures(change: (input: ReturnType<typeof quietTownInput>) => void = () => {}) {
  const input = quietTownInput();
  const v = input.variants!;
  input.variants = {
    onprem: { label: { ja: '役場サーバ室', en: 'Town-hall server room' } },
    housing: { ...v.housing, label: { ja: 'ハウジング', en: 'Housing' } },
    cloud: {
      ...v.cloud,
      label: { ja: 'ガバメントクラウド', en: 'Government cloud' },
      measures: [
        { kind: 'line-routes', link: 'line-dc', routes: 2 },
        { kind: 'generator-hours', site: 'townhall', hours: 72, annualCostYen: 200_000, oneOffCostYen: 3_000_000, lifeYears: 15 },
        { kind: 'alternate-office', setupHours: 48 },
      ],
    },
  };
  change(input);
  return scenarioSchema.parse(input);
}

const VARIANTS = ['onprem', 'housing', 'cloud'];

describe('what differs between the options', () => {
  it('lists, per option, placement, lines, copies, alternate office, generators, contracts, measures with their costs and the running cost', () => {
    const table = differencesTable(scenarioWithMeasures(), VARIANTS, 'en');
    expect(table.rows.map((r) => r.join(' ‖ ')).join('\n')).toMatchInlineSnapshot(`
      "where the systems run
      (differs between options) ‖ townhall: registry, welfare, website, mail ‖ housing-dc: registry;
      townhall: welfare, website, mail ‖ cloud (multi-AZ): registry;
      townhall: welfare, website, mail
      lines (routes)
      (differs between options) ‖ none ‖ townhall → housing-dc: 1 route ‖ townhall → cloud: 2 routes
      copies of the data
      (differs between options) ‖ townhall, every 24 h: registry, welfare, website;
      vault, every 168 h (7 days), offline: registry ‖ housing-dc, every 24 h: registry;
      vault, every 168 h (7 days), offline: registry;
      townhall, every 24 h: welfare, website ‖ cloud, every 24 h: registry;
      townhall, every 24 h: welfare, website
      alternate office, fuel
      (differs between options) ‖ none ‖ none ‖ opens within 48 h (on the town hall's lines)
      generators (hours of own fuel)
      (differs between options) ‖ townhall: 24 h ‖ townhall: 24 h;
      housing-dc: 24 h ‖ townhall: 72 h (3 days);
      cloud: 72 h (3 days)
      vendor contracts
      (same for every option) ‖ vendor-a: premium on-site contract, on site within 4 h ‖ vendor-a: premium on-site contract, on site within 4 h ‖ vendor-a: premium on-site contract, on site within 4 h
      measures and their cost a year
      (differs between options) ‖ none ‖ none ‖ line routes (townhall → housing-dc, community-dc, cloud with 2 routes): ¥500,000 a year;
      generator hours (townhall 72 h (3 days)): ¥400,000 a year (of which its own cost ¥400,000);
      alternate office (48 h): ¥0 a year
      running cost a year
      (differs between options) ‖ ¥6 million ‖ ¥7.7 million ‖ ¥7.9 million"
    `);
  });

  it('a difference written only as a measure shows in its own row and in the measures, marked as differing', () => {
    const table = differencesTable(scenarioWithMeasures(), VARIANTS, 'ja');
    const row = (aspect: string) => table.rows.find((r) => r[0]!.startsWith(`${aspect}\n`))!;
    expect(row('発電機（自前燃料の運転時間）')[0]).toBe('発電機（自前燃料の運転時間）\n（案により異なる）');
    expect(row('ベンダーの保守契約')[0]).toBe('ベンダーの保守契約\n（全案で共通）');
    // The generator's cost: its own 200,000 a year plus 3,000,000 over 15 years.
    expect(row('対策と年間費用')[3]).toContain('年40万円（うち対策自体の費用 40万円）');
  });

  it('escapes names from the scenario in Markdown and HTML', () => {
    const scenario = scenarioWithMeasures((input) => {
      input.sites[0]!.name = '<img src=x onerror=alert(1)> | hall';
      input.variants!.onprem!.label = '<script>x</script>';
    });
    const table = differencesTable(scenario, VARIANTS, 'en');
    expect(table.toHTML()).not.toMatch(/<img|<script/);
    expect(table.toHTML()).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(table.toMarkdown()).not.toMatch(/<img|<script/);
    expect(table.toMarkdown()).toContain('\\| hall');
  });

  it('opens the report, before the summary, in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      const md = renderReport(handBuiltResult(), { lang, scenario: scenarioWithMeasures() }).toMarkdown();
      const differences = md.indexOf(lang === 'ja' ? '## 比較案の違い' : '## What differs between the options');
      expect(differences).toBeGreaterThan(0);
      expect(differences).toBeLessThan(md.indexOf(lang === 'ja' ? '## 要約（意思決定者向け）' : '## Summary for decision makers'));
    }
  });
});
