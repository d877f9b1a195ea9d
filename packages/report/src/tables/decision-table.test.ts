import { describe, expect, it } from 'vitest';
import { variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { handBuiltResult, handBuiltScenario } from '../test-support.ts';
import { decisionTable } from './decision-table.ts';

const result = handBuiltResult();
const scenario = handBuiltScenario();

describe('the decision table that opens the report', () => {
  it('decisionTable(result) gives each option its cost, 1-in-100-year cost, downtime, data lost, public-facing actions and safety score', () => {
    const table = decisionTable(result, { lang: 'ja', scenario });
    expect(`${table.title}\n${table.toMarkdown()}`).toMatchInlineSnapshot(`
      "案ごとの主な数字（200通り × 5年の試行から）
      | 項目 | 役場サーバ室 | ハウジング | ガバメントクラウド |
      | --- | ---: | ---: | ---: |
      | 年間費用（年平均） | 1.8億円 （95%区間 1.6億円〜2億円） | 1.9億円 （95%区間 1.7億円〜2.1億円） | 2億円 （95%区間 1.8億円〜2.2億円） |
      | 年間費用（100年に1度の悪い年） | 4.5億円 | 3.7億円 | 3.1億円 |
      | 重要業務の延べ停止時間（年平均） | 120時間（5日） （95%区間 108時間（4.5日）〜132時間（5.5日）） | 60時間 （95%区間 54時間〜66時間） | 24時間 （95%区間 22時間〜26時間） |
      | 失われた更新（年平均） | 30時間 （95%区間 27時間〜33時間） | 12時間 （95%区間 11時間〜13時間） | 4時間 （95%区間 3.6時間〜4.4時間） |
      | 本人への通知・謝罪が必要になる年の確率 | 60% （95%区間 48%〜72.5%） | 42% （95%区間 33.6%〜50.9%） | 24% （95%区間 19.2%〜29.3%） |
      | 個人情報保護委員会への報告が必要になる年の確率 | 30% （95%区間 24%〜36.5%） | 21% （95%区間 16.8%〜25.7%） | 12% （95%区間 9.6%〜14.9%） |
      | 公表が必要になる年の確率 | 25% （95%区間 20%〜30.5%） | 17.5% （95%区間 14%〜21.5%） | 10% （95%区間 8%〜12.5%） |
      | 記者会見が必要になる年の確率 | 5% （95%区間 4%〜6.5%） | 3.5% （95%区間 2.8%〜4.7%） | 2% （95%区間 1.6%〜2.9%） |
      | 住民への補償が必要になる年の確率 | 2% （95%区間 1.6%〜2.9%） | 1.4% （95%区間 1.1%〜2.2%） | 0.8% （95%区間 0.64%〜1.5%） |
      | 安全スコア（0〜100、高いほど安全） | 62 （95%区間 59〜65） | 70.5 （95%区間 67.5〜73.5） | 80.3 （95%区間 77.3〜83.3） |

      区間は95%区間（年平均はモンテカルロ誤差、確率はWilsonの方法）で、入力した前提の不確かさは含みません。100年に1度の悪い年は「何年に1度の悪い年か」の表の値（VaR）です。詳しくは以下の各節にあります。
      "
    `);
  });

  it('words the same rows in English, with its intervals in the same style', () => {
    const table = decisionTable(result, { lang: 'en', scenario });
    expect(table.columns.map((c) => c.label)).toEqual(['Item', ...result.variants.map((v) => variantLabel(v.id, 'en', scenario))]);
    expect(table.rows.map((r) => r[0])).toMatchInlineSnapshot(`
      [
        "Annual cost (mean)",
        "Annual cost (1-in-100 year)",
        "Critical downtime (mean a year)",
        "Updates lost (mean a year)",
        "Year with: notify and apologise to individuals",
        "Year with: report to the PPC (Commission)",
        "Year with: publish a notice",
        "Year with: press conference",
        "Year with: compensate residents",
        "Safety score (0 to 100, higher is safer)",
      ]
    `);
    expect(table.rows[0]![1]).toMatch(/^¥[\d.,]+\u00a0(million|billion)\n\(95%\u00a0interval ¥[\d.,]+\u00a0(million|billion) – ¥[\d.,]+\u00a0(million|billion)\)$/);
  });

  it('carries the numbers behind its cells: the 1-in-100 year is the return-period value at risk', () => {
    const data = decisionTable(result, { lang: 'en', scenario }).data as { key: string; values: { variant: string; value: number | null }[] }[];
    const at100 = (id: string) => result.variants.find((v) => v.id === id)!.metrics.costYen!.returnPeriods.find((r) => r.returnPeriodYears === 100)!.valueAtRisk;
    expect(data.find((row) => row.key === 'costYen-1in100')!.values).toEqual(result.variants.map((v) => ({ variant: v.id, value: at100(v.id), ciLow: null, ciHigh: null })));
  });
});

describe('the summary sentence on the option that stops least', () => {
  const best = (lang: 'ja' | 'en', shorter: boolean, costChange: 'more' | 'less' | 'unclear') =>
    localeOf(lang).summary.best({ best: 'B', baseline: 'A', downtimeDifference: '23 h', shorter, shorterOrEqualShare: '95%', costDifference: 'X', costChange });

  it('says "in exchange" only when the safer option costs more, and "and" when it also costs less', () => {
    expect(best('ja', true, 'more')).toContain('その代わり年間費用はX高くなります。');
    expect(best('ja', true, 'less')).toContain('しかも年間費用はX安くなります。');
    expect(best('ja', true, 'less')).not.toContain('その代わり');
    expect(best('en', true, 'more')).toContain('In exchange it costs X a year more.');
    expect(best('en', true, 'less')).toContain('And it costs X a year less.');
  });

  it('says when the run cannot tell whether the cost goes up or down', () => {
    expect(best('ja', true, 'unclear')).toContain('高いか安いかはこの試行数では分かりません');
    expect(best('en', true, 'unclear')).toContain('whether more or less cannot be told from this many years');
  });
});
