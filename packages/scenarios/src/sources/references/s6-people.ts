import type { Reference } from '../reference.ts';

/**
 * Counts behind the people of the presets: how many residents a tax system holds, and how many of a
 * town's staff were at work in the first days of a large earthquake.
 */
export const PEOPLE_REFERENCES: readonly Reference[] = [
  {
    id: 'soumu-taxpayers-2025',
    publisher: '総務省 (全国計は公開データリポジトリ kusui26/ai-database-map の検算値による)',
    title: '市町村税課税状況等の調 第11表 課税標準額段階別所得割額等に関する調 (市町村別内訳), 2015・2020・2025年度',
    date: '2025',
    address:
      'https://www.soumu.go.jp/main_sosiki/jichi_zeisei/czaisei/czaisei_seido/xls/J51-25-b.xlsx (national totals as checked in https://github.com/kusui26/ai-database-map/blob/3a1bfcf13bc8fa0a117d036d3ace449c58de59b5/pipeline/fetch_income.py)',
    facts: {
      ja: '個人住民税所得割の納税義務者数の全国計(1,741市区町村)は、2015年度5,587万7,140人、2020年度5,939万8,579人、2025年度6,220万6,393人(各年度は前年の所得に課税)。',
      en: 'Persons liable to the income-based part of the individual resident tax, all 1,741 municipalities: 55,877,140 in FY2015, 59,398,579 in FY2020 and 62,206,393 in FY2025 (each year taxes the previous year\'s income).',
    },
  },
  {
    id: 'cao-evacuation-list-2026',
    publisher: '内閣府・消防庁 (全国計は公開データリポジトリ uruhayato373/stats47 の検算値による)',
    title: '避難行動要支援者名簿及び個別避難計画の作成等に係る取組状況の調査結果 (令和8年4月1日現在) 資料1 図6',
    date: '2026-06-29',
    address:
      'https://www.bousai.go.jp/taisaku/hisaisyagyousei/pdf/r8chosa1.pdf (national totals as checked in https://github.com/uruhayato373/stats47/blob/240800291490f12141833bd0de4cf32cea6ba963/.claude/scripts/themes/ingest-fdma-core.mjs)',
    facts: {
      ja: '2026年4月1日現在、避難行動要支援者名簿に掲載された人は全国で6,696,718人。そのうち個別避難計画が作成された人は1,014,017人(約15%)。',
      en: 'On 1 April 2026, 6,696,718 persons were on the municipalities\' evacuation-support lists nationwide; individual evacuation plans had been made for 1,014,017 of them (about 15%).',
    },
  },
  {
    id: 'kyodo-noto-attendance-2024',
    publisher: '共同通信 (nordot 配信)',
    title: '地震発生日、出勤20~62% 被災や道寸断、石川6市町調査',
    date: '2024',
    address: 'https://nordot.app/1144249259609636979?c=388701204576175201',
    facts: {
      ja: '能登半島地震(2024年1月1日16時10分、元日)の当日に出勤した正規職員の割合は、珠洲市20%、輪島市39%、七尾市39%、穴水町38%、能登町54%、志賀町62%(共同通信の6市町調査)。家族の被災や道路の寸断で庁舎に行けない職員が多く、地域防災計画では震度5弱以上で全職員が出勤することになっていた。',
      en: 'On the day of the Noto Peninsula earthquake (16:10 on 1 January 2024, a holiday), the share of regular staff who came to work was 20% at 珠洲市, 39% at 輪島市 and 七尾市, 38% at 穴水町, 54% at 能登町 and 62% at 志賀町 (Kyodo survey of six bodies); family losses and cut roads kept many away, although the plans called every member in from intensity 5-lower.',
    },
  },
  {
    id: 'ishikawa-staff-attendance-2025',
    publisher: 'japantoday.jp (報道の紹介)',
    title: '能登地震で正月出勤の県職員4割 (URL に示された表題の冒頭)',
    date: '2025',
    address: 'https://japantoday.jp/%e8%83%bd%e7%99%bb%e5%9c%b0%e9%9c%87%e3%81%a7%e6%ad%a3%e6%9c%88%e5%87%ba%e5%8b%a4%e3%81%ae%e7%9c%8c%e8%81%b7%e5%93%a14%e5%89%b2%e3%80%80%e9%a6%b3%e7%9f%a5%e4%ba%8b%e3%80%8c%e3%83%95%e3%83%ab%e3%83%91',
    facts: {
      ja: '石川県の職員アンケートで、能登半島地震の発生(元日16時10分)から3時間以内に職員の41%(1,400人超)が参集し、県BCPの同時刻の参集予測1,022人を上回った。出勤率は1月1日40%、2日39%、3日37%、平日の4日86%、5日87%、3連休の6〜8日は31〜34%。',
      en: 'By Ishikawa prefecture\'s staff survey, 41% of its staff (over 1,400) had assembled within 3 hours of the Noto earthquake (16:10 on New Year\'s Day), more than the 1,022 its BCP predicted for that time; attendance was 40%, 39% and 37% on 1–3 January, 86% and 87% on the working days of the 4th and 5th, and 31–34% over the 6th–8th holiday weekend.',
    },
  },
  {
    id: 'ishikari-assembly-drill-2016',
    publisher: '石狩市 (総務課)',
    title: '職員参集訓練を実施しました',
    date: '2016-11-14',
    address: 'http://www.city.ishikari.hokkaido.jp/soshiki/soumu/28811.html',
    facts: {
      ja: '石狩市は2016年10月23日(日曜)6時30分に連絡し、徒歩による職員参集訓練を実施(対象428人、参加324人)。到着は30分で16.3%、1時間で38.6%、2時間で75.1%、3時間で92.7%、3時間30分で94.7%。',
      en: 'Ishikari city (Hokkaido) called its staff at 06:30 on Sunday 23 October 2016 to assemble on foot (428 called, 324 took part): 16.3% had arrived after 30 minutes, 38.6% after 1 h, 75.1% after 2 h, 92.7% after 3 h and 94.7% after 3.5 h.',
    },
  },
  {
    id: 'ami-assembly-drill-2017',
    publisher: '阿見町',
    title: '平成29年度職員非常参集訓練を実施しました',
    date: '2017-07-12',
    address: 'https://www.town.ami.lg.jp/0000002926.html',
    facts: {
      ja: '阿見町は2017年6月23日(金曜)6時に予告なしで災害対策本部員・管理職43人を招集。徒歩・自転車・バイク(1時間以上かかる者などは車)で、30分以内14%、1時間以内84%、1時間30分以内91%、2時間30分以内に全員が参集。',
      en: 'The town of Ami called its 43 disaster-HQ members and managers without notice at 06:00 on Friday 23 June 2017; travelling on foot, by bicycle or motorbike (by car where that would take over an hour), 14% arrived within 30 minutes, 84% within 1 h, 91% within 1.5 h and all within 2.5 h.',
    },
  },
  {
    id: 'toyama-assembly-drill-2006',
    publisher: '森雅志 (富山市長) のエッセイ',
    title: '早朝訓練、全員集合!',
    date: '2006-12-05',
    address: 'https://heisei.morimasashi.jp/essay/?Page=20061205',
    facts: {
      ja: '富山市は2006年11月2日、5時40分の震度6強を想定して予告なしに職員2,358人を電話・FAX・メールで招集。7時までに69.6%、7時30分までに89.6%が参集し、連絡を受けてからの平均参集時間は1時間未満だった。',
      en: 'Toyama city called 2,358 staff without notice by phone, fax and mail on 2 November 2006, for an assumed intensity-6-upper quake at 05:40: 69.6% had assembled by 07:00 and 89.6% by 07:30; the average time from the call to arrival was under an hour.',
    },
  },
  {
    id: 'nhk-noto-roads-2024',
    publisher: 'NHK',
    title: '能登半島地震 道路復旧進むも“普段の2倍の時間” 現状は?',
    date: '2024-01-09',
    address: 'https://www3.nhk.or.jp/news/html/20240109/k10014314751000.html',
    facts: {
      ja: '能登半島地震から8日、国は内陸の道路から「くしの歯」状に緊急復旧を進めたが、沿岸の国道249号などは通れないままで、移動には普段の2倍の時間がかかっていた。',
      en: 'Eight days after the Noto earthquake the state had reopened inland roads in a "comb-tooth" pattern, but coastal sections such as national route 249 were still closed, and trips took about twice the usual time.',
    },
  },
  {
    id: 'fdma-fires-2021',
    publisher: '総務省消防庁 (頁ごとの本文は wic-net.com の写しによる)',
    title: '令和4年版 消防白書 資料1-1-9 火災の状況',
    date: '2022',
    address:
      'https://www.fdma.go.jp/publication/hakusho/r4/items/r4_all.pdf (page text as read at https://www.wic-net.com/material/document/7290/269)',
    facts: {
      ja: '2021年(令和3年)中の出火件数は35,222件、うち建物火災19,549件。り災世帯数は17,844世帯(全損3,932、半損1,016、小損12,896)、り災人員38,196人。',
      en: 'In 2021 there were 35,222 fires, 19,549 of them building fires; 17,844 households were affected (3,932 total loss, 1,016 half, 12,896 minor) and 38,196 persons.',
    },
  },
  {
    id: 'mlit-flood-damage-2023',
    publisher: '国土交通省 (棟数の内訳は新建ハウジングの報道による)',
    title: '令和5年の水害被害額(確報値)を公表',
    date: '2025-07-31',
    address:
      'https://www.mlit.go.jp/report/press/mizukokudo03_hh_001315.html (building counts as reported at https://www.s-housing.jp/archives/394196)',
    facts: {
      ja: '2023年の水害被害額(確報値)は全国で約7,100億円。被害建物は31,424棟(全壊・流失146、半壊4,159、床上浸水9,174、床下浸水17,945)。7月の梅雨前線豪雨で9,524棟、5〜6月の豪雨と台風2号で9,616棟。',
      en: 'Flood damage in Japan in 2023 (final figures) came to about 710 billion yen; 31,424 buildings were damaged (146 destroyed or swept away, 4,159 half destroyed, 9,174 flooded above floor level, 17,945 below it), 9,524 of them in the July rain-front floods and 9,616 in the May–June rains with typhoon No. 2.',
    },
  },
  {
    id: 'nta-etax-2023',
    publisher: '国税庁',
    title: '国税庁レポート2024: 所得税の申告人員は2,324万人。半数以上は還付申告',
    date: '2024',
    address: 'https://www.nta.go.jp/about/introduction/torikumi/report/2024/03_2.htm',
    facts: {
      ja: '令和5年分の所得税の確定申告書の提出人員は2,324万人(うち還付申告1,350万人超)。納税者自身が自宅からe-Taxで申告した人は691万人で、前年分から99万人増えた。',
      en: 'For 2023 income, 23.24 million persons filed an income-tax return (over 13.5 million of them for a refund); 6.91 million filed by e-Tax themselves from home, 0.99 million more than the year before.',
    },
  },
];
