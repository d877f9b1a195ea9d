import type { Lang } from './lang.ts';

/** Words shared by tables and reports, in both languages. */
export const WORDS = {
  variant: { ja: '案', en: 'option' },
  metric: { ja: '指標', en: 'metric' },
  mean: { ja: '年平均(期待値)', en: 'expected per year' },
  interval95: { ja: '95%信頼区間', en: '95% interval' },
  median: { ja: '中央値', en: 'median' },
  p90: { ja: '10年に1度の年(90%点)', en: '1-in-10 year (90th pct.)' },
  p99: { ja: '100年に1度の年(99%点)', en: '1-in-100 year (99th pct.)' },
  max: { ja: '最大', en: 'largest' },
  action: { ja: '対応', en: 'action' },
  annualProbability: { ja: '年間発生確率', en: 'probability per year' },
  frequency: { ja: '頻度の目安', en: 'how often' },
  expectedPerYear: { ja: '年平均回数', en: 'expected per year' },
  drivers: { ja: '主な原因', en: 'main causes' },
  difference: { ja: '差(A − B)', en: 'difference (A − B)' },
  aBetter: { ja: 'Aの方が小さい年の割合', en: 'share of years A is lower' },
  equal: { ja: '同じ', en: 'equal' },
  returnPeriod: { ja: '再現期間', en: 'return period' },
  valueAtRisk: { ja: 'その年の値(VaR)', en: 'value (VaR)' },
  tailValueAtRisk: { ja: 'それより悪い年の平均(TVaR)', en: 'mean of worse years (TVaR)' },
  notAvailable: { ja: '試行数不足', en: 'too few years' },
  replications: { ja: '試行数', en: 'replications' },
  relativeHalfWidth: { ja: '相対半幅', en: 'relative half-width' },
  fiscalYear: { ja: '年度', en: 'fiscal year' },
  runningCost: { ja: '運用費用', en: 'running cost' },
  incidentCost: { ja: 'インシデント費用', en: 'incident cost' },
  totalCost: { ja: '合計', en: 'total' },
  score: { ja: '安全スコア', en: 'safety score' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A word of `WORDS` in `lang`. */
export const word = (key: keyof typeof WORDS, lang: Lang): string => WORDS[key][lang];
