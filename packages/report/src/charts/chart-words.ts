import type { Lang } from '../lang.ts';

/** Words drawn in charts (axis titles, legends), in both languages. Sentences are built in each chart. */
export const CHART_WORDS = {
  exceedanceProbability: { ja: '年超過確率', en: 'annual probability of exceedance' },
  everyYear: { ja: '毎年', en: 'every year' },
  zeroOffLog: { ja: '0以下の値は対数目盛に表示しない', en: 'values of 0 lie off the log axis (not drawn)' },
  band95: { ja: '網掛け:95%区間', en: 'hatched: 95% interval' },
  mean95: { ja: '年平均と95%信頼区間', en: 'expected per year, 95% interval' },
  median: { ja: '中央値', en: 'median' },
  p90: { ja: '10年に1度の年(90%点)', en: '1-in-10 year (90th pct.)' },
  p99: { ja: '100年に1度の年(99%点)', en: '1-in-100 year (99th pct.)' },
  max: { ja: '最大の年', en: 'largest year' },
  annualProbability: { ja: '年間発生確率', en: 'probability per year' },
  noDifference: { ja: '差なし', en: 'no difference' },
  replications: { ja: '試行数', en: 'replications' },
  runningMean: { ja: '累積平均', en: 'running mean' },
  target: { ja: '精度目標', en: 'precision target' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A word of `CHART_WORDS` in `lang`. */
export const chartWord = (key: keyof typeof CHART_WORDS, lang: Lang): string => CHART_WORDS[key][lang];
