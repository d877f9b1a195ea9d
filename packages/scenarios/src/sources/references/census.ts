import type { Reference } from '../reference.ts';

/** Census counts of the towns the presets are modelled on (the 2020 count of 佐野市 is in flood.ts). */
export const CENSUS_REFERENCES: readonly Reference[] = [
  {
    id: 'census-2015-mori',
    publisher: '総務省統計局 (patmap 都市情報による平成27年国勢調査の表示)',
    title: '森町(北海道)の人口情報 — 平成27年国勢調査',
    date: '2015',
    address: 'https://patmap.jp/CITY/01/1345/1345_MORI_popul.html',
    facts: {
      ja: '2015年国勢調査で森町の人口は15,946人、総世帯6,628(1世帯あたり約2.41人)。0〜14歳1,795人(11.3%)、15〜64歳8,625人、65歳以上5,526人(34.7%)。',
      en: 'In the 2015 census 森町 had 15,946 residents in 6,628 households (about 2.41 a household): 1,795 (11.3%) aged 0–14, 8,625 aged 15–64 and 5,526 (34.7%) aged 65 or over.',
    },
  },
  {
    id: 'sapporo-census-2015',
    publisher: '札幌市',
    title: '平成27年国勢調査結果速報「札幌市の人口 — 要計表による人口」の概要',
    date: '2016-02-17',
    address: 'https://expydoc.com/doc/7808127/',
    facts: {
      ja: '2015年10月1日の札幌市の人口は1,953,784人、世帯数919,198。1世帯当たり2.13人で、国勢調査開始以来最も小さい(市の独自集計の速報)。',
      en: 'On 1 October 2015 札幌 had 1,953,784 residents in 919,198 households, 2.13 persons a household, the smallest since censuses began (the city\'s own preliminary count).',
    },
  },
];
