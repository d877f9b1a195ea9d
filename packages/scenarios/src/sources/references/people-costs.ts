import type { Reference } from '../reference.ts';

/**
 * The sources of the staff-shortage and insider-misuse hazards and of the costs after the standardisation
 * and government-cloud migration. Facts are restated in our own words.
 */
export const PEOPLE_COSTS_REFERENCES: readonly Reference[] = [
  {
    id: 'soumu-dx-overview-2022',
    publisher: '総務省',
    title: '自治体DX・情報化推進概要(令和4年度版)',
    date: '2023-04',
    address: 'https://www.iais.or.jp/ais_online/online-articles/20240314/202403_03/ (figure cited by the 総務省 地域情報化企画室長, 行政&情報システム 2024-03-14)',
    facts: {
      ja: '人口5万人以下の市区町村のうち292団体で、DX・情報化の担当職員が1人以下(兼任を含む)だった(令和4年度)。',
      en: 'In FY2022, 292 municipalities of 50,000 people or fewer had at most one person (part-time included) on DX and IT work.',
    },
  },
  {
    id: 'mynavi-hitori-joshisu-2026',
    publisher: 'マイナビ TECH+',
    title: '総務省 地域情報化企画室へのインタビュー記事(自治体のひとり情シス。見出しは未確認)',
    date: '2026-03-02',
    address: 'https://news.mynavi.jp/techplus/kikaku/20260302-4165936/',
    facts: {
      ja: '総務省によれば、約190の市区町村が情報担当1人の「ひとり情シス」の状態にある。',
      en: 'According to the Ministry, about 190 municipalities run their IT with a single person (a "one-person IT department").',
    },
  },
  {
    id: 'chikou-health-2012',
    publisher: '一般財団法人 地方公務員安全衛生推進協会',
    title: '地方公務員健康状況等の現況(平成25年度調査)',
    date: '2013-11-25',
    address: 'https://www.iji-net.jp/view/article/29089.html (summary of the survey of about 780,000 staff at 342 bodies)',
    facts: {
      ja: '平成24年度の長期病休者(1か月以上の病気休業)は職員10万人あたり2,394.9人(約2.4%)で、その約半数が精神及び行動の障害によるもの。',
      en: 'In FY2012, 2,394.9 per 100,000 local-government staff (about 2.4%) were on long-term sick leave (a month or more); about half for mental and behavioural disorders.',
    },
  },
  {
    id: 'yokote-jukinet-2021',
    publisher: '横手市',
    title: '市職員による住民基本台帳システムの不正閲覧についてお詫びいたします',
    date: '2021-09-29',
    address: 'https://www.city.yokote.lg.jp/shisei/1001170/1005802.html',
    facts: {
      ja: '令和2年度、地域局の職員7人が業務と無関係に、新型コロナに感染した市民1人の氏名・住所・世帯情報を住民基本台帳システムで閲覧した。本人からの指摘を受けてアクセス履歴を調べて判明し、7人を訓告、上司4人を厳重注意とした。公表は翌年度の9月。',
      en: 'In FY2020 seven staff of the city\'s district offices looked up one COVID-19 patient\'s name, address and household on the registry system without a work purpose. Found from the access log after the resident complained; the seven were reprimanded (訓告) and four superiors warned. Published in September of the following year.',
    },
  },
  {
    id: 'isenp-yokkaichi-2019',
    publisher: '伊勢新聞',
    title: '四日市市の臨時職員による住民情報の不正閲覧の記事(見出しは未確認)',
    date: '2019-10-17',
    address: 'https://www.isenp.co.jp/2019/10/17/37425/',
    facts: {
      ja: '四日市市の臨時職員が2018年4月から2019年6月にかけて、4世帯17人の住民基本台帳・税の情報を興味本位で業務端末から閲覧した。住民が自分の情報の閲覧履歴を請求して判明し、戒告処分となった。',
      en: 'A temporary worker at Yokkaichi viewed the registry and tax records of 17 persons in 4 households out of curiosity, April 2018 to June 2019; found when a resident asked for the access log of their own records; the worker was reprimanded (戒告).',
    },
  },
  {
    id: 'suginami-mayor-press-2022',
    publisher: '杉並区',
    title: '令和4年11月9日 区長記者会見',
    date: '2022-11-09',
    address: 'https://www.city.suginami.tokyo.jp/greetings/kishakaiken/r4/1084896.html',
    facts: {
      ja: '2022年11月5日、住基ネットを不正に検索して得た個人情報を外部に漏えいした容疑で区職員が逮捕されたと警察から区に連絡があった。区長は記者会見で謝罪し、1週間以内に住基ネットを操作する職員への聞き取りと操作履歴の再点検、研修を行うとした。',
      en: 'On 2022-11-05 the police told the ward that one of its employees had been arrested for passing on, outside the office, personal data he had looked up without cause in 住基ネット. At a press conference the mayor apologised and announced, within a week, interviews of every 住基ネット operator, a re-check of the operation logs and training.',
    },
  },
  {
    id: 'itmedia-standardisation-cost-2025',
    publisher: 'ITmedia ビジネスオンライン',
    title: '栃木県真岡市に聞く、標準化・ガバメントクラウド移行と運用コストの記事(見出しは未確認)',
    date: '2025-06-16',
    address: 'https://www.itmedia.co.jp/business/articles/2506/16/news001.html',
    facts: {
      ja: '国の目標は標準化対象システムの運用経費を2018年度比で3割削減すること。中核市市長会がデジタル庁と総務省に提出した「地方公共団体情報システム標準化に関する緊急要望」(2025年1月)は、移行後の運用経費が平均2.3倍、5割以上の市で2倍以上、最大5.7倍になると指摘した。7県258市町村が「ガバメントクラウド早期移行団体検証事業」に参加した。',
      en: 'The government\'s target is operating costs of the standardised systems 30% below FY2018. The core cities\' urgent request to the Digital Agency and the Ministry (中核市市長会「地方公共団体情報システム標準化に関する緊急要望」, January 2025) said operating costs after migration were 2.3 times on average, at least twice in over half of the cities, and up to 5.7 times. 7 prefectures and 258 municipalities took part in the early-migration verification project.',
    },
  },
  {
    id: 'tokyo-gov-cloud-cost-estimate',
    publisher: 'ITmedia NEWS',
    title: '東京都による標準準拠システムの運用経費の見込みの記事(見出しは未確認)',
    date: '2025',
    address: 'https://uhdtv.jp/?p=743 (reprint of the ITmedia NEWS article)',
    facts: {
      ja: '東京都は都内区市町村の標準準拠システムの運用経費を現行の約1.6倍と見込み、主な要因をクラウド利用料、アプリケーションの保守、法改正対応とした。',
      en: 'Tokyo estimated the operating cost of its municipalities\' standard-compliant systems at about 1.6 times the current systems, driven by cloud usage fees, application maintenance and legal-change work.',
    },
  },
  {
    id: 'nikkei-dc-power-2022',
    publisher: '日経クロステック',
    title: 'データセンターの電力料金とハウジング料金の値上げの記事(見出しは未確認)',
    date: '2022-06',
    address: 'https://xtech.nikkei.com/atcl/nxt/column/18/02096/063000007/',
    facts: {
      ja: 'データセンターの電力単価は2021年から2022年に6割以上上がり、ハウジング料金の値上げが続いた。',
      en: 'Data-centre electricity prices rose by more than 60% from 2021 to 2022, and housing (colocation) prices were being raised.',
    },
  },
  {
    id: 'standardisation-act-2021',
    publisher: '衆議院・参議院(法律)/ e-Gov 法令検索',
    title: '地方公共団体情報システムの標準化に関する法律(令和3年法律第40号)',
    date: '2021-05-19',
    address: 'https://elaws.e-gov.go.jp/document?lawid=503AC0000000040',
    facts: {
      ja: '標準化対象事務(政令で定める20業務)に使う情報システムは国の標準化基準に適合させなければならない。国が提供するクラウド環境(ガバメントクラウド)の利用は努力義務。',
      en: 'The information systems municipalities use for the standardised businesses (20, set by cabinet order) must conform to the national standards; using the cloud environment the State provides (the government cloud) is a duty to endeavour.',
    },
  },
  {
    id: 'standardisation-policy-2024',
    publisher: 'デジタル庁(閣議決定)',
    title: '地方公共団体情報システム標準化基本方針(令和6年12月改定)',
    date: '2024-12-24',
    address: 'https://www.digital.go.jp/policies/local_governments',
    facts: {
      ja: '標準準拠システムへの移行の目標は令和7年度末(2026年3月末)。移行が難しい「特定移行支援システム」は、おおむね5年以内の移行を認める。',
      en: 'Migration to standard-compliant systems is due by the end of FY2025 (March 2026); systems designated as hard to migrate in time (特定移行支援システム) may move within about five more years.',
    },
  },
  {
    id: 'digital-agency-tokutei-2025',
    publisher: 'デジタル庁',
    title: '特定移行支援システムの該当見込み(概要)(令和7年7月末時点)',
    date: '2025-09-30',
    address: 'https://ascii.jp/elem/000/004/352/4352538/2 (report of the デジタル庁 release)',
    facts: {
      ja: '2025年7月末時点で、標準化対象の34,592システムのうち3,770(10.9%)、1,788団体のうち643団体(36.0%)が特定移行支援システムに該当する見込み。理由の大半(3,345)はベンダーの人員不足。',
      en: 'As of July 2025, 3,770 of 34,592 systems (10.9%) at 643 of 1,788 bodies (36.0%) were expected to be 特定移行支援システム, migrating after FY2025; 3,345 of them because the vendor lacked staff.',
    },
  },
  {
    id: 'kurashigoto-mori-access',
    publisher: 'くらしごと (北海道の移住・交流ポータル)',
    title: '個性まちまち、179のまち 渡島 森町',
    date: '2016',
    address: 'https://kurashigoto.hokkaido.jp/machimachi/mori.php',
    facts: {
      ja: '森町へは札幌から約266km(車で約3時間40分、高速道路経由、最寄りは森IC)、函館から約44km(車で約45分)。記事は2016年8月1日時点の取材による。',
      en: '森町 is about 266 km from 札幌 (about 3 h 40 min by car on the expressway, exit 森IC) and about 44 km from 函館 (about 45 minutes by car); the page reflects its 2016-08-01 reporting.',
    },
  },
];
