import type { Reference } from '../reference.ts';

/**
 * The sources of the people and cost figures: what municipalities publish of their own staff pay (the
 * 給与・定員管理等 publications every body makes under the Local Public Service Act), what the software
 * industry earns per employee, the statutory working week, and the migration subsidy as the Minister
 * announced it. Facts are restated in our own words.
 */
export const SRC_COSTS_REFERENCES: readonly Reference[] = [
  {
    id: 'sapporo-koho-pay-2023',
    publisher: '札幌市',
    title: '広報さっぽろ 2023年11月号『札幌市職員の給与と人事』',
    date: '2023-11',
    address:
      'https://mykoho.jp/article/北海道札幌市/%e5%ba%83%e5%a0%b1%e3%81%95%e3%81%a3%e3%81%bd%e3%82%8d-2023%e5%b9%b411%e6%9c%88%e5%8f%b7/%e6%9c%ad%e5%b9%8c%e5%b8%82%e8%81%b7%e5%93%a1%e3%81%ae%e7%b5%a6%e4%b8%8e%e3%81%a8%e4%ba%ba%e4%ba%8b-2',
    facts: {
      ja: '札幌市の職員数は2023年度23,031人。2022年度一般会計決算の人件費は1,601億4,591万円で、1人当たりの職員給与費は631万円(前年度から2万円増)。勤務時間は月曜〜金曜の8時45分〜17時15分。',
      en: 'Sapporo had 23,031 staff in FY2023; its FY2022 general-account personnel cost was 160.1 billion yen, and pay per staff member 6.31 million yen (20,000 more than a year before). Office hours are 8:45 to 17:15, Monday to Friday.',
    },
  },
  {
    id: 'shimizu-pay-2017',
    publisher: '清水町',
    title: '清水町の給与・定員管理等について',
    date: 'n.d.',
    address: 'https://pdfslide.tips/documents/hhh-hh-29-998-9597-f-9232422-f-194148-f-1369057.html',
    facts: {
      ja: '住民基本台帳人口9,597人(2018年1月1日)の町の公表(日付の記載なし)。2017年度普通会計決算で職員150人の給与費(給料・職員手当・期末勤勉手当、退職手当を除く)は9億2,099万円、1人当たり614.0万円。人口規模と産業構造の似た類似団体の平均は1人当たり563.1万円。',
      en: 'A town of 9,597 registered residents (2018-01-01). In its FY2017 ordinary-account settlement, pay of its 150 staff (salary, allowances and bonuses, retirement allowances excluded) came to 920.99 million yen, 6.140 million per person; the average of similar bodies (by population and industry) was 5.631 million per person.',
    },
  },
  {
    id: 'kiryu-pay-2011',
    publisher: '桐生市',
    title: '桐生市の給与・定員管理等について(平成24年度)',
    date: '2012',
    address:
      'https://deploy.paperzz.com/doc/5958892/%E6%A1%90%E7%94%9F%E5%B8%82%E3%81%AE%E7%B5%A6%E4%B8%8E%E3%83%BB%E5%AE%9A%E5%93%A1%E7%AE%A1%E7%90%86%E7%AD%89%E3%81%AB%E3%81%A4%E3%81%84%E3%81%A6-%E5%B9%B3%E6%88%9024%E5%B9%B4%E5%BA%A6%EF%BC%89-%E6%A1%90%E7%94%9F%E5%B8%82-%E9%A1%9E%E4%BC%BC%E5%9B%A3%E4%BD%93%E5%B9%B3%E5%9D%87',
    facts: {
      ja: '住民基本台帳人口121,004人(2011年度末)の市。2011年度普通会計決算で職員1,086人の給与費(給料・職員手当・期末勤勉手当、退職手当を除く)は66億9,643万円、1人当たり616.6万円。',
      en: 'A city of 121,004 registered residents (end of FY2011). In its FY2011 ordinary-account settlement, pay of its 1,086 staff (salary, allowances and bonuses, retirement allowances excluded) came to 6.696 billion yen, 6.166 million per person.',
    },
  },
  {
    id: 'meti-software-survey-2009',
    publisher: '経済産業省 (全国ソフトウェア協同組合連合会 josan.jp の記事で読んだ)',
    title: '平成21年特定サービス産業実態調査(速報)',
    date: '2010-11',
    address: 'http://josan.jp/chousa101101.html (also reported by economic.jp: http://economic.jp/?p=15381)',
    facts: {
      ja: '2009年11月1日現在、ソフトウェア業は15,326事業所、従業者67万5,400人(うち正社員・正職員61万9,600人)。年間売上高は15兆5,019億円で、うち主業のソフトウェア業務の売上高は12兆1,903億円。',
      en: 'As of 2009-11-01 the software industry had 15,326 establishments and 675,400 employees (619,600 of them regular staff); its yearly sales were 15.5019 trillion yen, of which 12.1903 trillion from software work itself.',
    },
  },
  {
    id: 'labour-standards-act',
    publisher: '衆議院・参議院(法律)/ e-Gov 法令検索',
    title: '労働基準法(昭和22年法律第49号)第32条',
    date: '1947-04-07',
    address: 'https://elaws.e-gov.go.jp/document?lawid=322AC0000000049',
    facts: {
      ja: '使用者は、休憩時間を除き、労働者を1週間に40時間、1日に8時間を超えて働かせてはならない。',
      en: 'An employer may not have workers work more than 40 hours a week or 8 hours a day, breaks excluded.',
    },
  },
  {
    id: 'soumu-minister-subsidy-2023',
    publisher: '総務省',
    title: '鈴木総務大臣閣議後記者会見の概要(令和5年11月14日)',
    date: '2023-11-14',
    address: 'https://www.soumu.go.jp/menu_news/kaiken/01koho01_02001288.html',
    facts: {
      ja: '標準準拠システムへの移行経費に充てるデジタル基盤改革支援補助金は、これまでの1,825億円に、令和5年度補正予算案で5,163億円を追加計上した(計6,988億円)。2025年度末までの移行が難しい団体も支援するとした。',
      en: 'The migration subsidy to standard-compliant systems (デジタル基盤改革支援補助金) had 182.5 billion yen; the FY2023 supplementary budget added 516.3 billion (698.8 billion in all). The Minister said bodies unable to migrate by the end of FY2025 would be supported too.',
    },
  },
  {
    id: 'risktaisaku-otsuchi-2011',
    publisher: 'リスク対策.com (新建新聞社)',
    title: '大槌町の情報システムの被災と復旧を追う連載記事(見出しは未確認)',
    date: 'n.d.',
    address: 'https://www.risktaisaku.com/articles/-/16079?page=3 (and https://risktaisaku.com/articles/-/16419?page=2)',
    facts: {
      ja: '大槌町ではサーバ室が水没した庁舎1階にあり、機器は使えなくなり、サーバ室内のバックアップテープを含むデータも一時失われた(一部はハードディスクやテープから復旧)。3月25日に基幹系サーバ7台を回収してデータを復旧業者に依頼し、4月13日に3月11日時点の住基データで仮サーバを設置して証明書の交付を再開した。4月25日に仮設庁舎で窓口を開き、住基ネットの再稼働は7月15日(震災から約4か月)。',
      en: 'Otsuchi kept its server room on the ground floor of the hall the tsunami flooded; the equipment was lost and its data, the backup tapes kept in the room included, were out of reach for a while (some was later recovered from the disks and tapes). Seven core servers were retrieved on 25 March for data recovery; on 13 April a temporary server with the registry as of 11 March let the town issue certificates again; counters opened in a temporary office on 25 April, and the 住基ネット connection came back on 15 July, about four months after the quake.',
    },
  },
  {
    id: 'mainichi-koseki-2011',
    publisher: '毎日新聞',
    title: '法務省による4市町の流失戸籍の再製完了の記事(見出しは未確認)',
    date: '2011-04-26',
    address: 'https://megalodon.jp/ref/2011-0620-0340-39/mainichi.jp/select/today/archive/news/2011/04/26/20110426k0000e040037000c.html',
    facts: {
      ja: '法務省は2011年4月26日、津波で流失した南三陸町・女川町・陸前高田市・大槌町の戸籍計約3万8千件を法務局の副本などから再製し終えたと発表した。各市町がデータをシステムに入力し終える5月上旬〜中旬以降、仮庁舎で戸籍謄本・抄本を取れる見込み。',
      en: 'On 26 April 2011 the Ministry of Justice said it had rebuilt from the legal affairs bureaus\' copies the roughly 38,000 family registers of 南三陸, 女川, 陸前高田 and 大槌 lost to the tsunami; once each town had entered them into its system, in early to mid May, residents could obtain copies at the temporary offices.',
    },
  },
  {
    id: 'nikkei-xtech-misato',
    publisher: '日経クロステック',
    title: '埼玉県美里町のガバメントクラウド先行移行と運用コストの記事(見出しは未確認)',
    date: 'n.d.',
    address: 'https://xtech.nikkei.com/atcl/nxt/column/18/00001/07386/',
    facts: {
      ja: '人口約1万1千人の埼玉県美里町は2022年10月末、デジタル庁の先行事業として標準化対象の14の基幹業務システムを現行のままガバメントクラウド(AWS)上に移して稼働させた。それまではTKCのデータセンターで運用していた。運用コストは1.9倍に膨らむ試算が出ており、通信回線費は6倍になる。',
      en: 'Misato, Saitama (about 11,000 residents) moved its 14 standardised core systems, as they were, onto the government cloud (AWS) at the end of October 2022 as a Digital Agency pilot; they had run in TKC\'s data centre. Its running cost was estimated to grow 1.9 times, the line cost 6 times.',
    },
  },
];
