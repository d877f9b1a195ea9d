import type { Reference } from '../reference.ts';

/**
 * What single pieces of a municipality's IT running cost cost: a city's budget line for its 戸籍
 * system (two cities), a town's website (management and system upkeep), and the bank box a shared
 * information centre keeps its weekly copy in.
 */
export const S7_BUDGET_REFERENCES: readonly Reference[] = [
  {
    id: 'fuelle-safe-deposit-fee',
    publisher: 'fuelle',
    title: '大手銀行の「貸金庫の窃盗」のニュースに、40代の同僚が「自分も使ってるから怖い」と発言。彼は「年収500万円」くらいのはずだけど、お金持ちじゃなくても利用できるのでしょうか?',
    date: 'n.d.',
    address: 'https://fuelle.jp/archives/340979',
    facts: {
      ja: '銀行の貸金庫の使用料は銀行と大きさで違い、三菱UFJ銀行の年間使用料は税込で1万6,170円から約3万円まで。小さい箱ほど安い。',
      en: 'A bank safe-deposit box is priced by bank and size; at MUFG Bank the yearly fee runs from 16,170 yen to about 30,000 yen including tax, smaller boxes cheaper.',
    },
  },
  {
    id: 'fuji-budget-r8',
    publisher: '富士市（予算書を plural-reality/fujishi_ippannkaikei_yosansho が GitHub で表に書き起こしたもの）',
    title: '[書き起こしの内容による表題] 令和8年度 富士市一般会計予算書（R8/rdb.csv）',
    date: '2026',
    address: 'https://github.com/plural-reality/fujishi_ippannkaikei_yosansho/blob/d010420ba1217442b987f43fff7e599b9a72ff05/R8/rdb.csv',
    facts: {
      ja: '富士市の令和8年度一般会計予算。戸籍住民基本台帳費のうち戸籍総合システム運営事業費（戸籍総合システムの運用管理）は7,205千円。情報システム費の情報化推進費2,235,456千円の内訳は、ネットワーク管理104,101千円、セキュリティ対策37,044千円、庁内OA化推進509,662千円（OA機器、全庁型地理情報システム、財務会計・文書管理システム、複合機管理、ウェブ会議、RPA、生成AIの運用）、富士市・富士宮市の共同電算（運用管理・標準化対応・番号制度の情報連携）1,584,649千円。',
      en: 'Fuji city\'s FY2026 general-account budget. Under the family-register and resident-register costs, running the 戸籍 system (戸籍総合システム運営事業費) is 7,205 thousand yen. Its IT promotion budget of 2,235,456 thousand yen splits into network 104,101, security 37,044, office automation 509,662 (office equipment, the city-wide GIS, finance and document systems, copier management, web meetings, RPA and generative AI) and the computing it shares with Fujinomiya (operation, standardisation, My Number data links) 1,584,649 thousand yen.',
    },
  },
  {
    id: 'satte-koseki-blog',
    publisher: '松田まさよ ウェブログ（matsuda-masayo.com）',
    title: '証明書発行の経費',
    date: 'n.d.',
    address: 'http://www.matsuda-masayo.com/weblog/archives/782.html',
    facts: {
      ja: '幸手市の平成26年度一般会計決算から、戸籍情報システム保守業務委託料2,319,840円と戸籍情報システム使用料5,373,360円を挙げる。平成28年度予算では住民情報システムの機器補修委託3,435,000円、プログラム保守委託25,350,000円、カスタマイズ委託11,681,000円、使用料58,035,000円。',
      en: 'From 幸手市\'s FY2014 general-account accounts: 2,319,840 yen for maintaining the 戸籍 system and 5,373,360 yen for its use. Its FY2016 budget for the resident-information system: equipment repair 3,435,000, programme maintenance 25,350,000, customisation 11,681,000 and use 58,035,000 yen.',
    },
  },
  {
    id: 'town-website-management-2015',
    publisher: 'goo blog「memuroyoitoko」',
    title: '27年の決算審査の内容について',
    date: '2016-08-30',
    address: 'https://blog.goo.ne.jp/memuroyoitoko/e/d2972b0e1b2b4ea583b736c454ff6da9',
    facts: {
      ja: '議会の平成27年度決算審査で、ホームページの管理業務委託料が年間2,138,400円で毎年この程度かかっていることが質疑された。担当課長は、職員が直接更新するのは一部で、ほとんどのページの更新を民間事業者に委託しており、月平均30時間の作業を基に積算していると答えた。',
      en: 'In a council\'s review of the FY2015 accounts, the contract for managing the municipality\'s website was 2,138,400 yen a year, about the same every year. The section head said staff update only a small part themselves; most updates are contracted out, priced on about 30 hours of work a month.',
    },
  },
  {
    id: 'takahagi-website-2022',
    publisher: 'comons（地方議会の記事）',
    title: '[記事の内容による表題] 高萩市議会 令和4年9月8日の定例会（一般会計補正予算(第5号)ほかの審議）',
    date: '2022-09-08',
    address: 'https://comons.me/ibarakiken-takahagishi/18684415591107751159',
    facts: {
      ja: '高萩市議会の令和4年9月定例会で、5年間のホームページシステム保守委託について、企画総務部長が年間約130万円の費用がかかると答えた。',
      en: 'At 高萩市\'s September 2022 council session, the head of planning and general affairs said the five-year maintenance contract for the city\'s website system costs about 1.3 million yen a year.',
    },
  },
  {
    id: 'okazaki-toyohashi-tax-system-2013',
    publisher: '東海愛知新聞 (FMえがお 掲載)',
    title: '[記事の内容による表題] 岡崎市、豊橋市と共同利用の税総合システムで NEC と開発委託契約',
    date: '2013-01-31',
    address: 'https://fm-egao.jp/tokai/130131.html',
    facts: {
      ja: '岡崎市は豊橋市と共同利用する税総合システム（市民税・固定資産税・軽自動車税など8税目、2015年1月稼働予定、NEC のデータセンターに設置）の開発委託契約を4億6,042万5,000円で結んだ。運用開始から5年間の保守管理は1億9,610万3,000円で、市の負担は合計6億5,652万8,000円。自前のコンピューターで税目ごとに導入し5年間管理した場合の試算は約16億円で、約9億5,000万円の削減になる。',
      en: '岡崎市 signed a 460,425,000-yen contract with NEC to build a tax system (8 taxes, among them resident, property and light-vehicle tax) shared with 豊橋市 and run from NEC\'s data centre from January 2015; five years of upkeep cost 196,103,000 yen, 656,528,000 yen in all for the city. The city estimated about 1.6 billion yen for five years of separate systems per tax on its own computers, about 950 million yen more.',
    },
  },
  {
    id: 'kaizuka-website-policy-2013',
    publisher: '貝塚市',
    title: '貝塚市行政評価 施策 評価結果の公表 施策名 情報通信基盤の整備（施策コード 01020501）',
    date: 'n.d.',
    address: 'https://www.city.kaizuka.lg.jp/section/gyoseihyoka/2013/sheet/meas/01020501.html',
    facts: {
      ja: '貝塚市（受益者数89,800人）の施策「情報通信基盤の整備」は、情報管理課が市ホームページと携帯版ホームページ「モバイルかいづか」を運営し各課の情報を提供するもの。直接事業費は平成24年度決算19,430千円、平成25年度決算20,229千円、平成26年度予算22,339千円。',
      en: 'In 貝塚市 (89,800 residents counted as beneficiaries), the policy "information and communication infrastructure", whose stated task is running the city website and its mobile version, had direct costs of 19,430 thousand yen (FY2012 accounts), 20,229 thousand yen (FY2013 accounts) and 22,339 thousand yen (FY2014 budget).',
    },
  },
];
