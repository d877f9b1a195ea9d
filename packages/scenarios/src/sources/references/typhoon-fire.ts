import type { Reference } from '../reference.ts';

/** Typhoon outages and their restoration, typhoon frequency by latitude, and fires in halls and data centres. */
export const TYPHOON_FIRE_REFERENCES: readonly Reference[] = [
  {
    id: 'nied-typhoon-approach',
    publisher: '防災科学技術研究所 自然災害情報室',
    title: '[防災基礎講座: 台風の年平均接近数の分布図と解説 (水谷武司) — ページの見出しは未記録]',
    date: '2026',
    address: 'https://dil.bosai.go.jp/workshop/03kouza_yosoku/02yuuin_fig02_05.html',
    facts: {
      ja: '台風の中心が地点から300km以内に入る年平均の接近数は、九州南端で3.0、北海道北端で0.2、石垣島で4.0。等頻度線はほぼ緯線に沿い、南ほど多い(日付のないページ。年は参照した年)。',
      en: 'Typhoons whose centre passes within 300 km of a point, per year on average: 3.0 at the southern tip of Kyushu, 0.2 at the northern tip of Hokkaido, 4.0 at Ishigaki; the lines of equal frequency run almost along the parallels, more to the south (undated page; the year is when it was read).',
    },
  },
  {
    id: 'nhk-typhoon-outages-2019',
    publisher: '日本放送協会 (NHK)',
    title: '[NHKニュース: 台風15号の停電と過去の台風停電の復旧の比較 — 記事の見出しは未記録]',
    date: '2019-09-13',
    address: 'http://www3.nhk.or.jp/news/html/20190913/k10012080781000.html',
    facts: {
      ja: '2019年台風15号で東京電力管内の停電は最大93万戸余り、復旧見通しは最長2週間程度に延びた。2018年台風21号(関西)は最大約168万戸で、1日で81%、2日で88%、3日で95%、5日で99%が復旧し、最後は2週間以上後。2018年台風24号(中部)は約102万戸で、3日で96%、5日で全戸。',
      en: 'Typhoon No. 15 of 2019 cut power to a peak of just over 0.93 million customers in TEPCO\'s area; the restoration outlook slipped to up to about two weeks. Typhoon No. 21 of 2018 (Kansai): a peak of about 1.68 million, 81% back after 1 day, 88% after 2, 95% after 3, 99% after 5, the last after more than two weeks. Typhoon No. 24 of 2018 (Chubu): about 1.02 million, 96% after 3 days, all after 5.',
    },
  },
  {
    id: 'yomiuri-chiba-outages-2019',
    publisher: 'next49 (はてなブログ) — 読売新聞オンライン 2019-09-09 09:47 の記事を引用',
    title: '台風15号(2019年)',
    date: '2019-09-11',
    address: 'https://next49.hatenadiary.jp/entry/20190911/1568175081',
    facts: {
      ja: '読売新聞オンライン(2019-09-09)によれば、東京電力パワーグリッド管内の台風15号による停電は9日午前8時現在で約93万1,800軒、うち千葉県内が約63万3,600軒。',
      en: 'Per 読売新聞オンライン (2019-09-09), Typhoon No. 15 had about 931,800 customers of TEPCO Power Grid without power at 08:00 on the 9th, about 633,600 of them in Chiba prefecture.',
    },
  },
  {
    id: 'chiba-households-2020',
    publisher: '千葉県 総合企画部統計課',
    title: '千葉県毎月常住人口調査月報(令和2年6月1日現在)',
    date: '2020-06-30',
    address: 'https://www.pref.chiba.lg.jp/toukei/toukeidata/joujuu/geppou/2020/202006.html',
    facts: {
      ja: '2020年6月1日現在の千葉県の人口は6,284,521人、世帯数は2,792,826世帯。',
      en: 'On 2020-06-01 Chiba prefecture had 6,284,521 residents in 2,792,826 households.',
    },
  },
  {
    id: 'nhk-kansai-outages-2018',
    publisher: 'ryoukou-hibi.com (ブログ) — NHKニュース 2018-09-04「関西 大阪中心に160万戸余停電 (午後5時)」を引用',
    title: '関西で広範囲に停電 大阪府など160万戸余り 台風21号の被害',
    date: '2018-09-04',
    address: 'http://ryoukou-hibi.com/jiji-news/blackout-kansai_18-09-04/',
    facts: {
      ja: '2018年台風21号で、9月4日午後5時現在、関西で160万戸余りが停電し、うち大阪府が約92万戸。翌5日午前10時には大阪府で約28万8,000戸まで減った。',
      en: 'Typhoon No. 21 of 2018: at 17:00 on 4 September over 1.6 million customers in Kansai were without power, about 920,000 of them in Osaka prefecture; by 10:00 the next day Osaka\'s count had fallen to about 288,000.',
    },
  },
  {
    id: 'asahi-kansai-outages-2018',
    publisher: '朝日新聞デジタル',
    title: '[台風21号 関西電力の停電 2018-09-04 午後11時の発表 — 見出しは未記録]',
    date: '2018-09-04',
    address: 'https://www.asahi.com/articles/ASL945TCKL94PTIL03G.html',
    facts: {
      ja: '関西電力の発表では、9月4日午後11時までに近畿6府県と福井・三重の一部で延べ約204万3千戸が停電し、約157万8千戸が未復旧。未復旧の内訳は大阪府約73万1千戸、兵庫県約38万3千戸、和歌山県約23万2千戸など(暫定値)。',
      en: 'Per Kansai Electric, by 23:00 on 4 September about 2,043,000 customers in total had lost power in the six Kinki prefectures and parts of Fukui and Mie, about 1,578,000 still out: about 731,000 in Osaka, 383,000 in Hyogo, 232,000 in Wakayama, among others (provisional).',
    },
  },
  {
    id: 'osaka-households-2015',
    publisher: 'マイナビニュース',
    title: '[マイナビニュース: 大阪府の2015年国勢調査速報の記事 — 見出しは未記録]',
    date: '2016-02-23',
    address: 'https://news.mynavi.jp/article/20160223-a455/',
    facts: {
      ja: '大阪府が発表した2015年国勢調査速報では、2015年10月1日の大阪府の人口は883万8,908人、世帯数は392万1,923世帯(1世帯当たり2.25人)。',
      en: 'The 2015 census preliminary results published by Osaka prefecture: 8,838,908 residents in 3,921,923 households on 2015-10-01 (2.25 a household).',
    },
  },
  {
    id: 'toyokeizai-typhoon-restoration-2019',
    publisher: '東洋経済新報社',
    title: '[東洋経済プレミアム 記事 21838: 台風停電の復旧時間の比較 — 見出しは未記録]',
    date: '2019',
    address: 'https://premium.toyokeizai.net/articles/-/21838',
    facts: {
      ja: '停電の99%が復旧するまでの時間は、2019年台風15号(千葉)で約280時間、2018年台風21号(関西)で約120時間、2018年台風24号(静岡)で約70時間。千葉では住宅近くの里山の倒木が電線と電柱を倒した。',
      en: 'Hours until 99% of the customers had power again: about 280 h after Typhoon No. 15 of 2019 (Chiba), about 120 h after No. 21 of 2018 (Kansai), about 70 h after No. 24 of 2018 (Shizuoka). In Chiba, trees of the wooded hills beside the houses fell on lines and poles.',
    },
  },
  {
    id: 'risktaisaku-kepco-typhoon21-2018',
    publisher: '新建新聞社 リスク対策.com',
    title: '台風21号、停電数最悪「阪神」より復旧日数 関電、災害関連特損128億円計上',
    date: '2018',
    address: 'https://www.risktaisaku.com/articles/-/12818',
    facts: {
      ja: '2018年台風21号で関西電力管内は9月4日21時に瞬間的に約168万軒が停電、延べ約220万軒、被害電柱は約1,400本。全面復旧は停電発生の16日後。それまでの台風による最大の停電は2004年台風16号の約50万軒。',
      en: 'Typhoon No. 21 of 2018: about 1.68 million customers of Kansai Electric were out at once at 21:00 on 4 September, about 2.2 million in all; about 1,400 poles damaged; the last customers were restored 16 days after the outage began. Before it, the largest typhoon outage there was about 0.5 million customers (Typhoon No. 16 of 2004).',
    },
  },
  {
    id: 'kepco-typhoon21-review-2018',
    publisher: '関西電力株式会社',
    title: '台風21号対応検証委員会の報告について',
    date: '2018-12-13',
    address: 'https://www.kepco.co.jp/souhaiden/pr/2018/1213_1j.html',
    facts: {
      ja: '2018年9月4日の台風21号による広範囲で長時間の停電について、社長を委員長とする検証委員会が早期復旧、顧客対応、自治体との連携の観点から対応を検証し、対策を取りまとめた。',
      en: 'A review committee chaired by the president examined the wide and long outage of Typhoon No. 21 (4 September 2018) — restoration speed, information to customers, cooperation with municipalities — and set out countermeasures.',
    },
  },
  {
    id: 'tepco-typhoon15-review-2020',
    publisher: '東京電力ホールディングス株式会社',
    title: '台風15号対応検証委員会報告書について',
    date: '2020-01-16',
    address: 'https://www4.tepco.co.jp/press/release/2020/1526625_8710.html',
    facts: {
      ja: '2019年台風15号は9月9日5時前に中心気圧960hPa・最大風速40m/sで千葉市付近に上陸し、送電鉄塔2基が倒壊、電柱約2,000本が被害を受けた。被害の把握と復旧見通しの策定、高圧・低圧線の復旧が長期化の論点。',
      en: 'Typhoon No. 15 of 2019 made landfall near Chiba city before 05:00 on 9 September at 960 hPa with 40 m/s winds; two transmission towers fell and about 2,000 poles were damaged. Assessing the damage, setting restoration outlooks and repairing high- and low-voltage lines are the report\'s themes of why the outage lasted.',
    },
  },
  {
    id: 'fdma-white-paper-2024',
    publisher: '総務省消防庁',
    title: '令和6年版 消防白書 第1章第1節 5 火災種別ごとの状況',
    date: '2024',
    address: 'https://www.fdma.go.jp/publication/hakusho/r6/chapter1/section1/para1/67996.html',
    facts: {
      ja: '2023年の建物火災は20,974件、うち住宅が12,112件(57.7%)。損害額10万円未満が56.5%、焼損床面積50㎡未満が79.6%。',
      en: '20,974 building fires in 2023, of which 12,112 (57.7%) in dwellings; 56.5% caused less than 100,000 yen of damage and 79.6% burnt less than 50 m² of floor.',
    },
  },
  {
    id: 'saitama-np-shiraoka-fire-2025',
    publisher: '埼玉新聞',
    title: '電気系統のショートで発火の可能性…白岡市役所火災、現場検証の結果を発表',
    date: '2025-05-09',
    address: 'https://www.saitama-np.co.jp/index.php/articles/137208/postDetail',
    facts: {
      ja: '白岡市役所本庁舎(1992年築、4階建て、スプリンクラーなし)で2025年5月6日23時20分ごろ出火、1階の税務課・市民課・会計課の約800㎡が焼けた。電気系統のショートの可能性が高い。住民情報を扱う基幹系システムが使えず、通常業務の再開には1か月以上かかるとみられていた。',
      en: 'Fire at Shiraoka city hall (built 1992, four storeys, no sprinklers) at about 23:20 on 6 May 2025 burnt about 800 m² of the ground-floor tax, residents and accounting offices; an electrical short is the likely cause. The core resident systems could not be used, and normal business was expected to take more than a month to resume.',
    },
  },
  {
    id: 'mainichi-shiraoka-fire-2025',
    publisher: '毎日新聞',
    title: '火災でシステム停止の埼玉・白岡市役所 13日から主要業務を再開',
    date: '2025-05-12',
    address: 'https://cont.t-com.ne.jp/social/798906_1.html',
    facts: {
      ja: '5月10日夜、発電機で庁舎3階のサーバーを再起動し、基幹系システムと庁内ネットワークが復旧した(出火から約4日)。13日(1週間後)から庁舎に隣接する市の2施設で住民票交付などの主要業務を再開。焼けた庁舎は利用再開のめどが立たず、プレハブ庁舎を建てる方針。',
      en: 'On the night of 10 May the third-floor servers were restarted on a generator and the core systems and office network came back (about four days after the fire). From 13 May (a week after) the main counter services reopened in two neighbouring city buildings. The burnt hall had no date to reopen; a prefabricated hall was to be built.',
    },
  },
  {
    id: 'ovhcloud-strasbourg-fire-2021',
    publisher: 'OVHcloud (statements quoted by cloud7.news)',
    title: 'OVHcloud plans to reopen Strasbourg site on 15th March',
    date: '2021-03-11',
    address: 'https://cloud7.news/data-center/ovhcloud-plans-to-reopen-strasbourg-site-on-15th-march/',
    facts: {
      ja: '2021年3月10日未明の火災でストラスブールのSBG2は全焼、隣のSBG1は12室中4室が焼損。敷地全体の電源が切られ、SBG1・SBG3・SBG4も停止。SBG2はほぼ全面的な再建が必要とされ、SBG4の電源復旧は翌週を目標とした。',
      en: 'The fire in the early hours of 10 March 2021 destroyed OVHcloud\'s Strasbourg SBG2 and 4 of the 12 rooms of SBG1; power to the whole site was cut, stopping SBG1, SBG3 and SBG4 too. SBG2 had to be almost entirely rebuilt; SBG4 was to get power back the following week.',
    },
  },
  {
    id: 'msit-pangyo-fire-2022',
    publisher: '과학기술정보통신부·방송통신위원회·소방청 (joint announcement, reported by Asia Economy)',
    title: 'Announcement of Digital Service Disruption Investigation Results on the 6th',
    date: '2022-12-06',
    address: 'https://cm.asiae.co.kr/en/article/2022120614123945999',
    facts: {
      ja: 'SK C&C板橋データセンターで2022年10月15日15時19分、地下3階のバッテリー室から出火し23時45分に鎮火。電源の復旧は19日5時ごろ、カカオのサービス正常化は20日23時ごろで127時間33分を要した。被害申告は約10万5千件。',
      en: 'At the SK C&C Pangyo data centre a fire broke out in the third-basement battery room at 15:19 on 15 October 2022 and was out at 23:45; power came back at about 05:00 on the 19th, and Kakao\'s services were normal again at about 23:00 on the 20th, after 127 h 33 min. About 105,000 damage claims were filed.',
    },
  },
  {
    id: 'itmedia-nirs-fire-2025',
    publisher: 'ITmedia キーマンズネット',
    title: '[キーマンズネット 記事: 韓国 国家情報資源管理院のデータセンター火災 — 見出しは未記録]',
    date: '2025-10-09',
    address: 'https://kn.itmedia.co.jp/kn/spv/2510/09/news042.html',
    facts: {
      ja: '2025年9月26日、大田の国家情報資源管理院で耐用年数を過ぎたUPSのリチウムイオン電池の移設中に出火、約22時間後に鎮火。96システムが焼損し、計647の政府システムが停止。焼損分の別センターでの再構築には最大4週間程度。公務員のクラウドストレージはバックアップがなく失われた。',
      en: 'On 26 September 2025 a fire broke out at Korea\'s National Information Resources Service in Daejeon while UPS lithium-ion batteries past their service life were being moved; it was out after about 22 hours. 96 systems burnt and 647 government systems stopped; rebuilding the burnt ones at another centre was to take up to about four weeks. The civil servants\' cloud drive had no backup and was lost.',
    },
  },
  {
    id: 'cloudscene-data-centres-2024',
    publisher: 'Statista (Cloudscene のデータによる)',
    title: 'Which Countries Have The Most Data Centers?',
    date: '2024-03',
    address: 'https://statista.com/chart/24149/data-centers-per-country/',
    facts: {
      ja: 'Cloudscene には2024年3月時点で世界の稼働中のデータセンターが11,800超登録されており、うち米国が5,388(45%)。規模は区別していない。',
      en: 'Cloudscene listed more than 11,800 operational data centres worldwide in March 2024, 5,388 (45%) of them in the United States; their size is not distinguished.',
    },
  },
];
