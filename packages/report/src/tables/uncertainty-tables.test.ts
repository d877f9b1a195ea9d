import { describe, expect, it } from 'vitest';
import type { Table } from '../table.ts';
import { handBuiltScenario } from '../test-support.ts';
import { handBuiltSensitivity, handBuiltUncertainty } from '../uncertainty/test-support.ts';
import { probabilityBestTable } from './probability-best-table.ts';
import { switchingValuesTable } from './switching-values-table.ts';

const scenario = handBuiltScenario();
const uncertainty = handBuiltUncertainty();
const sensitivity = handBuiltSensitivity();
const shown = (t: Table) => `${t.title}\n${t.toMarkdown()}`;

describe('probabilityBestTable', () => {
  it('gives P(best) with its interval per metric and option, and whether the ranking holds', () => {
    expect(shown(probabilityBestTable(uncertainty.probabilityBest, uncertainty.rankingHolds, { lang: 'en', scenario }))).toMatchInlineSnapshot(`
      "Probability that each option is the best
      | Best on | Town-hall server room | Housing | Government cloud | The ranking at the inputs' values holds |
      | --- | ---: | ---: | ---: | --- |
      | annual cost (running + incidents) | 12.5% (2.5% – 22.5%) | 75% (65% – 85%) | 12.5% (2.5% – 22.5%) | 60% (47% – 72%) |
      | critical-service downtime (summed over services) | 0% (0% – 10%) | 12.5% (2.5% – 22.5%) | 87.5% (77.5% – 97.5%) | 87% (77% – 94%) |

      Share of 64 input sets; in brackets the 95% interval, which holds the error of both the input sets and the few runs per set.
      "
    `);
    expect(shown(probabilityBestTable(uncertainty.probabilityBest, uncertainty.rankingHolds, { lang: 'ja', scenario }))).toMatchInlineSnapshot(`
      "各案が最もよい案になる確率
      | 指標 | 役場サーバ室 | ハウジング | ガバメントクラウド | 既定値での順位が変わらない |
      | --- | ---: | ---: | ---: | --- |
      | 年間費用（運用+インシデント） | 12.5%（2.5%〜22.5%） | 75%（65%〜85%） | 12.5%（2.5%〜22.5%） | 60%（47%〜72%） |
      | 重要業務の延べ停止時間 | 0%（0%〜10%） | 12.5%（2.5%〜22.5%） | 87.5%（77.5%〜97.5%） | 87%（77%〜94%） |

      前提の組64通りのうちの割合。括弧内は95%区間で、前提の組の数と組ごとの試行回数の両方による誤差を含む。
      "
    `);
  });

  it('says "no difference" for a metric the options never differ on, and shows ties for best in their own column', () => {
    const [cost, downtime] = uncertainty.probabilityBest;
    const lost = { ...downtime!, result: { ...downtime!.result, noDifference: { zeroShare: 0.998 } } };
    const tied = { ...cost!, result: { ...cost!.result, tied: { probability: 0.25, low: 0.14, high: 0.36 } } };
    const table = probabilityBestTable([tied, lost], [], { lang: 'en', scenario });
    expect(table.columns.map((c) => c.key)).toEqual(['metric', 'onprem', 'housing', 'cloud', 'tied']);
    expect(table.rows[0]!.slice(4)).toEqual(['25% (14% – 36%)']);
    expect(table.rows[1]).toEqual([
      'critical-service downtime (summed over services): no difference between the options (0 in 99.8% of runs)',
      '–',
      '–',
      '–',
      '–',
    ]);
    const ja = probabilityBestTable([tied, lost], [], { lang: 'ja', scenario });
    expect(ja.rows[1]![0]).toBe('重要業務の延べ停止時間：案による違いはない（試行の99.8%で0）');
  });

  it('says that the options tie at the inputs\' values instead of how often a ranking holds, when they tie there', () => {
    const [cost, downtime] = uncertainty.rankingHolds;
    const rankings = [{ ...cost!, result: { ...cost!.result, groups: [['housing', 'onprem', 'cloud']] }, nominalTie: ['housing', 'onprem', 'cloud'] }, downtime!];
    const en = probabilityBestTable(uncertainty.probabilityBest, rankings, { lang: 'en', scenario });
    expect(en.rows.map((row) => row.at(-1))).toEqual(["– (options tie at the inputs' values: no ranking)", '87% (77% – 94%)']);
    const ja = probabilityBestTable(uncertainty.probabilityBest, rankings, { lang: 'ja', scenario });
    expect(ja.rows[0]!.at(-1)).toBe('–（既定値で案が同等：順位なし）');
  });

  it('carries the study numbers it formats and leaves the ranking column out without rankings', () => {
    const table = probabilityBestTable(uncertainty.probabilityBest, [], { lang: 'en' });
    expect(table.rows).toHaveLength(2);
    expect(table.columns.map((c) => c.key)).toEqual(['metric', 'onprem', 'housing', 'cloud']);
    expect(table.data).toEqual({ probabilityBest: uncertainty.probabilityBest, rankingHolds: [] });
    expect(() => probabilityBestTable([], [], { lang: 'en' })).toThrow(RangeError);
  });
});

describe('switchingValuesTable', () => {
  it('gives each leading input’s range, the difference at its value and where the preference changes', () => {
    expect(shown(switchingValuesTable(sensitivity.switching.results, sensitivity.inputs, { lang: 'en', scenario }))).toMatchInlineSnapshot(`
      "Switching values: where the preferred option changes
      | Compared | Input | Range | At its value | The preference changes |
      | --- | --- | ---: | ---: | --- |
      | annual cost (running + incidents): Government cloud − Town-hall server room | Line "line-dc": Faults per route (per year) | 0.05 – 0.8 | ¥2 million Town-hall server room better | at 0.45 (82% of its plausible values lie below): from Town-hall server room to Government cloud |
      | annual cost (running + incidents): Government cloud − Town-hall server room | System "registry": Annual cost › Government cloud | 1,000,000 – 2,500,000 | ¥2 million Town-hall server room better | not within its range |

      Every other input at its value, the same random numbers at every point; a crossing is placed by bisection to 0.1% of the range.
      "
    `);
    expect(shown(switchingValuesTable(sensitivity.switching.results, sensitivity.inputs, { lang: 'ja', scenario }))).toMatchInlineSnapshot(`
      "優劣が入れ替わる値（スイッチング値）
      | 比べるもの | 前提 | 範囲 | 既定値での差 | 優劣が入れ替わる値 |
      | --- | --- | ---: | ---: | --- |
      | 年間費用（運用+インシデント）（ガバメントクラウド − 役場サーバ室） | 回線「line-dc」: 経路あたりの故障（年あたり） | 0.05〜0.8 | 200万円 役場サーバ室が有利 | 0.45（ありうる値の82%がこれより下）で役場サーバ室からガバメントクラウドへ |
      | 年間費用（運用+インシデント）（ガバメントクラウド − 役場サーバ室） | システム「registry」: 年間費用 › ガバメントクラウド | 1,000,000〜2,500,000 | 200万円 役場サーバ室が有利 | 範囲内では入れ替わらない |

      他の前提は既定値、どの点でも同じ乱数。入れ替わる値は範囲の0.1%まで二分法で求めた。
      "
    `);
  });

  it('escapes an option labelled <script> in HTML', () => {
    const hostile = structuredClone(scenario) as unknown as { variants: Record<string, { label: unknown }> };
    hostile.variants.cloud!.label = '<script>alert(1)</script>';
    const html = switchingValuesTable(sensitivity.switching.results, sensitivity.inputs, { lang: 'en', scenario: hostile as never }).toHTML();
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });
});
