import { describe, expect, it } from 'vitest';
import { formatYen } from '../format/yen.ts';
import type { Lang } from '../lang.ts';
import { Table } from '../table.ts';
import { handBuiltResult, handBuiltScenario } from '../test-support.ts';
import { actionDriversTable, actionsTable } from './actions-table.ts';
import { comparisonsTable } from './comparisons-table.ts';
import { convergenceSummaryTable } from './convergence-summary-table.ts';
import { fiscalYearOfSimulatedYear, fiscalYearTable } from './fiscal-year-table.ts';
import { metricTable } from './metric-table.ts';
import { returnPeriodTable } from './return-period-table.ts';

const result = handBuiltResult();
const scenario = handBuiltScenario();
const opts = (lang: Lang) => ({ lang, scenario });
const shown = (t: Table) => `${t.title}\n${t.toMarkdown()}`;

describe('tables of a Monte Carlo result', () => {
  it('metricTable carries the result numbers it formats, per variant in run order', () => {
    const t = metricTable(result, 'costYen', opts('ja'));
    expect((t.data as { variant: string }[]).map((d) => d.variant)).toEqual(result.stamp.variants);
    expect((t.data as { mean: number }[])[0]!.mean).toBe(result.variants[0]!.metrics.costYen!.mean);
    expect(t.rows[0]![1]!.startsWith(`${formatYen(result.variants[0]!.metrics.costYen!.mean, 'ja')}\n（95%区間 `)).toBe(true);
    // The 1-in-100 year is the return-period table's value at risk, not a separately interpolated percentile.
    const at100 = result.variants[0]!.metrics.costYen!.returnPeriods.find((r) => r.returnPeriodYears === 100)!.valueAtRisk;
    expect((t.data as { oneIn100: number }[])[0]!.oneIn100).toBe(at100);
    // Rows are the statistics, columns the options: the 1-in-100 year is the fourth row.
    expect(t.rows[3]![1]).toBe(formatYen(at100!, 'ja'));
  });

  it('metricTable words a metric, its statistics and each option', () => {
    expect(shown(metricTable(result, 'downtimeHours', opts('ja')))).toMatchInlineSnapshot(`
      "重要業務の延べ停止時間
      | 統計量 | 役場サーバ室 | ハウジング | ガバメントクラウド |
      | --- | ---: | ---: | ---: |
      | 年平均（期待値） | 120時間（5日） （95%区間 108時間（4.5日）〜132時間（5.5日）） | 60時間 （95%区間 54時間〜66時間） | 24時間 （95%区間 22時間〜26時間） |
      | 中央値 | 60時間 | 30時間 | 12時間 |
      | 10年に1度の悪い年 | 120時間（5日） | 60時間 | 24時間 |
      | 100年に1度の悪い年 | 1,200時間（50日） | 600時間（25日） | 240時間（10日） |
      | 最大 | 1,440時間（60日） | 720時間（30日） | 288時間（12日） |

      10年に1度・100年に1度の悪い年は、試行したすべての年を並べ、悪い方から年数の1/10・1/100の年を除いた次の年の値（VaR、補間しない順序統計量）で、「何年に1度の悪い年か」の表と同じ値です。試行した年数が10倍に満たない期間は求めません（試行数不足）。
      "
    `);
    expect(shown(metricTable(result, 'downtimeHours', opts('en')))).toMatchInlineSnapshot(`
      "critical-service downtime (summed over services)
      | statistic | Town-hall server room | Housing | Government cloud |
      | --- | ---: | ---: | ---: |
      | expected per year | 120 h (5 days) (95% interval 108 h (4.5 days) – 132 h (5.5 days)) | 60 h (95% interval 54 h – 66 h) | 24 h (95% interval 22 h – 26 h) |
      | median | 60 h | 30 h | 12 h |
      | 1-in-10 year | 120 h (5 days) | 60 h | 24 h |
      | 1-in-100 year | 1,200 h (50 days) | 600 h (25 days) | 240 h (10 days) |
      | largest | 1,440 h (60 days) | 720 h (30 days) | 288 h (12 days) |

      The 1-in-10 and 1-in-100 years: all simulated years sorted, the worst tenth or hundredth of them set aside, the next one (VaR, an order statistic, not interpolated) – the same figures as in the return-period table. Not estimated from fewer than ten times as many years.
      "
    `);
  });

  it('actionsTable gives each action’s probability per year with its interval and how often that is', () => {
    expect(shown(actionsTable(result, opts('ja')))).toMatchInlineSnapshot(`
      "対応が必要になる年の確率（年間）
      | 対応 | 役場サーバ室 | ハウジング | ガバメントクラウド |
      | --- | ---: | ---: | ---: |
      | 本人への通知・謝罪 | 60% （95%区間 48%〜72.5%） 1.7年に1度程度 | 42% （95%区間 33.6%〜50.9%） 2.4年に1度程度 | 24% （95%区間 19.2%〜29.3%） 4.2年に1度程度 |
      | 個人情報保護委員会への報告 | 30% （95%区間 24%〜36.5%） 3.3年に1度程度 | 21% （95%区間 16.8%〜25.7%） 4.8年に1度程度 | 12% （95%区間 9.6%〜14.9%） 8.3年に1度程度 |
      | 公表 | 25% （95%区間 20%〜30.5%） 4年に1度程度 | 17.5% （95%区間 14%〜21.5%） 5.7年に1度程度 | 10% （95%区間 8%〜12.5%） 10年に1度程度 |
      | 記者会見 | 5% （95%区間 4%〜6.5%） 20年に1度程度 | 3.5% （95%区間 2.8%〜4.7%） 29年に1度程度 | 2% （95%区間 1.6%〜2.9%） 50年に1度程度 |
      | 住民への補償 | 2% （95%区間 1.6%〜2.9%） 50年に1度程度 | 1.4% （95%区間 1.1%〜2.2%） 71年に1度程度 | 0.8% （95%区間 0.64%〜1.5%） 130年に1度程度 |
      | 議会への報告 | 10% （95%区間 8%〜12.5%） 10年に1度程度 | 7% （95%区間 5.6%〜8.9%） 14年に1度程度 | 4% （95%区間 3.2%〜5.3%） 25年に1度程度 |
      | BCP（業務継続計画）の発動 | 0% （95%区間 0%〜0.5%） 試行中に発生なし | 0% （95%区間 0%〜0.5%） 試行中に発生なし | 0% （95%区間 0%〜0.5%） 試行中に発生なし |

      区間はWilsonの方法による95%信頼区間です。
      "
    `);
    expect(shown(actionsTable(result, opts('en')))).toMatchInlineSnapshot(`
      "Probability per year that each response is needed
      | action | Town-hall server room | Housing | Government cloud |
      | --- | ---: | ---: | ---: |
      | notify and apologise to individuals | 60% (95% interval 48% – 72.5%) about once in 1.7 years | 42% (95% interval 33.6% – 50.9%) about once in 2.4 years | 24% (95% interval 19.2% – 29.3%) about once in 4.2 years |
      | report to the PPC (Commission) | 30% (95% interval 24% – 36.5%) about once in 3.3 years | 21% (95% interval 16.8% – 25.7%) about once in 4.8 years | 12% (95% interval 9.6% – 14.9%) about once in 8.3 years |
      | publish a notice | 25% (95% interval 20% – 30.5%) about once in 4 years | 17.5% (95% interval 14% – 21.5%) about once in 5.7 years | 10% (95% interval 8% – 12.5%) about once in 10 years |
      | press conference | 5% (95% interval 4% – 6.5%) about once in 20 years | 3.5% (95% interval 2.8% – 4.7%) about once in 29 years | 2% (95% interval 1.6% – 2.9%) about once in 50 years |
      | compensate residents | 2% (95% interval 1.6% – 2.9%) about once in 50 years | 1.4% (95% interval 1.1% – 2.2%) about once in 71 years | 0.8% (95% interval 0.64% – 1.5%) about once in 130 years |
      | report to the council | 10% (95% interval 8% – 12.5%) about once in 10 years | 7% (95% interval 5.6% – 8.9%) about once in 14 years | 4% (95% interval 3.2% – 5.3%) about once in 25 years |
      | activate the BCP | 0% (95% interval 0% – 0.5%) not seen in the simulated years | 0% (95% interval 0% – 0.5%) not seen in the simulated years | 0% (95% interval 0% – 0.5%) not seen in the simulated years |

      Intervals: 95% Wilson intervals.
      "
    `);
  });

  it('actionDriversTable names the causes behind an action, a leak by its cause', () => {
    expect(shown(actionDriversTable(result, 'pressConference', opts('ja')))).toMatchInlineSnapshot(`
      "「記者会見」につながった原因
      | 原因 | 役場サーバ室 | ハウジング | ガバメントクラウド |
      | --- | ---: | ---: | ---: |
      | 個人情報の漏えい等（誤送付・誤送信） | 45 (75%) | 32 (76.2%) | 18 (75%) |
      | 地震 | 9 (15%) | 6 (14.3%) | 4 (16.7%) |
      | ランサムウェア攻撃 | 6 (10%) | 4 (9.5%) | 2 (8.3%) |

      各欄：全試行での件数（その案での割合）。
      "
    `);
    expect(shown(actionDriversTable(result, 'pressConference', opts('en')))).toMatchInlineSnapshot(`
      "What led to "press conference"
      | cause | Town-hall server room | Housing | Government cloud |
      | --- | ---: | ---: | ---: |
      | Personal-data incident (mis-sent letter or e-mail) | 45 (75%) | 32 (76.2%) | 18 (75%) |
      | Earthquake | 9 (15%) | 6 (14.3%) | 4 (16.7%) |
      | Ransomware attack | 6 (10%) | 4 (9.5%) | 2 (8.3%) |

      Each cell: incidents over all replications (share within that option).
      "
    `);
  });

  it('comparisonsTable with a baseline reads every row as option − baseline', () => {
    const t = comparisonsTable(result, { ...opts('en'), metrics: ['costYen'], baseline: 'housing' });
    const data = t.data as { a: string; b: string; meanDifference: number }[];
    expect(data.map((d) => [d.a, d.b])).toEqual([
      ['onprem', 'housing'],
      ['cloud', 'housing'],
    ]);
    const c = result.comparisons.find((x) => x.a === 'housing' && x.b === 'cloud' && x.metric === 'costYen')!;
    expect(data[1]!.meanDifference).toBe(-c.meanDifference);
    expect(shown(comparisonsTable(result, { ...opts('ja'), metrics: ['costYen', 'downtimeHours'], baseline: 'onprem' }))).toMatchInlineSnapshot(`
      "案どうしの比較（同じ災害・事故を受けた場合の差）
      | A − B | 指標 | 差（A − B） | Aの方が小さい年の割合 | 同じ |
      | --- | --- | ---: | ---: | ---: |
      | ハウジング − 役場サーバ室 | 年間費用（運用+インシデント） | 1,000万円 （95%区間 800万円〜1,200万円） | 20% | 10% |
      | ハウジング − 役場サーバ室 | 重要業務の延べ停止時間 | -60時間 （95%区間 -72時間（-3日）〜-48時間） | 70% | 10% |
      | ガバメントクラウド − 役場サーバ室 | 年間費用（運用+インシデント） | 2,200万円 （95%区間 1,760万円〜2,640万円） | 20% | 10% |
      | ガバメントクラウド − 役場サーバ室 | 重要業務の延べ停止時間 | -96時間（-4日） （95%区間 -115時間（-4.8日）〜-77時間（-3.2日）） | 70% | 10% |

      差が負なら A の方が小さい（よい）。区間はモンテカルロ誤差のみを示します。
      "
    `);
    expect(shown(comparisonsTable(result, { ...opts('en'), metrics: ['costYen', 'downtimeHours'], baseline: 'onprem' }))).toMatchInlineSnapshot(`
      "Options compared under the same hazards
      | A − B | metric | difference (A − B) | share of years A is lower | equal |
      | --- | --- | ---: | ---: | ---: |
      | Housing − Town-hall server room | annual cost (running + incidents) | ¥10 million (95% interval ¥8 million – ¥12 million) | 20% | 10% |
      | Housing − Town-hall server room | critical-service downtime (summed over services) | -60 h (95% interval -72 h (-3 days) – -48 h) | 70% | 10% |
      | Government cloud − Town-hall server room | annual cost (running + incidents) | ¥22 million (95% interval ¥18 million – ¥26 million) | 20% | 10% |
      | Government cloud − Town-hall server room | critical-service downtime (summed over services) | -96 h (-4 days) (95% interval -115 h (-4.8 days) – -77 h (-3.2 days)) | 70% | 10% |

      A negative difference means A is lower (better). Intervals show Monte Carlo noise only.
      "
    `);
  });

  it('returnPeriodTable says "too few years" beyond a tenth of the years simulated', () => {
    expect(shown(returnPeriodTable(result, 'costYen', opts('ja')))).toMatchInlineSnapshot(`
      "年間費用（運用+インシデント）:何年に1度の悪い年か
      | 再現期間 | 役場サーバ室 | ハウジング | ガバメントクラウド |
      | --- | ---: | ---: | ---: |
      | 2年に1度程度 | 1.6億円 (1.6億円) | 1.7億円 (1.8億円) | 1.9億円 (1.9億円) |
      | 5年に1度程度 | 1.6億円 (1.8億円) | 1.8億円 (1.9億円) | 2億円 (2億円) |
      | 10年に1度程度 | 1.8億円 (2.1億円) | 1.9億円 (2.1億円) | 2億円 (2.1億円) |
      | 100年に1度程度 | 4.5億円 (7.5億円) | 3.7億円 (5.7億円) | 3.1億円 (4.3億円) |
      | 200年に1度程度 | 試行数不足 | 試行数不足 | 試行数不足 |

      各欄：その年の値（VaR）（括弧内：それより悪い年の平均（TVaR））。
      "
    `);
    expect(shown(returnPeriodTable(result, 'costYen', opts('en')))).toMatchInlineSnapshot(`
      "annual cost (running + incidents): how bad a once-in-T-years year is
      | return period | Town-hall server room | Housing | Government cloud |
      | --- | ---: | ---: | ---: |
      | about once in 2 years | ¥156 million (¥162 million) | ¥174 million (¥178 million) | ¥192 million (¥195 million) |
      | about once in 5 years | ¥165 million (¥180 million) | ¥180 million (¥190 million) | ¥196 million (¥202 million) |
      | about once in 10 years | ¥180 million (¥210 million) | ¥190 million (¥210 million) | ¥202 million (¥214 million) |
      | about once in 100 years | ¥450 million (¥750 million) | ¥370 million (¥570 million) | ¥310 million (¥430 million) |
      | about once in 200 years | too few years | too few years | too few years |

      Each cell: value (VaR) (in brackets: mean of worse years (TVaR)).
      "
    `);
  });

  it('convergenceSummaryTable gives each headline estimate against its target, an action’s in percent', () => {
    // One row per estimate (the headline metrics, then the actions), one column per option.
    const rows = (lang: Lang) => convergenceSummaryTable(result, opts(lang)).rows.slice(0, 12);
    expect(rows('ja').map((r) => r.join(' | ')).join('\n')).toMatchInlineSnapshot(`
      "年間費用（運用+インシデント） | 1.8億円 ± 1,440万円
      目標 ± 900万円：未達 | 1.9億円 ± 1,520万円
      目標 ± 950万円：未達 | 2億円 ± 1,616万円
      目標 ± 1,010万円：未達
      重要業務の延べ停止時間 | 120時間（5日） ± 9.6時間
      目標 ± 6時間：未達 | 60時間 ± 4.8時間
      目標 ± 3時間：未達 | 24時間 ± 1.9時間
      目標 ± 1.2時間：未達
      住民がサービスを受けられなかった延べ時間 | 9,000人時 ± 720人時
      目標 ± 450人時：未達 | 4,000人時 ± 320人時
      目標 ± 200人時：未達 | 1,500人時 ± 120人時
      目標 ± 75人時：未達
      個人データが漏えい・滅失・毀損した本人の数 | 400人 ± 32人
      目標 ± 20人：未達 | 300人 ± 24人
      目標 ± 15人：未達 | 200人 ± 16人
      目標 ± 10人：未達
      失われた更新（時間） | 30時間 ± 2.4時間
      目標 ± 1.5時間：未達 | 12時間 ± 1時間
      目標 ± 1時間：達成 | 4時間 ± 0.3時間
      目標 ± 1時間：達成
      残った複製がなく失われたシステム | 0.02 ± 0.0016
      目標 ± 0.01：達成 | 0.01 ± 0.0008
      目標 ± 0.01：達成 | 0 ± 0
      目標 ± 0.01：達成
      記録が失われた住民（残った複製なし） | 40人 ± 3.2人
      目標 ± 10人：達成 | 10人 ± 0.8人
      目標 ± 10人：達成 | 0人 ± 0人
      目標 ± 10人：達成
      本人への通知・謝罪 | 60% ± 12%
      目標 ± 3%：未達 | 42% ± 8.4%
      目標 ± 2.1%：未達 | 24% ± 4.8%
      目標 ± 1.2%：未達
      個人情報保護委員会への報告 | 30% ± 6%
      目標 ± 1.5%：未達 | 21% ± 4.2%
      目標 ± 1.1%：未達 | 12% ± 2.4%
      目標 ± 0.6%：未達
      公表 | 25% ± 5%
      目標 ± 1.3%：未達 | 17.5% ± 3.5%
      目標 ± 0.87%：未達 | 10% ± 2%
      目標 ± 0.5%：未達
      記者会見 | 5% ± 1%
      目標 ± 0.5%：未達 | 3.5% ± 0.7%
      目標 ± 0.5%：未達 | 2% ± 0.4%
      目標 ± 0.5%：達成
      住民への補償 | 2% ± 0.4%
      目標 ± 0.5%：達成 | 1.4% ± 0.28%
      目標 ± 0.5%：達成 | 0.8% ± 0.16%
      目標 ± 0.5%：達成"
    `);
    expect(rows('en').map((r) => r.join(' | ')).join('\n')).toMatchInlineSnapshot(`
      "annual cost (running + incidents) | ¥180 million ± ¥14 million
      target ± ¥9 million: not met | ¥190 million ± ¥15 million
      target ± ¥9.5 million: not met | ¥202 million ± ¥16 million
      target ± ¥10 million: not met
      critical-service downtime (summed over services) | 120 h (5 days) ± 9.6 h
      target ± 6 h: not met | 60 h ± 4.8 h
      target ± 3 h: not met | 24 h ± 1.9 h
      target ± 1.2 h: not met
      resident-hours without service | 9,000 resident-hours ± 720 resident-hours
      target ± 450 resident-hours: not met | 4,000 resident-hours ± 320 resident-hours
      target ± 200 resident-hours: not met | 1,500 resident-hours ± 120 resident-hours
      target ± 75 resident-hours: not met
      persons whose data was leaked, lost or damaged | 400 persons ± 32 persons
      target ± 20 persons: not met | 300 persons ± 24 persons
      target ± 15 persons: not met | 200 persons ± 16 persons
      target ± 10 persons: not met
      updates lost (hours) | 30 h ± 2.4 h
      target ± 1.5 h: not met | 12 h ± 1 h
      target ± 1 h: met | 4 h ± 0.3 h
      target ± 1 h: met
      systems lost with no surviving copy | 0.02 ± 0.0016
      target ± 0.01: met | 0.01 ± 0.0008
      target ± 0.01: met | 0 ± 0
      target ± 0.01: met
      residents whose records were lost (no surviving copy) | 40 persons ± 3.2 persons
      target ± 10 persons: met | 10 persons ± 0.8 persons
      target ± 10 persons: met | 0 persons ± 0 persons
      target ± 10 persons: met
      notify and apologise to individuals | 60% ± 12%
      target ± 3%: not met | 42% ± 8.4%
      target ± 2.1%: not met | 24% ± 4.8%
      target ± 1.2%: not met
      report to the PPC (Commission) | 30% ± 6%
      target ± 1.5%: not met | 21% ± 4.2%
      target ± 1.1%: not met | 12% ± 2.4%
      target ± 0.6%: not met
      publish a notice | 25% ± 5%
      target ± 1.3%: not met | 17.5% ± 3.5%
      target ± 0.87%: not met | 10% ± 2%
      target ± 0.5%: not met
      press conference | 5% ± 1%
      target ± 0.5%: not met | 3.5% ± 0.7%
      target ± 0.5%: not met | 2% ± 0.4%
      target ± 0.5%: met
      compensate residents | 2% ± 0.4%
      target ± 0.5%: met | 1.4% ± 0.28%
      target ± 0.5%: met | 0.8% ± 0.16%
      target ± 0.5%: met"
    `);
  });

  it('fiscalYearTable averages each simulated year over replications, labelled by 年度 from startDate', () => {
    const t = fiscalYearTable(result, opts('ja'))!;
    const rows = t.data as { variant: string; fiscalYear: number; costYen: number }[];
    expect(rows.filter((r) => r.variant === 'onprem').map((r) => r.fiscalYear)).toEqual([2027, 2028, 2029, 2030, 2031]);
    for (const r of rows) expect(r.costYen).toBeCloseTo(result.variants.find((v) => v.id === r.variant)!.metrics.costYen!.mean, 0);
    expect(shown(fiscalYearTable(result, opts('en'))!).split('\n').slice(0, 5).join('\n')).toMatchInlineSnapshot(`
      "Expected cost by fiscal year
      | fiscal year | Town-hall server room | Housing | Government cloud |
      | --- | ---: | ---: | ---: |
      | FY2027 (April 2027 – March 2028) | ¥180 million (running ¥150 million, incidents ¥30 million) | ¥190 million (running ¥170 million, incidents ¥20 million) | ¥202 million (running ¥190 million, incidents ¥12 million) |
      | FY2028 (April 2028 – March 2029) | ¥180 million (running ¥150 million, incidents ¥30 million) | ¥190 million (running ¥170 million, incidents ¥20 million) | ¥202 million (running ¥190 million, incidents ¥12 million) |"
    `);
    expect(t.rows[0]![0]).toBe('2027年度（令和9年度）');
  });

  it('fiscalYearOfSimulatedYear names a simulated year by the fiscal year holding its middle', () => {
    expect(fiscalYearOfSimulatedYear('2027-04-01', 0)).toBe(2027);
    // 8,760-hour years drift: year 2 of a 1 April 2027 start begins on 31 March 2029, inside FY2028.
    expect(fiscalYearOfSimulatedYear('2027-04-01', 2)).toBe(2029);
    expect(fiscalYearOfSimulatedYear('2027-01-01', 0)).toBe(2027);
  });

  it('a table escapes its cells in HTML and Markdown', () => {
    const t = new Table({ id: 'x', title: '<b>', columns: [{ key: 'a', label: 'a|b' }], rows: [['<script>alert(1)</script>']] });
    expect(t.toHTML()).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(t.toHTML()).not.toContain('<script>');
    expect(t.toMarkdown()).toBe('| a\\|b |\n| --- |\n| &lt;script&gt;alert(1)&lt;/script&gt; |\n');
  });
});
