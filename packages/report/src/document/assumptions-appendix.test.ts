import { describe, expect, it } from 'vitest';
import { collectProvenance, MODEL_ASSUMPTIONS, PRESETS, REFERENCES, scenarioSchema, type ProvenanceEntry } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { handBuiltScenario } from '../test-support.ts';
import { assumptionValue } from './assumption-value.ts';
import { renderAssumptions } from './assumptions-appendix.ts';
import { sourceText } from './assumptions-section.ts';
import { blocksToMarkdown } from './blocks-markdown.ts';
import type { Block } from './blocks.ts';

const scenario = handBuiltScenario();
const markdownOf = (blocks: readonly Block[], lang: Lang) => blocksToMarkdown(blocks, lang, 'none');
const modelTable = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'table' && b.table.id === 'model-assumptions' ? [b.table] : []))[0];

describe('renderAssumptions', () => {
  it('web addresses in sources become plain links; nothing else becomes one', () => {
    const provenance = [
      { path: 'a', value: 1, source: 'derived: https://example.org/count (a page outside the bibliography)', assumed: false },
      { path: 'b', value: 2, source: 'assumption: javascript:alert(1) http://plain.example', assumed: true },
    ];
    const html = renderAssumptions({ lang: 'en', scenario, provenance }).toHTML();
    const links = [...html.matchAll(/<a href="([^"]*)">/g)].map((m) => m[1]!);
    // Web links are the page named in a source, and the https addresses of the bibliography's references.
    const addresses = new Set(REFERENCES.map((r) => r.address));
    expect(links.filter((href) => !href.startsWith('#ref-') && !addresses.has(href))).toEqual(['https://example.org/count']);
    expect(links.every((href) => /^(#ref-\d+|https:\/\/[^\s]+[^.,;:])$/.test(href))).toBe(true);
    expect(html).not.toContain('href="javascript:');
  });

  it('the assumptions point into a numbered bibliography: each [n] links to its entry', () => {
    const provenance = [
      { path: 'a', value: 1, source: '[jshis-2018] 1.5% at <函館>', assumed: false },
      { path: 'b', value: 2, source: 'assumption: about half; [jshis-2018] [no-such-reference]', assumed: true },
    ];
    for (const lang of ['ja', 'en'] as const) {
      const report = renderAssumptions({ lang, scenario, provenance });
      const html = report.toHTML();
      const cited = new Set([...html.matchAll(/<a href="#ref-(\d+)">\[\1\]<\/a>/g)].map((m) => m[1]));
      const entries = [...html.matchAll(/<li id="ref-(\d+)" value="\1">/g)].map((m) => m[1]);
      expect(entries.length).toBeGreaterThan(1);
      expect(entries).toEqual(entries.map((_, i) => String(i + 1)));
      // Every number cited has its entry; the policy's references are listed too, cited by its rules.
      expect([...cited].filter((n) => !entries.includes(n!))).toEqual([]);
      expect(cited.size).toBeGreaterThan(1);
      // The scenario's first citation is [1]; an unknown id stays as written; the text around it is escaped.
      expect(html).toContain('<a href="#ref-1">[1]</a> 1.5% at &lt;函館&gt;');
      expect(html).toContain('[no-such-reference]');
      const jshis = REFERENCES.find((r) => r.id === 'jshis-2018')!;
      expect(html).toContain(`<li id="ref-1" value="1">${jshis.publisher}「${jshis.title}」(${jshis.date})`);
      expect(html).toContain(jshis.facts[lang]);
      const md = report.toMarkdown();
      expect(md).toContain(`| a | 1 | \\[1\\] 1.5% at &lt;函館&gt; |`);
      expect(md).toContain(`\n1. ${jshis.publisher}`);
    }
  });

  it('words every number by its label and in its unit: the assumed numbers first, then the sourced ones', () => {
    const provenance = [
      { path: 'hazards.lgwan.outageAnnualRate', value: 0.2, source: 'J-LIS annual report 2023, https://www.j-lis.go.jp/', assumed: false },
      { path: 'costs.pressConferenceYen', value: 500_000, source: 'assumption: a half-day of staff and a rented room', assumed: true },
    ];
    // The scenario's part; the model's own assumptions follow (next test).
    const scenarioPart = (lang: Lang) => markdownOf(renderAssumptions({ lang, scenario, provenance }).blocks, lang).split('\n\n').slice(0, 8).join('\n\n');
    expect(scenarioPart('ja')).toMatchInlineSnapshot(`
      "# テスト町 前提と出典（付録）

      報告書「テスト町」の計算に使った数値のすべてを、出典または仮定の理由とともに示します。表の\\[n\\]は末尾の参考文献の番号です。

      出典・根拠の欄の注記と仮定の理由は英語で書かれています（プロジェクトの原文のまま）。各参考文献には日本語の要約を付けています。

      数値2件のうち、出典のある数値が1件、出典のない仮定（assumption）が1件です。仮定の値は町の実情に合わせて見直してください。

      **表1　仮定（出典なし）**

      | 項目 | 値 | 出典・根拠 |
      | --- | --- | --- |
      | 費用: 記者会見 | 50万円 | 仮定：a half-day of staff and a rented room |

      **表2　出典のある数値**

      | 項目 | 値 | 出典・根拠 |
      | --- | --- | --- |
      | LGWAN: 障害（年あたり） | 年0.2回 | J-LIS annual report 2023, https://www.j-lis.go.jp/ |"
    `);
    expect(scenarioPart('en')).toMatchInlineSnapshot(`
      "# テスト町: assumptions and sources (appendix)

      Every number the report "テスト町" computes with, with its source or the reason it is assumed. \\[n\\] in the tables is the number of a reference at the end.

      Of 2 numbers, 1 cite a source and 1 are assumptions; review the assumptions against the town's own figures.

      **Table 1. Assumptions (no source)**

      | field | value | source |
      | --- | --- | --- |
      | Costs: Press conference | ¥500,000 | Assumption: a half-day of staff and a rented room |

      **Table 2. Sourced numbers**

      | field | value | source |
      | --- | --- | --- |
      | LGWAN: Outages (per year) | 0.2 a year | J-LIS annual report 2023, https://www.j-lis.go.jp/ |

      Besides, 15 numbers are built into the model itself (a scenario cannot change them): 3 with a source, 12 assumptions."
    `);
  });

  it('lists the numbers built into the model, each worded with its value and source, in every report', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const provenance of [undefined, []]) {
        const table = modelTable(renderAssumptions({ lang, scenario, ...(provenance ? { provenance } : {}) }).blocks);
        // Each reference the model cites is printed as its number in the bibliography.
        const numbered = (source: string) => sourceText(source, lang).replace(/\[[a-z0-9-]+\]/g, '[n]');
        expect(table?.rows.map((r) => r[2]!.replace(/\[\d+\]/g, '[n]'))).toEqual(Object.values(MODEL_ASSUMPTIONS).map((a) => numbered(a.source)));
      }
    }
    const rows = (lang: Lang) => modelTable(renderAssumptions({ lang, scenario }).blocks)!.rows.map((r) => `${r[0]}: ${r[1]}`);
    expect(rows('ja')).toMatchInlineSnapshot(`
      [
        "被害が出始める計測震度（これより弱い地震は記録しない）: 計測震度4.5",
        "町の沿岸での津波の高さの、地域の推定値に対する倍率: 0.5〜1.5倍（一様分布）",
        "故障したサーバの状況確認とベンダーへの連絡にかかる時間: 0.5時間",
        "システムの再構築・復元の前に職員が状況を確認する時間: 1時間",
        "町と同じ大雪に見舞われる拠点の範囲: 100km",
        "広域の地震のあと、ベンダーがほかの自治体から呼ばれる時間帯: 24時間",
        "災害直後に避難行動要支援者名簿が必要な時間: 72時間（3日）",
        "名簿に届くかどうかを確かめる間隔: 0.25時間",
        "深さを指定しないシナリオ上の地震の震源の深さ: 20km",
        "時刻を指定しないバックアップを取る時刻（0時からの時間）: 2時間",
        "種別を指定しないシナリオ上の地震の震源種別: 地殻内地震",
        "傾斜を指定しない地殻内地震の断層面の傾斜角（度）: 90",
        "傾斜を指定しないプレート間地震の断層面の傾斜角（度）: 15",
        "傾斜を指定しないプレート内（スラブ内）地震の断層面の傾斜角（度）: 60",
        "シナリオが指定しないとき、共同利用拠点の事業者が同時に復旧する構成団体の数: 1",
      ]
    `);
    expect(rows('en')).toMatchInlineSnapshot(`
      [
        "instrumental intensity from which an earthquake can do damage (weaker ones are not recorded): instrumental intensity 4.5",
        "the tsunami's height on the town's coast, as a multiple of the regional estimate: uniform, ×0.5 – ×1.5",
        "time to check a failed server and call the vendor: 0.5 h",
        "time staff take stock before a system is rebuilt or restored: 1 h",
        "how far the town's snowstorms reach other sites: 100 km",
        "when, after a regional quake, a vendor's other towns call it out: 24 h",
        "how long after a disaster the evacuation-support list is needed: 72 h (3 days)",
        "how often the list is checked to be reachable: 0.25 h",
        "the depth of a scripted earthquake that gives none: 20 km",
        "when a backup that gives no time of day runs (hours after midnight): 2 h",
        "the source type of a scripted earthquake that names none: crustal earthquake",
        "the dip of a crustal rupture that gives none (degrees): 90",
        "the dip of a plate-interface rupture that gives none (degrees): 15",
        "the dip of an intraslab rupture that gives none (degrees): 60",
        "member towns' tenants a shared site's operator restores at once, when the scenario does not say: 1",
      ]
    `);
  });

  it('is a printable page that looks like the report: the same CSS, long tables allowed to break', () => {
    const html = renderAssumptions({ lang: 'ja', scenario, provenance: [] }).toHTML();
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
    expect(html).toContain('.machi-table { break-inside: auto; }');
    expect(html).not.toMatch(/<script|src=/);
  });

  it('says in Japanese that the reasons are in English, and not in English', () => {
    const intro = (lang: Lang) => renderAssumptions({ lang, scenario, provenance: [] }).blocks.slice(0, 3).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(intro('ja').join('')).toContain('英語で書かれています');
    expect(intro('en').join('')).not.toContain('English');
  });

  it('writes assumptions.csv: BOM, labelled headings, one row per number, text guarded against formulas', () => {
    const provenance: ProvenanceEntry[] = [
      { path: 'costs.forensicsYen', value: 3_000_000, source: '=HYPERLINK("x")', assumed: false },
      { path: 'systems[0].restoreHours', value: { lognormal90: [4, 24] }, source: 'assumption: a day at most', assumed: true },
    ];
    const csv = [...renderAssumptions({ lang: 'ja', scenario, provenance }).toCSV()].join('');
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF項目 [label],パス [path],値 [value],値（書かれたまま） [raw],種別 [kind],出典・根拠 [source]',
      `費用: 調査（フォレンジック）,costs.forensicsYen,300万円,3000000,出典あり,"'=HYPERLINK(""x"")"`,
      `システム「registry」: 復元時間,systems[0].restoreHours,対数正規 90%区間 4時間〜24時間,"{""lognormal90"":[4,24]}",仮定,仮定：a day at most`,
      '',
    ]);
  });

  it('names every number of small-town by a label, and writes no value as raw JSON', () => {
    const preset = PRESETS['small-town']!;
    const provenance = collectProvenance(preset);
    for (const lang of ['ja', 'en'] as const) {
      const md = renderAssumptions({ lang, scenario: scenarioSchema.parse(preset), provenance }).toMarkdown();
      expect(md).not.toMatch(/\| [a-z]+[A-Z][A-Za-z]*(\.|\[)/);
      expect(md).not.toMatch(/\{"|\[\d+,\d+\]/);
    }
  });
});

describe('assumptionValue(path, value, lang)', () => {
  it.each([
    ['costs.forensicsYen', 3_000_000, '300万円', '¥3 million'],
    ['systems[0].rtoHours', 96, '96時間（4日）', '96 h (4 days)'],
    ['threats.leaks[1].dataClassProbability.myNumber', 0.05, '5%', '5%'],
    ['hazards.lgwan.outageAnnualRate', 0.2, '年0.2回', '0.2 a year'],
    ['sites[0].floorAboveGroundM', 3, '3m', '3 m'],
    ['people.vendors[0].disasterTravelMultiplier', 3, '3倍', '×3'],
    ['systems[0].restoreHours', { lognormal90: [336, 2160] }, '対数正規 90%区間 336時間（14日）〜2,160時間（90日）', 'lognormal, 90% range 336 h (14 days) – 2,160 h (90 days)'],
    ['systems[0].restoreHours', { pert: [1, 2, 8] }, 'PERT 最小1時間・最頻2時間・最大8時間', 'PERT: min 1 h, most likely 2 h, max 8 h'],
    ['threats.leaks[0].persons', { bands: [{ min: 1, max: 10, share: 0.9 }, { min: 10, max: 1000, share: 0.1 }] }, '区間別 1〜10（90%）、10〜1,000（10%）', 'bands 1 – 10 (90%); 10 – 1,000 (10%)'],
  ])('%s %j', (path, value, ja, en) => {
    expect([assumptionValue(path, value, 'ja'), assumptionValue(path, value, 'en')]).toEqual([ja, en]);
  });
});
