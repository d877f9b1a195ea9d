import type { Reference } from '../reference.ts';

/**
 * Staff looking up residents without a work purpose, case by case: how often one city's cases came to
 * light (帯広市, with its population), and which published look-ups went on to pass the records outside.
 */
export const R3_LEAKS_REFERENCES: readonly Reference[] = [
  {
    id: 'obihiro-lookups-2006',
    publisher: '毎日新聞（news.a902.net の転載）',
    title: '住基台帳：業務外に閲覧、女性嘱託職員を厳重注意－－帯広市／北海道',
    date: '2006-04-01',
    address: 'http://news.a902.net/a1/2006/0401-2.html',
    facts: {
      ja: '帯広市は、住民から嘱託職員の私的な閲覧を指摘されたのを受け、2005年4〜11月のアクセス履歴を調べ、コミュニティーセンターの嘱託職員3人による業務外の閲覧7件（知人の住所・氏名・年齢・性別）を見つけ、口頭で厳重注意とした。同市では2003年にも、職員が同窓会名簿を作るために住所管理システムで3件を閲覧した事例があった。',
      en: 'After a resident pointed to a part-time worker\'s private look-ups, 帯広市 searched its access logs for April–November 2005 and found 7 look-ups without a work purpose by three part-time community-centre workers (acquaintances\' address, name, age and sex); they were warned orally. In 2003 another employee had looked up 3 residents in the address system to compile a class-reunion list.',
    },
  },
  {
    id: 'obsinren-obihiro-population',
    publisher: '帯広市商店街振興組合連合会',
    title: '帯広市のデータ',
    date: 'n.d.',
    address: 'https://www.obsinren.com/?page_id=73',
    facts: {
      ja: '帯広市統計書による。帯広市の人口は平成13年（2001年）以降減少に転じ、平成20年（2008年）に初めて17万人を割って168,970人となった。',
      en: 'From the city\'s statistical yearbook: 帯広市\'s population has fallen since 2001 and dropped below 170,000 only in 2008, to 168,970.',
    },
  },
  {
    id: 'hombetu-obihiro-population-2010',
    publisher: 'hombetu.exblog.jp（十勝毎日新聞等の要約）',
    title: '帯広市、9年連続の人口減少',
    date: '2010-01-17',
    address: 'http://hombetu.exblog.jp/12676851/',
    facts: {
      ja: '帯広市の暦年末人口は2000年の175,159人が最多で、その後減少し、2009年末は168,657人。',
      en: '帯広市\'s year-end population peaked at 175,159 in 2000 and had fallen to 168,657 by the end of 2009.',
    },
  },
  {
    id: 'asahi-yokote-lookups-2021',
    publisher: '朝日新聞（japonologie.com の転載）',
    title: '「興味本位で見た」感染者の個人情報を不正閲覧 (見出しはアドレスから)',
    date: '2021',
    address:
      'https://japonologie.com/news-jp/%e3%80%8c%e8%88%88%e5%91%b3%e6%9c%ac%e4%bd%8d%e3%81%a7%e8%a6%8b%e3%81%9f%e3%80%8d%e6%84%9f%e6%9f%93%e8%80%85%e3%81%ae%e5%80%8b%e4%ba%ba%e6%83%85%e5%a0%b1%e3%82%92%e4%b8%8d%e6%ad%a3%e9%96%b2%e8%a6%a7',
    facts: {
      ja: '横手市職員7人の住基ネットでの不正閲覧を報じ、他の例として、延岡市で接続権限のない職員が芸能人の住所などを見て2015年に戒告、船橋市で2012年に職員が住民基本台帳の情報を探偵に漏らして逮捕された例を挙げる。',
      en: 'Reports the seven 横手市 staff\'s look-ups and names two other cases: a 延岡市 employee without access rights who viewed a celebrity\'s address and was reprimanded in 2015, and a 船橋市 employee arrested in 2012 for passing registry data to a private detective.',
    },
  },
  {
    id: 'inzai-lookups',
    publisher: '利根新報',
    title: '印西市職員、住民情報を目的外閲覧 3カ月の減給処分',
    date: 'n.d.',
    address: 'https://toneshinpo.com/549/?amp=1',
    facts: {
      ja: '印西市の納税課職員が2021年12月ごろ、面識のある市民4人の住所と課税情報を興味本位で閲覧し、減給3か月の懲戒処分。市民からの調査依頼で操作履歴を調べて判明。外部への漏出や不正利用はなかった。市職員の目的外閲覧による懲戒処分は初めて。',
      en: 'A 印西市 tax-section employee looked up the address and tax data of 4 residents he knew, out of curiosity, around December 2021; found from the operation log after a resident asked; three months\' pay cut, the city\'s first discipline for such a look-up; nothing went outside or was misused.',
    },
  },
  {
    id: 'osaka-ikuno-lookups-2018',
    publisher: '大阪市生野区役所',
    title: '生野区役所保健福祉課（生活支援担当）における税務事務システム及び総合福祉システムの業務外での閲覧及び個人情報漏えいについて',
    date: '2018-12-13',
    address: 'http://www.city.osaka.lg.jp/hodoshiryo/ikuno/0000455548.html',
    facts: {
      ja: '生活支援担当職員が、業務と関係なく税務事務システムと総合福祉システムで親族等の税情報と住民情報を複数回閲覧し、個人情報を外部に漏えいしていた。',
      en: 'A public-assistance caseworker repeatedly looked up relatives\' and others\' tax and resident records in the tax and welfare systems without a work purpose, and passed personal data outside.',
    },
  },
  {
    id: 'hiratsuka-takeout-2019',
    publisher: '平塚市',
    title: '元職員による個人情報等の持ち出しについて',
    date: '2019-08-08',
    address: 'http://www.city.hiratsuka.kanagawa.jp/press/page02_e00001_00742.html',
    facts: {
      ja: '教育委員会の元職員が在職中（2018-11-29）と退職日翌日（2018-12-22）に個人情報を含む電子ファイルを持ち出した恐れ。11月分は1,019ファイル、個人情報延べ31,429件（個人・団体等）。市民から、選挙に出た元職員から選挙はがきが届いたとの通報で発覚し、ファイルに含まれていた市民2名にはがきが届いていた。',
      en: 'A former board-of-education employee may have copied out files with personal data while in post (2018-11-29) and the day after retiring (2018-12-22); the November copy held 1,019 files with 31,429 entries of persons and groups. Found when a resident reported an election postcard from him; two residents in the files had received one.',
    },
  },
  {
    id: 'htc-takeout-2015',
    publisher: 'htc-inc.co.jp（報道の要約）',
    title: '「仕事や勉強のため」に約200万件のファイルを持ち出す 神奈川県某市職員',
    date: '2015-10',
    address:
      'https://www.htc-inc.co.jp/lp/news/%e3%80%8c%e4%bb%95%e4%ba%8b%e3%82%84%e5%8b%89%e5%bc%b7%e3%81%ae%e3%81%9f%e3%82%81%e3%80%8d%e3%81%ab%e7%b4%84%ef%bc%92%ef%bc%90%ef%bc%90%e4%b8%87%e4%bb%b6%e3%81%ae%e3%83%95%e3%82%a1%e3%82%a4%e3%83%ab/',
    facts: {
      ja: '2015-10-02、神奈川県のある市の上下水道部の主任が、入職直後からUSBメモリで市民の個人情報（市税の滞納状況など）を含む約200万件のファイルを無断で持ち出し自宅に保管していたと市が発表。外部に流出した形跡はない。内部監査で発覚。',
      en: 'On 2015-10-02 a Kanagawa city said a waterworks official had, since joining, copied about 2 million files with residents\' data (tax arrears among them) to USB sticks and kept them at home; found by an internal audit; no sign of anything passed outside.',
    },
  },
  {
    id: 'okayama-takeout-2014',
    publisher: 'jtrustc.sakura.ne.jp（情報セキュリティ報道の要約）',
    title: '岡山市、職員が業務で取得した戸籍謄本等を無許可で持ち帰る',
    date: '2014-12',
    address: 'http://jtrustc.sakura.ne.jp/ip_wp_2015/security-n/14122501',
    facts: {
      ja: '岡山市の主任が、2008年の業務で取得した戸籍謄本・住民票の写し各1通など115点を、2010年の異動時に無断で自宅に持ち帰り放置していた。親族の通報で2014-12に判明。',
      en: 'A 岡山市 official took home, on changing posts in 2010, 115 papers gathered for 2008 work, one family register and one residence certificate among them, and left them there; found in 2014-12 when a relative reported it.',
    },
  },
  {
    id: 'nishihara-takeout-2015',
    publisher: '日経コンピュータ（ITpro）',
    title: '西原村の課長級職員による全住民の住基データ等の持ち出しと懲戒処分 (2015-11 報道)',
    date: '2015-11',
    address: 'http://itpro.nikkeibp.co.jp/atcl/news/15/111103693/',
    facts: {
      ja: '熊本県西原村の課長級職員が2012年11月ごろから、全村民約7,000人分の住民基本台帳データ、村民税課税台帳、生活保護受給者名簿の全件など約18万件を外付けHDDで自宅PCに持ち出していた。マイナンバー導入に伴うセキュリティ調査（USB接続記録）で2015年9月に発覚。外部流出の形跡はない。停職1か月。',
      en: 'A section chief of 西原村 (Kumamoto) had, since about November 2012, copied some 180,000 records to his home PC via an external disk: the registry of all about 7,000 villagers, the resident-tax ledger and the full list of public-assistance recipients. Found in September 2015 from USB connection logs in a My Number security check; no sign of anything passed outside; one month\'s suspension.',
    },
  },
  {
    id: 'kamaishi-takeout',
    publisher: '朝日新聞（japonologie.com の転載）',
    title: '市民全員の情報を違法取得、職員2人免職「何が悪… (見出しはアドレスから)',
    date: 'n.d.',
    address:
      'https://japonologie.com/news-jp/%e5%b8%82%e6%b0%91%e5%85%a8%e5%93%a1%e3%81%ae%e6%83%85%e5%a0%b1%e3%82%92%e9%81%95%e6%b3%95%e5%8f%96%e5%be%97%e3%80%81%e8%81%b7%e5%93%a12%e4%ba%ba%e5%85%8d%e8%81%b7%e3%80%8c%e4%bd%95%e3%81%8c%e6%82%aa',
    facts: {
      ja: '岩手県釜石市が、全市民約3万2千人分の住民基本台帳の個人情報を繰り返し違法取得した職員2人を懲戒免職。2015年2月から21回、住所・氏名・生年月日・続柄・収入額などをメールで自宅に送り、2017年9月のデータには600人分のマイナンバーも含まれていた。2人以外への流出は確認されていない。匿名の手紙を受けた調査で判明。',
      en: '釜石市 dismissed two staff who had repeatedly taken the registry data of all about 32,000 residents: from February 2015, 21 e-mails of addresses, names, birth dates, relations and incomes to a home PC, one in September 2017 holding 600 persons\' My Numbers; no spread beyond the two was found; found after anonymous letters.',
    },
  },
];
