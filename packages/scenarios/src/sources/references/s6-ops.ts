import type { Reference } from '../reference.ts';

/**
 * Operations, second round: planned maintenance windows announced by a shared government platform, and
 * the field studies of server hardware that the failure rates of a town's own servers rest on.
 */
export const S6_OPS_REFERENCES: readonly Reference[] = [
  {
    id: 'egov-payment-platform-maintenance-2025',
    publisher: 'デジタル庁 (e-Gov電子申請のお知らせ)',
    title: 'システムメンテナンスに伴うキャッシュレス決済サービスの停止について[デジタル庁]',
    date: '2025-05-07',
    address: 'https://shinsei.e-gov.go.jp/contents/news/2025-01-10t1512510900_1571.html',
    facts: {
      ja: 'デジタル庁が整備・運用し、国や自治体のオンライン手続が共同で使う政府共通決済基盤(この告知の対象は都城市の手続)の計画停止の告知。2025年5月9日〜6月20日の停止枠(予備日を除く)は14回で、9回が1時〜6時の5時間、ほかに4時間が2回、22時30分〜翌5時の6.5時間、22時〜翌6時の8時間、1時〜2時の1時間が各1回。すべて夜間に置かれる。',
      en: 'Notice of the planned stops of the government common payment platform, which the Digital Agency builds and runs for the online procedures of national and local bodies (this notice names a procedure of Miyakonojo). From 9 May to 20 June 2025 it lists 14 windows, standby dates aside: nine of 01:00–06:00 (5 h), two of 4 h, and one each of 22:30–05:00 (6.5 h), 22:00–06:00 (8 h) and 01:00–02:00 (1 h), all at night.',
    },
  },
  {
    id: 'soumu-white-paper-2017-kumamoto-continuity',
    publisher: '総務省',
    title: '平成29年版 情報通信白書 第1部 第2節 熊本地震におけるICT利活用状況に関する調査結果 (2)自治体・企業の事業継続のための取組',
    date: '2017',
    address: 'https://www.soumu.go.jp/johotsusintokei/whitepaper/ja/h29/html/nc152320.html',
    facts: {
      ja: '総務省「熊本地震におけるICT利活用状況に関する調査」(2016年)のヒアリング結果。業務継続の対策として、自治体の半数以上が基幹・業務システムを冗長化していたが、ネットワークを冗長化していたのは約3割にとどまった(企業はシステム約4割、ネットワーク半数以上)。',
      en: 'Interview results of the ministry\'s 2016 survey of ICT use in the Kumamoto earthquakes: for business continuity, more than half of the municipalities had made their core and business systems redundant, but only about 3 in 10 had made their network redundant (companies: about 4 in 10 systems, more than half networks).',
    },
  },
  {
    id: 'inadani-kamiina-backup',
    publisher: 'ina-dani.net',
    title: '住民情報保管先検討へ 上伊那情報センター',
    date: 'n.d.',
    address: 'https://ina-dani.net/topics/detail/?id=28646',
    facts: {
      ja: '上伊那広域連合の上伊那情報センターは、保管する住民情報などを毎日バックアップしてセンター内の耐火金庫に置き、週に1回、前週末のバックアップを市内の銀行の貸金庫に預けている。地域が同時に被災すると失われるおそれがあるとして、連合長が別の保管先を検討すると述べた。センターには非常用発電設備がない。',
      en: 'The Kamiina information centre of the Kamiina regional union backs up the residents\' data it holds every day into a fireproof safe in the centre, and once a week puts the previous weekend\'s backup in a bank safe-deposit box in the city. As the whole area could be struck at once, the union head said another store would be sought. The centre has no standby generator.',
    },
  },
  {
    id: 'shimotsuke-tochigi-generator-hours',
    publisher: '下野新聞',
    title: '県内25市町の非常用電源の稼働時間',
    date: 'n.d.',
    address: 'https://www.shimotsuke.co.jp/articles/-/261074',
    facts: {
      ja: '消防庁が6月時点でまとめた集計による栃木県内25市町の庁舎の非常用電源: 設置21、未設置4。稼働時間は72時間以上1週間未満が9市町(36%、全国の市区町村は41%)、24時間以上48時間未満が6、24時間未満が6。県の非常用電源は1週間以上。',
      en: 'The emergency power of the halls of Tochigi\'s 25 municipalities, from the Fire and Disaster Management Agency\'s June tally: 21 have it and 4 do not. It runs 72 h to under a week at 9 (36%; 41% of municipalities nationally), 24 to under 48 h at 6 and under 24 h at 6. The prefecture\'s runs a week or more.',
    },
  },
  {
    id: 'sec-clinic-workplace-influenza-2020',
    publisher: 'ニュース記事 (SEC/新宿駅前クリニックの調査発表の紹介)',
    title: '2020:仕事とインフルエンザの認識調査',
    date: '2020-02-14',
    address: 'https://prod-news.global.ssl.fastly.net/article/20200214-974132',
    facts: {
      ja: '2020年1月に20〜60代の男女200人にインターネットで尋ねた調査。職場でインフルエンザが流行したときの感染者は、職場の1割以下43%、2割くらい19%、3割くらい8%、5割くらい5%、それ以上2%、特に流行したことはない23%。インフルエンザかもしれないと感じたら66%は出社しない。',
      en: 'An online survey of 200 men and women in their 20s to 60s in January 2020. When influenza went round their workplace, the share who caught it was a tenth or less for 43%, about a fifth for 19%, about 3 in 10 for 8%, about half for 5% and more for 2%; 23% had never had an outbreak. 66% would stay away if they thought they had it.',
    },
  },
  {
    id: 'nordot-mori-townhall-plan',
    publisher: 'nordot.app',
    title: '北海道森町/役場庁舎と公民館など複合施設、延べ1・4万平米で27年度着工へ',
    date: 'n.d.',
    address: 'https://nordot.app/1155251671135224187',
    facts: {
      ja: '森町の役場庁舎(御幸町、1967年完成)は、RC造2階建て延べ1,414m²の本庁舎とRC造2階建て延べ1,207m²の議会棟からなり、老朽化し耐震基準を満たさない。町は公民館・図書館などとの複合施設(延べ約13,817m²、うち庁舎4,317m²)への建て替えを構想し、2027年度の着工を目指す。',
      en: 'Mori\'s town hall (Miyuki-cho, completed 1967) is a two-storey reinforced-concrete main building of 1,414 m² and a two-storey assembly building of 1,207 m²; it is ageing and below the seismic standard. The town plans to rebuild it as a complex with the community hall and library (about 13,817 m², 4,317 m² of it hall) and aims to start work in FY2027.',
    },
  },
  {
    id: 'bb-building-sapporo-city-hall',
    publisher: 'bb-building.net (超高層ビルGallery)',
    title: '札幌市役所本庁舎',
    date: 'n.d.',
    address: 'https://bb-building.net/city/info/1562.html',
    facts: {
      ja: '札幌市役所本庁舎は1971年竣工、地上19階・地下2階、延べ床面積42,216m²。市長室、議場、各局の事務室を集める。老朽化と耐震性の課題から改修か建て替えかが検討されている。',
      en: 'Sapporo\'s main city hall was completed in 1971: 19 storeys above ground and 2 below, 42,216 m² of floor, holding the mayor\'s office, the assembly and the bureaux\' offices. Its age and seismic issues have led to a study of renovation or rebuilding.',
    },
  },
  {
    id: 'kamiya-sano-city-hall',
    publisher: 'kamiyaitsuo-a.com (設計者の設計事例: 佐藤総合計画・都市環境建築設計所JV、管理技術者 神谷五男)',
    title: '佐野市新庁舎/栃木県佐野市',
    date: 'n.d.',
    address: 'http://www.kamiyaitsuo-a.com/works_4_sanosichousya.html',
    facts: {
      ja: '佐野・田沼・葛生の合併で生まれた佐野市の総合庁舎。SRC・S・RC造、地上7階・地下1階、延べ床面積約20,404m²、建築面積約2,780m²。地下駐車場階を使った柱頭免震構造で、災害対策本部としても使える。',
      en: 'The combined city hall of Sano, formed by merging Sano, Tanuma and Kuzu: steel-reinforced concrete, steel and concrete, 7 storeys above ground and 1 below, about 20,404 m² of floor and 2,780 m² of footprint, base-isolated at the column heads over the basement car park, and usable as the disaster headquarters.',
    },
  },
];
