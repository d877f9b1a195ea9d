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
  {
    id: 'takamatsu-iseto-2024',
    publisher: '高松市（blog.b-son.net の転載）',
    title: '委託事業者のランサムウェア被害による個人情報の漏えいについて (2024-07 公表の転載)',
    date: '2024-07',
    address: 'https://blog.b-son.net/2024/07/sec2024-217-Takamatsu-city-Information-Leakage-Due-to-Ransomware-Damage-at-Outsourced-Printing-Business.html',
    facts: {
      ja: '高松市が印刷業務を委託する株式会社イセトーのサーバーがランサムウェアに感染し、個別避難計画のデータ（住所・氏名等）1,595人分がインターネット上でダウンロード可能になっていた。悪用の事例や被害の報告はない。',
      en: 'The server of イセトー, 高松市\'s printing contractor, was hit by ransomware; the addresses and names of 1,595 persons in evacuation plans became downloadable on the internet; no misuse or harm was reported.',
    },
  },
  {
    id: 'yokosuka-iseto-2024',
    publisher: '横須賀市（blog.b-son.net の転載）',
    title: '委託事業者のサーバーへの不正アクセスについて (2024-07 公表の転載)',
    date: '2024-07',
    address: 'https://blog.b-son.net/2024/07/sec2024-217-Yokosuka-city-Unauthorized-access-to-the-server-of-the-outsourced-service-provider.html',
    facts: {
      ja: '2023年統一地方選挙の投票案内作成を受託したイセトーのサーバーが2024-05-26にランサムウェア被害を受け、再委託先から送られて残っていた有権者18人分の住所・氏名の画像が外部に流出した可能性がある。',
      en: 'The server of イセトー, which printed the 2023 election notices, was hit by ransomware on 2024-05-26; images of 18 voters\' addresses and names, mailed over by a subcontractor and never deleted, may have leaked.',
    },
  },
  {
    id: 'nishinomiya-iseto-2024',
    publisher: '西宮市（blog.b-son.net の転載）',
    title: '委託事業者へのサイバー攻撃について (2024-06 公表の転載)',
    date: '2024-06',
    address: 'https://blog.b-son.net/2024/06/sec2024-217-Nishinomiya-City-Cyber-Attacks-on-Contractors.html',
    facts: {
      ja: '固定資産税納税通知書の封入封緘を委託したイセトーがランサムウェアに感染し、感染したサーバーに宛名情報78件（住所・氏名・課税情報等）が保存されていた。',
      en: 'イセトー, which enveloped the city\'s property-tax notices, was hit by ransomware; the infected server held 78 addressees\' names, addresses and tax data.',
    },
  },
  {
    id: 'op-ed-iseto-2024',
    publisher: 'ノーボーダー・ニューズ（op-ed.jp）',
    title: '自治体委託先でランサムウェア被害 30万件が漏洩',
    date: '2024-07',
    address: 'https://op-ed.jp/news/7744',
    facts: {
      ja: 'イセトーのランサムウェア被害で約30万件の個人情報が流出。和歌山市は約13万人分の市民情報（住所・氏名・課税情報等）、徳島県も13万人分が漏えいしたと発表。',
      en: 'The ransomware attack on イセトー leaked about 300,000 records: 和歌山市 announced about 130,000 residents\' data (addresses, names, tax data) and Tokushima prefecture 130,000 persons\'.',
    },
  },
  {
    id: 'asahikawa-contractor-2021',
    publisher: 'medoasa.com（Yahoo!ニュース記事の転載）',
    title: '旭川市の委託先コンサルタント会社のランサムウェア感染 (2021 報道)',
    date: '2021',
    address: 'https://medoasa.com/n-412/',
    facts: {
      ja: '旭川市が市営団地の建て替えで業務委託した東京のコンサルタント会社が2月23日にランサムウェアに感染し、市営団地の約350世帯分の氏名・生年月日・電話番号などが流出した可能性がある。',
      en: 'A Tokyo consultancy working for 旭川市 on rebuilding municipal housing was hit by ransomware on 23 February; the names, birth dates and phone numbers of about 350 households may have leaked.',
    },
  },
  {
    id: 'saitama-minami-disposal-2025',
    publisher: 'さいたま市',
    title: '（令和7年3月5日発表）個人情報を含む廃棄予定文書の滅失について',
    date: '2025-03-05',
    address: 'https://www.city.saitama.lg.jp/006/014/008/003/013/012/p119824.html',
    facts: {
      ja: '南区福祉課が廃棄予定の文書を入れた段ボールをリサイクル用紙の回収コンテナ付近に置いたため、清掃業者が回収して溶解処理し、文書は滅失した。個人情報の漏えいはないことを確認。',
      en: 'A welfare section left a box of papers due for disposal beside the recycling container; the cleaners took it and pulped it, destroying the papers; the city confirmed nothing leaked.',
    },
  },
  {
    id: 'shinjuku-disposal-2008',
    publisher: 'news.urashinjuku.com（報道の引用）',
    title: '新宿区榎町特別出張所の申請書の誤廃棄 (報道の引用)',
    date: 'n.d.',
    address: 'https://news.urashinjuku.com/archives/51398326.html',
    facts: {
      ja: '新宿区の榎町特別出張所が扱った2006年12月〜2007年5月の住民票・戸籍証明・印鑑登録証明の申請書など14,791件を、2007年6月に保存期限内にもかかわらず他の廃棄文書とともに溶解処理した。情報流出はない。',
      en: 'A 新宿区 branch office pulped, in June 2007 and before their retention period ended, 14,791 applications for residence, family-register and seal certificates from December 2006 to May 2007, with other papers due for disposal; nothing leaked.',
    },
  },
  {
    id: 'joetsu-disposal-2023',
    publisher: '上越タウンジャーナル',
    title: '上越市の内部文書が資源物回収ステーションに捨てられる (2023-04-07 報道)',
    date: '2023-04-07',
    address: 'https://joetsu.ne.jp/212282',
    facts: {
      ja: '焼却のため保管していた市の内部文書約14,000枚（延べ947人分の連絡先を含む）を、職員が資源物と間違えて回収ステーションに出した。市民の連絡で翌日に市が回収。紐で結ばれたままで、市は漏えいの可能性は低いとみている。',
      en: 'An official put some 14,000 sheets of city papers awaiting incineration, with contact details of 947 persons, out at a recycling station by mistake; a resident called the next day and the city took them back, still tied up, judging a leak unlikely.',
    },
  },
  {
    id: 'gifu-disposal',
    publisher: '岐阜新聞',
    title: '岐阜市の空家対策課の文書を古紙回収業者が路上に落とす (報道)',
    date: 'n.d.',
    address: 'https://www.gifu-np.co.jp/articles/-/16919',
    facts: {
      ja: 'シュレッダーにかけずにリサイクルボックスに入れられた岐阜市空家対策課の文書32枚（173人分の氏名・住所・家の写真）を、古紙回収車が路上に落とした。付近を歩いていた高校生と保護者が側溝で見つけて交番に届け、全て回収された。流出や悪用は確認されていない。',
      en: 'A paper-recycling truck dropped 32 unshredded sheets of 岐阜市\'s vacant-house section (173 owners\' names, addresses and house photos) in the street; two high-school students and a parent found them in a gutter and took them to the police; all were recovered, no misuse found.',
    },
  },
  {
    id: 'asahikawa-disposal-2026',
    publisher: '旭川市',
    title: '生活保護担当職員の不適切な行為についてのお詫び',
    date: '2026-01',
    address: 'https://www.city.asahikawa.hokkaido.jp/kurashi/135/189/190/d083235.html',
    facts: {
      ja: '生活保護担当職員が自宅に持ち帰った書類を新聞紙等と一緒にごみステーションに出し、散逸した書類（7人分38件、傷病名を含む）を通行中の市民が見つけた。市民から情報を受けた団体と報道機関の通報で市が流出を確認し、書類の返還を受けた。',
      en: 'A public-assistance caseworker put papers taken home out with the newspapers at a garbage point; a passer-by found the scattered papers (38 items on 7 persons, diagnoses among them); the city learned of it from a group and the press the passer-by had told, and got the papers back.',
    },
  },
];
