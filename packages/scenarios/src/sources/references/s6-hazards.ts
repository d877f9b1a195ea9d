import type { Reference } from '../reference.ts';

/**
 * Weather, grid and volcano events measured where they happened: how often a customer's power fails in an
 * ordinary year, how the lines of Chiba came back after the 2019 typhoon, how long a snowstorm blackout on
 * the 噴火湾 coast and an ash outage at 阿蘇 lasted, and how long the 2000 有珠山 evacuation orders stood.
 * Most are news reports of single events; a title in [] is a description where the stored copy showed no
 * headline.
 */
export const SRC_HAZARDS_REFERENCES: readonly Reference[] = [
  {
    id: 'wikipedia-chugoku-nw-outages',
    publisher: 'Weblio辞書 (フリー百科事典『ウィキペディア』「中国電力ネットワーク」2021-12-04 06:12 UTC 版の転載)',
    title: '中国エリアの電力系統',
    date: '2021-12-04',
    address: 'https://www.weblio.jp/content/%E4%B8%AD%E5%9B%BD%E3%82%A8%E3%83%AA%E3%82%A2%E3%81%AE%E9%9B%BB%E5%8A%9B%E7%B3%BB%E7%B5%B1',
    facts: {
      ja: '2013〜2017年度の5年平均で、低圧電灯需要家1軒当たりの停電は全国で年0.20回・年20分。中国エリアは0.28回・22分、最も少ない関西エリアは0.09回・7分、次いで東京エリアは0.11回・8分。',
      en: 'Averaged over fiscal 2013–2017, a low-voltage customer in Japan had 0.20 outages and 20 minutes without power a year; the Chugoku area 0.28 and 22 minutes, the Kansai area (fewest) 0.09 and 7 minutes, the Tokyo area 0.11 and 8 minutes.',
    },
  },
  {
    id: 'ntt-east-typhoon15-2019',
    publisher: '東日本電信電話株式会社',
    title: '台風15号の被害に対するサービス影響等について(第20報)',
    date: '2019-09-23',
    address: 'https://www.ntt-east.co.jp/release/detail/20190923_01.html',
    facts: {
      ja: '2019年台風15号で、長引く停電により通信ビルの電源が尽き、最大67ビル・17万回線(9月11日7時)に影響した。移動電源車75台を配備し、9月13日14時以降は全ビルの通信機能を維持。電柱・ケーブルの罹災は千葉県内で約1,300か所、9月23日9時までに約500か所が復旧し、9月末までの復旧を目指した(引き込み線等の障害は続く場合がある)。',
      en: 'In Typhoon No. 15 of 2019 the long blackout drained the backup power of telecom buildings: up to 67 buildings and 170,000 lines were affected (07:00 on 11 September). With 75 mobile power vehicles every building worked again from 14:00 on the 13th. Poles and cables were damaged at about 1,300 places in Chiba; about 500 were repaired by 09:00 on the 23rd, the rest aimed for the end of September (drop-cable faults could last longer).',
    },
  },
  {
    id: 'sankeibiz-chiba-lines-2019-09-12',
    publisher: 'SankeiBiz (産経新聞社)',
    title: '台風15号で停電 携帯や光回線の通信障害続く',
    date: '2019-09-12',
    address: 'http://www.sankeibiz.jp/business/print/190912/bsj1909121356004-c.htm',
    facts: {
      ja: 'NTT東日本によると、2019年9月12日午前7時の時点で千葉県内のアナログ電話約2万2千回線、光回線3万2千回線が不通。停電した電話局で移動電源車により設備を動かしていた。',
      en: 'According to NTT East, at 07:00 on 12 September 2019 about 22,000 analogue telephone lines and 32,000 fibre lines in Chiba were out; mobile power vehicles were running the equipment of exchanges without power.',
    },
  },
  {
    id: 'mainichi-chiba-lines-2019-10-05',
    publisher: '毎日新聞',
    title: '台風15号被害の千葉、通信設備の復旧進まず 1万回線超不通',
    date: '2019-10-05',
    address: 'https://mainichi.jp/articles/20191005/k00/00m/040/037000c',
    facts: {
      ja: 'NTT東日本によると、2019年10月2日時点で千葉県内42市町の計1万423回線(固定電話、ファクス、光回線)が不通で、10月中旬の復旧を見込んだ。',
      en: 'According to NTT East, 10,423 lines (telephone, fax, fibre) in 42 municipalities of Chiba were still out on 2 October 2019; restoration was expected by mid-October.',
    },
  },
  {
    id: 'nhk-chiba-lines-2019-10-09',
    publisher: 'NHK',
    title: '千葉 台風15号被害 固定電話など約5000回線 依然不通',
    date: '2019-10-09',
    address: 'http://www3.nhk.or.jp/news/html/20191009/k10012118801000.html',
    facts: {
      ja: '台風15号から1か月たっても、千葉県内では10月8日15時現在4,960回線の固定電話とインターネットが不通。ケーブルと家庭をつなぐ引き込み線の被害などによる。館山市など県南部で復旧が遅れた。',
      en: 'A month after Typhoon No. 15, 4,960 telephone and internet lines in Chiba were still out at 15:00 on 8 October 2019, mostly from damaged drop cables to homes; the south of the prefecture (館山 and around) was slowest.',
    },
  },
  {
    id: 'mainichi-kansai-outages-2018',
    publisher: '毎日新聞',
    title: '台風21号 関西電力停電なお53万軒 電柱折れ370本',
    date: '2018-09-05',
    address: 'http://mainichi.jp/articles/20180905/k00/00e/040/298000c',
    facts: {
      ja: '2018年台風21号で、関西電力管内では9月5日10時現在の暫定集計で延べ約218万3000軒が停電し、約53万5010軒でなお停電が続いた。電柱は少なくとも約370本が折れた。自然災害による停電では阪神大震災の延べ約260万軒に次ぐ規模で、台風被害では平成に入って最大規模。',
      en: 'Typhoon No. 21 of 2018: by Kansai Electric\'s provisional count at 10:00 on 5 September about 2,183,000 customers had lost power in all and about 535,010 were still out; at least about 370 poles had snapped. Among natural disasters only the 1995 Kobe earthquake (about 2.6 million) caused a larger outage, and it was the largest typhoon outage since the Heisei era began (1989).',
    },
  },
  {
    id: 'mainichi-muroran-snow-outage-2012',
    publisher: '毎日新聞 (ウェブ魚拓による保存)',
    title: '大荒れ:猛吹雪の北海道、自衛隊に災害派遣要請',
    date: '2012-11-27',
    address: 'https://megalodon.jp/ref/2012-1127-2247-54/mainichi.jp/select/news/20121128k0000m040060000c.html',
    facts: {
      ja: '2012年11月27日未明からの猛吹雪で、室蘭市などで約5万6000戸が一時停電した。登別市で送電線の鉄塔が倒壊し、強風や雪の重みで送電線同士が接触した。北海道電力は復旧に3日程度を見込んだ。室蘭の最大瞬間風速は39.7m。',
      en: 'In the blizzard from the early hours of 27 November 2012 about 56,000 customers around 室蘭 lost power: a transmission tower fell in 登別 and wind and the weight of snow brought lines together. Hokkaido Electric expected about three days to restore; gusts reached 39.7 m/s at 室蘭.',
    },
  },
  {
    id: 'asahi-hokkaido-snow-outage-2012',
    publisher: '朝日新聞デジタル',
    title: '北海道、なお4万2千世帯停電 暴風雪で送電線被害',
    date: '2012-11-28',
    address: 'http://www.asahi.com/national/update/1128/TKY201211280402.html',
    facts: {
      ja: '停電は最大約5万6千戸。11月28日午前9時に約1万1500戸まで減ったがその後再び増え、正午に約4万2500戸。全面復旧は30日の見通し。',
      en: 'The outage peaked at about 56,000 customers; it fell to about 11,500 by 09:00 on 28 November, then rose again to about 42,500 at noon. Full restoration was expected on the 30th.',
    },
  },
  {
    id: 'asahi-hokkaido-snow-restored-2012',
    publisher: '人民網日本語版 (朝日新聞 asahi.com 2012-11-30 の転載)',
    title: '北海道の大規模停電、ほぼ復旧',
    date: '2012-11-30',
    address: 'http://j.people.com.cn/94640/8041200.html',
    facts: {
      ja: '暴風雪で11月27日から続いた北海道の大規模停電は30日午前にほぼ復旧した。登別市では仮設の鉄塔を建てて30日午前3時40分ごろ送電を再開し、29日夜に残っていた約6千戸の停電は30日午前9時までにほぼ解消した。',
      en: 'The large outage that began in the blizzard of 27 November was almost over on the morning of the 30th: a temporary tower in 登別 carried power again from about 03:40, and the roughly 6,000 customers still out on the night of the 29th were almost all back by 09:00 on the 30th.',
    },
  },
  {
    id: 'kyodo-muroran-snow-outage-2012',
    publisher: '共同通信 (ブログ「今日の56」2012-11-28 による引用)',
    title: '北海道猛吹雪で5万6000戸停電',
    date: '2012-11-27',
    address: 'https://goro358.hatenadiary.org/entry/20121128',
    facts: {
      ja: '停電は雪の重さによる登別市の鉄塔1基の倒壊と送電線の断線が原因で、11月27日午前3時20分ごろ伊達市で発生し室蘭市・登別市などに広がった。',
      en: 'Caused by a tower in 登別 that fell under the weight of snow and by broken lines, the outage began in 伊達 at about 03:20 on 27 November and spread to 室蘭, 登別 and beyond.',
    },
  },
  {
    id: 'muromin-snow-outage-2012',
    publisher: '室蘭民報 (ウェブ魚拓による保存)',
    title: '西胆振4万戸停電…室蘭で最大瞬間風速39.7m',
    date: '2012-11-27',
    address: 'https://megalodon.jp/ref/2012-1128-1343-33/www.muromin.mnw.jp/murominn-web/back/2012/11/27/20121127e_01.html',
    facts: {
      ja: '2012年11月27日(夕刊)。暴風雪で午前3時40分ごろから室蘭・登別・伊達など3市3町でピーク時約3万9500戸が停電し、午前10時すぎから順次復旧。午前11時現在で2万8千戸がなお停電。',
      en: 'Evening edition of 27 November 2012: in the blizzard about 39,500 customers in three cities and three towns (室蘭, 登別, 伊達 and others) lost power from about 03:40; restoration went on step by step from just after 10:00, and 28,000 were still out at 11:00.',
    },
  },
  {
    id: 'asahi-monbetsu-snow-outage-2022',
    publisher: 'Japonologie (朝日新聞デジタル 2022-12 の記事の転載)',
    title: '[北海道紋別などの大規模停電が解消 送電線倒壊… — 転載先のアドレスに残る見出しの冒頭]',
    date: '2022-12',
    address: 'https://japonologie.com/news-jp/%e5%8c%97%e6%b5%b7%e9%81%93%e7%b4%8b%e5%88%a5%e3%81%aa%e3%81%a9%e3%81%ae%e5%a4%a7%e8%a6%8f%e6%a8%a1%e5%81%9c%e9%9b%bb%e3%81%8c%e8%a7%a3%e6%b6%88%e3%80%80%e9%80%81%e9%9b%bb%e7%b7%9a%e5%80%92%e5%a3%8a/amp',
    facts: {
      ja: '北海道電力は2022年12月25日夜、暴風雪によるオホーツク地方などの停電が同日23時40分に解消したと発表した(延べ約13万4440戸)。23日午後に送電線の鉄塔が倒壊した紋別市では全域が停電し、24日夜までに一時復旧したが25日朝から再び大規模に停電した。',
      en: 'Hokkaido Electric announced on the night of 25 December 2022 that the blizzard outages in the Okhotsk region and elsewhere (about 134,440 customers in all) were over at 23:40 that day. 紋別, where a transmission tower fell on the afternoon of the 23rd, had lost power entirely; it was back for a while by the night of the 24th, then went out again on a large scale from the morning of the 25th.',
    },
  },
  {
    id: 'yomiuri-muroran-commute-2012',
    publisher: '読売新聞 (goo ニュース掲載、ブログ「chiehon」による引用)',
    title: '暖房止まり、寒くて仕方ない…暴風雪停電の室蘭',
    date: '2012-11-27',
    address: 'https://ameblo.jp/chiehon/entry-12934585142.html',
    facts: {
      ja: '2012年11月27日の暴風雪で、倒れた街路樹や視界不良のため車はのろのろ運転となり各地で渋滞した。室蘭市役所の男性職員は、いつもは40分の通勤に2時間半かかり、職場では停電で電話やパソコンが使えなかった。',
      en: 'In the blizzard of 27 November 2012 fallen roadside trees and white-out slowed traffic to a crawl; a 室蘭 city-hall employee said his usual 40-minute commute took two and a half hours, and at work the outage had left the telephones and computers unusable.',
    },
  },
  {
    id: 'asahi-aso-ash-outage-2016',
    publisher: '関西通信 (朝日新聞 2016年10月の記事、板倉大地記者、の転載)',
    title: '[阿蘇山噴火、火山灰と雨で大規模停電 — 見出しは未記録]',
    date: '2016-10-13',
    address: 'http://news.kantsuu.com/201610/20161013130338_551090.shtml',
    facts: {
      ja: '2016年10月8日の阿蘇山噴火で、碍子に積もった火山灰が雨で濡れて電流が鉄塔に流れ、安全装置が送電を遮断した。午前2時ごろ約2万9千戸、午後6時ごろ約2万7千戸が停電し、最長で約5時間半。九州電力は碍子を布で拭き、電柱約1,200本の碍子を洗浄した。熊本県で降灰による停電は1990年以来26年ぶりで、降灰と降雨が重なるのはまれとした。',
      en: 'In the 阿蘇 eruption of 8 October 2016 ash on the insulators, wetted by rain, let current reach the towers and the protection cut the supply: about 29,000 customers out at about 02:00 and about 27,000 at about 18:00, the longest for about 5.5 hours. Kyushu Electric wiped the insulators and washed those of about 1,200 poles. It was Kumamoto\'s first ash outage since 1990; ash and rain together are rare, the utility said.',
    },
  },
  {
    id: 'cao-usu-2000-first-lifting',
    publisher: '内閣府 (防災担当)',
    title: '有珠山噴火災害教訓情報資料集 3-01-02-04 火山噴火予知連絡会の新たな統一見解を踏まえた「避難指示」の一部解除が実施された',
    date: 'n.d.',
    address: 'https://www.bousai.go.jp/kyoiku/kyokun/usuzan/database/03/01/02/uzn030102_04.htm',
    facts: {
      ja: '2000年4月13日、伊達市・壮瞥町・虻田町で避難指示が一部解除され、避難者の約3分の1にあたる2,009世帯4,749人が約半月ぶりに帰宅した。3,788世帯8,290人の避難はなお続いた。',
      en: 'On 13 April 2000 the evacuation orders in 伊達, 壮瞥 and 虻田 were partly lifted: 2,009 households, 4,749 people — about a third of the evacuees — went home after about half a month; 3,788 households, 8,290 people remained evacuated.',
    },
  },
  {
    id: 'cao-usu-2000-last-lifting',
    publisher: '内閣府 (防災担当)',
    title: '有珠山噴火災害教訓情報資料集 5-02-03-05 7月28日、洞爺湖温泉地区の一部・泉地区の一部の避難指示解除により、避難指示解除は事実上完了した',
    date: 'n.d.',
    address: 'https://www.bousai.go.jp/kyoiku/kyokun/usuzan/database/05/02/03/uzn050203_05.htm',
    facts: {
      ja: '2000年7月28日、虻田町は洞爺湖温泉・泉両地区の333世帯769人の避難指示を解除し、段階的な解除は事実上完了した。火口から約500mの区域の202世帯378人は当面解除困難とされた。',
      en: 'On 28 July 2000 虻田 lifted the order for 333 households, 769 people in the 洞爺湖温泉 and 泉 districts, which practically completed the step-by-step lifting; 202 households, 378 people within about 500 m of the craters stayed under the order.',
    },
  },
  {
    id: 'cao-usu-2000-chronology',
    publisher: '内閣府 (防災担当)',
    title: '有珠山噴火災害教訓情報資料集 おもな出来事(年表)',
    date: 'n.d.',
    address: 'https://www.bousai.go.jp/kyoiku/kyokun/usuzan//ytable/ytb001.htm',
    facts: {
      ja: '2000年3月29日18時30分、伊達市・壮瞥町・虻田町の避難勧告が避難指示に変わり(約9,500人避難)、30日に虻田町の3地区に拡大。3月31日13時7分に西山西麓で噴火した。',
      en: 'At 18:30 on 29 March 2000 the evacuation advisories of 伊達, 壮瞥 and 虻田 became orders (about 9,500 people evacuated), extended to three more districts of 虻田 on the 30th; the eruption began at the western foot of 西山 at 13:07 on the 31st.',
    },
  },
];
