import type { Reference } from '../reference.ts';

/**
 * Vendors' customers and the towns one disaster reaches: how many neighbouring municipalities a regional
 * typhoon or earthquake hit in Tochigi and Hokkaido, and how many members the published shared-cloud groups have.
 */
export const S7_PEOPLE_REFERENCES: readonly Reference[] = [
  {
    id: 'asahi-tochigi-relief-act-2019',
    publisher: '朝日新聞',
    title: '台風19号の通過から1週間 栃木県内の被害の全容(見出しは本文から)',
    date: '2019-10',
    address: 'https://www.asahi.com/articles/ASMBP62RVMBPUUHB00R.html',
    facts: {
      ja: '2019年の台風19号(令和元年東日本台風)で、栃木県は被害の大きい5市町に災害救助法の適用を追加し、真岡市・益子町・芳賀町・野木町の4市町を除く県内21市町が適用となった。県の発表で浸水は19,237棟(栃木市約13,800棟、佐野市2,682棟)。',
      en: 'In the 2019 typhoon Hagibis, Tochigi added five more municipalities to the Disaster Relief Act, bringing it to 21 of the prefecture\'s municipalities (all but 真岡, 益子, 芳賀 and 野木). The prefecture counted 19,237 flooded buildings (about 13,800 in 栃木市, 2,682 in 佐野市).',
    },
  },
  {
    id: 'cao-iburi-damage-2018',
    publisher: '内閣府 (123deta の写し)',
    title: '平成30年北海道胆振東部地震に係る被害状況等について (平成30年9月13日9時00分現在)',
    date: '2018-09-13',
    address:
      'https://123deta.com/document/q765rkvy-189139%E5%B9%B3%E6%88%90%EF%BC%93%EF%BC%90%E5%B9%B4%E5%8C%97%E6%B5%B7%E9%81%93%E8%83%86%E6%8C%AF%E6%9D%B1%E9%83%A8%E5%9C%B0%E9%9C%87%E3%81%AB%E4%BF%82%E3%82%8B%E8%A2%AB%E5%AE%B3%E7%8A%B6%E6%B3%81%E7%AC%AC1%E5%A0%B1.html',
    facts: {
      ja: '2018年9月6日の地震(M6.7)で震度5弱以上を観測した市町村: 震度7 厚真町、6強 安平町・むかわ町、6弱 札幌市(東区)・千歳市・日高町・平取町、5強 札幌市の4区・苫小牧市・江別市・三笠市・恵庭市・長沼町・新ひだか町・新冠町、5弱 札幌市の3区・函館市・室蘭市・岩見沢市・登別市・伊達市・北広島市・石狩市・新篠津村・南幌町・由仁町・栗山町・白老町。札幌市を1つと数えて26市町村。',
      en: 'Municipalities where the 6 September 2018 quake (M6.7) reached JMA 5-lower or more: 7 in 厚真; 6-upper in 安平 and むかわ; 6-lower in 札幌 (東区), 千歳, 日高 and 平取; 5-upper in four more 札幌 wards, 苫小牧, 江別, 三笠, 恵庭, 長沼, 新ひだか and 新冠; 5-lower in three more 札幌 wards, 函館, 室蘭, 岩見沢, 登別, 伊達, 北広島, 石狩, 新篠津, 南幌, 由仁, 栗山 and 白老 — 26 municipalities, counting 札幌 once.',
    },
  },
  {
    id: 'jt-tokushima-cloud-2021',
    publisher: '自治体通信 (株式会社日立システムズ提供記事)',
    title: '「つながり」という財産をえた、徳島県4町の「自治体クラウド」',
    date: '2021-08',
    address: 'https://www.jt-tsushin.jp/interview/jt32_hitachisystems/',
    facts: {
      ja: '徳島県の石井町・神山町・那賀町・東みよし町の4町が、住民情報系システムを共同利用する自治体クラウドを導入した事例。',
      en: 'Four towns of Tokushima (石井, 神山, 那賀 and 東みよし) share their resident-information systems in one joint cloud.',
    },
  },
  {
    id: 'gcc-tokyo-cloud-2022',
    publisher: '株式会社ジーシーシー',
    title: 'GCC導入事例: 東京クラウド・住民情報系システム共同利用',
    date: '2022',
    address: 'https://www.gcc.co.jp/event/interview001',
    facts: {
      ja: '東京自治体クラウド協議会として立川市・三鷹市・日野市の3市が、住民記録・税務・福祉など約60業務の住民情報系パッケージを共同利用する。2018年に3市で共同利用の協定を結んだ。',
      en: 'Three Tokyo cities (立川, 三鷹 and 日野) share one resident-information package for about 60 businesses (registry, tax, welfare) as the Tokyo joint-cloud council, under an agreement the three signed in 2018.',
    },
  },
  {
    id: 'koumuin-news-standard-businesses',
    publisher: 'koumuin-news.com',
    title: '17業務(システム標準化対象業務)とは?',
    date: 'n.d.',
    address: 'https://koumuin-news.com/?p=2643',
    facts: {
      ja: '先行してシステム標準化の対象とされた17業務を列挙する: 住民基本台帳、選挙人名簿管理、固定資産税、個人住民税、法人住民税、軽自動車税、国民健康保険、国民年金、障害者福祉、後期高齢者医療、介護保険、児童手当、生活保護、健康管理、就学、児童扶養手当、子ども・子育て支援。',
      en: 'Lists the 17 businesses first named for system standardisation: resident registry, electoral roll, property tax, individual and corporate resident tax, light-vehicle tax, national health insurance, national pension, disability welfare (障害者福祉), late-stage elderly medical care, long-term care, child allowance, public assistance, health management, school enrolment, child-rearing allowance and child-care support.',
    },
  },
  {
    id: 'kyodo-uto-hall-2016',
    publisher: '共同通信 (kiji.is)',
    title: '宇土市、庁舎建て替え検討中の損壊 〜連鎖地震 熊本の教訓',
    date: '2016',
    address: 'http://this.kiji.is/107404028718825476',
    facts: {
      ja: '熊本地震で宇土市は、前震(4月14日)の後に業務を本庁舎の別館へ移して住民票発行などの窓口業務を続け、災害対策本部の設置までは事前の計画どおりだった。本震(16日)で本庁舎4階がつぶれると、職員約50人で机やパソコンを駐車場のテントへ移して別館からLANケーブルをつなぎ、その後市民体育館へ移った。',
      en: 'In the 2016 Kumamoto earthquakes 宇土市 moved its work to the hall\'s annex after the 14 April foreshock and kept its counters (resident certificates) running, as its plan foresaw. When the main shock crushed the hall\'s fourth floor on the 16th, about 50 staff carried desks and PCs to tents in the car park, ran LAN cables from the annex, and later moved to the city gymnasium.',
    },
  },
  {
    id: 'asahi-kumamoto-halls-2016',
    publisher: '朝日新聞 (megalodon.jp の保存)',
    title: '熊本地震で本庁舎が使えない自治体 (見出しは未確認)',
    date: '2016-04-23',
    address: 'https://megalodon.jp/ref/2016-0423-0625-20/www.asahi.com/articles/ASJ4Q5GYLJ4QTIPE02B.html',
    facts: {
      ja: '熊本県内45市町村のうち5市町(益城町・宇土市・八代市・人吉市・大津町)が本庁舎を閉鎖または閉鎖の方針。大津町は14日の前震で本庁舎の壁や窓が崩れ、18日から窓口機能を町民交流施設に移した。人吉市は22日、5月9日から別館など3施設に機能を分散すると発表。',
      en: 'Five of Kumamoto\'s 45 municipalities (益城, 宇土, 八代, 人吉, 大津) had closed or were closing their main hall. 大津町\'s hall lost walls and windows in the 14 April foreshock; its counters moved to a community facility from the 18th. 人吉市 announced on the 22nd that it would spread its offices over three buildings from 9 May.',
    },
  },
  {
    id: 'matsubara-inquiry-form-2014',
    publisher: '松原市 (megalodon.jp の保存)',
    title: '市ホームページの「お問い合わせ」情報が閲覧可能な状態になっていたことについて (見出しは本文から)',
    date: '2014-05',
    address: 'https://megalodon.jp/ref/2014-0523-1030-06/www.city.matsubara.osaka.jp/news/index.cfm/detail.1.48866.html',
    facts: {
      ja: '松原市のホームページの「お問い合わせ」画面から送信された情報が、特定のURLで閲覧できる状態になっていたことが2014年5月13日に判明。システム管理業者の調査で、過去6年間の問い合わせ1,514件のうち1,426件の個人情報が、同年1月のシステム更新(アクセス制限の設定不備)以降閲覧可能だった。',
      en: 'On 13 May 2014 松原市 found that messages sent through its website\'s inquiry form could be viewed at a particular URL. Its contractor found 1,514 inquiries from the past six years, 1,426 of them with personal data, viewable since a system update in January that left access control incomplete.',
    },
  },
  {
    id: 'region-case-osaka-population-2014',
    publisher: 'region-case.com',
    title: '平成26年(2014年) 大阪府の市町村別人口',
    date: '2014',
    address: 'https://region-case.com/rank-h26-osaka-population/',
    facts: {
      ja: '住民基本台帳による2014年1月1日現在の大阪府の市町村別人口。松原市は123,611人。',
      en: 'Osaka\'s municipalities by resident-register population on 1 January 2014: 松原市 123,611.',
    },
  },
  {
    id: 'graffer-sapporo-online-notice',
    publisher: '株式会社グラファー (Graffer)',
    title: '札幌市環境局 特定建設作業実施届出のオンライン化 (導入事例インタビュー、見出しは本文から)',
    date: 'n.d.',
    address: 'https://graffer.jp/govtech/articles/sapporo-kensetsu',
    facts: {
      ja: '札幌市環境局の担当者によれば、届出を窓口で出す事業者は、市役所までの移動に往復30分〜2時間、駐車場での待ちに30分〜1時間、窓口手続きに約15分かかっていた(市外の事業者は移動にさらに時間がかかる)。月約100件の届出のうち約30件がオンラインに移った。',
      en: '札幌 environment bureau staff: a business filing the notice at the counter spent 30 min to 2 h on the round trip to the city hall, 30 min to 1 h waiting for parking and about 15 min at the counter (businesses outside the city travelled longer). About 30 of some 100 notices a month moved online.',
    },
  },
  {
    id: 'coikijoho-utsunomiya-sano',
    publisher: 'coikijoho.com',
    title: '宇都宮から佐野アウトレットへの行き方 電車やバスの場合と車の場合',
    date: 'n.d.',
    address: 'http://coikijoho.com/4070.html',
    facts: {
      ja: '宇都宮に住む人にとって佐野アウトレットは車で1時間ちょっとの距離。電車とバスでは宇都宮→小山約30分、小山→佐野約30分、佐野駅→アウトレット約20分で合計約1時間半。',
      en: 'For 宇都宮 residents the 佐野 outlet mall is a little over an hour away by car; by train and bus it takes about 1.5 h (宇都宮–小山 30 min, 小山–佐野 30 min, station to mall 20 min).',
    },
  },
  {
    id: 'tkc-ibaraki-cloud-2014',
    publisher: '株式会社TKC',
    title: '【ユーザー事例】後乗りを前提に、茨城県の標準となるシステムを構築 (茨城県五霞町)',
    date: '2014-04',
    address: 'https://tkc.jp/lg/case/kikan/jk201404',
    facts: {
      ja: 'いばらき自治体クラウドは、常陸大宮市・那珂市・かすみがうら市・五霞町の4市町が基幹系システムをクラウドで共同構築したもの。五霞町では2014年1月14日に稼働。県の基幹業務ワーキンググループには13市町が参加し、リース満了時期の近い4市町が先行した。',
      en: 'The Ibaraki joint cloud: four municipalities (常陸大宮, 那珂, かすみがうら and 五霞) built their core systems together in one cloud, live in 五霞 from 14 January 2014. Thirteen municipalities joined the prefecture\'s working group; the four whose leases ended soonest went first.',
    },
  },
  {
    id: 'sakai-hirosaki-cloud-2018',
    publisher: '酒井悦子 (市議会議員、総務委員会行政視察の報告)',
    title: '総務委員会行政視察(青森県弘前市・秋田県大館市)',
    date: '2018-10',
    address: 'https://sakaietsuko.net/?p=1946',
    facts: {
      ja: '弘前市・大鰐町・田舎館村・西目屋村の4市町村が2013年12月に電算システムの共同利用の協定を結び、2015年4月から基幹系(住基・税・福祉)で共同クラウドを利用。平川市が加わる予定。人口はおよそ弘前市17万2千人、平川市3万1千人、大鰐町9,700人、田舎館村7,900人、西目屋村1,350人。',
      en: 'Four municipalities (弘前, 大鰐, 田舎館 and 西目屋) agreed in December 2013 to share their computer systems and have used one joint cloud for core work (registry, tax, welfare) since April 2015; 平川 was to join. Populations about 172,000, 31,000 (平川), 9,700, 7,900 and 1,350.',
    },
  },
  {
    id: 'ishikari-subprefecture-municipalities',
    publisher: '北海道石狩振興局',
    title: '石狩振興局 (管内の紹介)',
    date: 'n.d.',
    address: 'https://www.kirari-ishikari.pref.hokkaido.lg.jp/about_ishikari/',
    facts: {
      ja: '石狩振興局の管内は6市1町1村: 札幌市・江別市・千歳市・恵庭市・北広島市・石狩市・当別町・新篠津村。',
      en: 'The 石狩 subprefecture holds six cities, one town and one village: 札幌, 江別, 千歳, 恵庭, 北広島, 石狩, 当別 and 新篠津.',
    },
  },
  {
    id: 'allgo-hokkaido-municipalities',
    publisher: 'allgo4537.seesaa.net',
    title: '北海道3 (北海道の市町村)',
    date: 'n.d.',
    address: 'http://allgo4537.seesaa.net/article/37144667.html',
    facts: {
      ja: '北海道には180の市町村(35市130町15村)と64の郡がある(北方領土の5郡6村を除く)。支庁ごとの市町村一覧を載せる。',
      en: 'Hokkaido has 180 municipalities (35 cities, 130 towns, 15 villages) in 64 districts, besides the Northern Territories\' 6 villages; lists them by subprefecture.',
    },
  },
];
