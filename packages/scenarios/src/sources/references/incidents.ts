import type { Reference } from '../reference.ts';

/** Counts and cases of personal-data leaks, attacks and response practice in Japanese public bodies. */
export const INCIDENT_REFERENCES: readonly Reference[] = [
  {
    id: 'ppc-annual-2024',
    publisher: '個人情報保護委員会',
    title: '令和6年度 年次報告',
    date: '2025-06',
    address: 'https://www.ppc.go.jp/aboutus/report/',
    facts: {
      ja: '2024年度: 行政機関等からの漏えい等報告1,951件(主な原因は書類の紛失・誤送付)。事業者からの報告19,056件のうち、要配慮個人情報を含むもの45.4%、本人1,000人以下が88.3%、5万人超は0.8%。',
      en: 'FY2024: 1,951 leak reports from public bodies (mostly lost or mis-sent papers). Of the 19,056 reports from businesses, 45.4% involved sensitive data, 88.3% touched at most 1,000 persons and 0.8% more than 50,000.',
    },
  },
  {
    id: 'ppc-annual-2023',
    publisher: '個人情報保護委員会',
    title: '令和5年度 年次報告',
    date: '2024-06-11',
    address: 'https://www.ppc.go.jp/aboutus/report/',
    facts: {
      ja: '2023年度(地方公共団体が報告義務を負った最初の年度): 行政機関等からの漏えい等報告1,159件。多くは誤交付・誤送付などの人為的な誤りで、システムの設定誤りもある。',
      en: 'FY2023, the first year local bodies had to report: 1,159 leak reports from public bodies, mostly human error (wrong issuance, mis-sent mail), some from system misconfiguration.',
    },
  },
  {
    id: 'ppc-annual-2017',
    publisher: '個人情報保護委員会',
    title: '平成29年度 年次報告',
    date: '2018-06',
    address: 'https://www.ppc.go.jp/aboutus/report/',
    facts: {
      ja: '2017年度の特定個人情報の漏えい等報告374件(286機関)のうち地方公共団体から270件(220団体)。主な原因はマイナンバーを含む書類の誤送付・誤交付。重大な事態5件。',
      en: 'FY2017: 374 My Number leak reports from 286 bodies, 270 of them from 220 local bodies, mostly papers with a number mis-sent or handed to the wrong person; 5 serious cases.',
    },
  },
  {
    id: 'soumu-appi-fy2009',
    publisher: '総務省',
    title: '平成21年度における行政機関・独立行政法人等の個人情報保護法の施行状況',
    date: '2010-08',
    address: 'http://economic.jp/?p=16232',
    facts: {
      ja: '2009年度、国の41機関で漏えい等321件: 誤送付・誤送信44.2%、紛失29.3%、誤交付15.9%、誤廃棄2.2%、盗難1.6%、ウイルスによる流出1.3%。(経済ニュースによる要約で閲覧)',
      en: 'FY2009, 321 cases at 41 national bodies: mis-sent 44.2%, lost 29.3%, wrongly issued 15.9%, wrongly discarded 2.2%, stolen 1.6%, leaked by a virus 1.3% (read in a news summary).',
    },
  },
  {
    id: 'soumu-appi-fy2008',
    publisher: '総務省 (Impress INTERNET Watch による報道)',
    title: '平成20年度 行政機関・独立行政法人等における個人情報の保護に関する法律の施行状況',
    date: '2009-08-28',
    address: 'https://internet.watch.impress.co.jp/docs/news/312198.html',
    facts: {
      ja: '2008年度、省庁の漏えい等473件のうち77.8%(368件)は本人5人以下。独立行政法人では95.0%が5人以下。',
      en: 'FY2008: of 473 cases at ministries 77.8% (368) touched at most 5 persons; at independent administrative agencies 95.0%.',
    },
  },
  {
    id: 'npa-white-paper-2025',
    publisher: '警察庁',
    title: '令和7年版 警察白書 第3章第3節',
    date: '2025',
    address: 'https://www.npa.go.jp/hakusyo/r07/honbun/html/bb3313000.html',
    facts: {
      ja: '2024年のランサムウェア被害報告222件(大企業61、中小企業140、残る21件は団体等)。二重恐喝は手口が判明した134件中111件(82.8%)。感染経路はVPN機器55%、リモートデスクトップ31%。',
      en: '2024: 222 ransomware victims reported (61 large firms, 140 SMEs, the other 21 associations and public bodies); double extortion in 111 of 134 known cases (82.8%); entry via VPN devices 55%, remote desktop 31%.',
    },
  },
  {
    id: 'npa-cyber-2024',
    publisher: '警察庁',
    title: '令和6年におけるサイバー空間をめぐる脅威の情勢等について',
    date: '2025-03-13',
    address: 'https://risktaisaku.com/articles/-/100796',
    facts: {
      ja: 'ランサムウェア被害の調査・復旧に1か月以上要した割合は2023年44%から2024年49%へ、費用1,000万円以上は37%から50%へ。(リスク対策.comの記事で閲覧)',
      en: 'Share of ransomware victims needing a month or more to investigate and restore: 44% (2023) to 49% (2024); share paying 10 million yen or more: 37% to 50% (read in a リスク対策.com report).',
    },
  },
  {
    id: 'ishinomaki-ransomware-2023',
    publisher: 'NHK 東北 NEWS WEB',
    title: '石巻地区広域行政事務組合のサーバーがランサムウェア被害 (2023-03-09 報道)',
    date: '2023-03-09',
    address: 'https://www3.nhk.or.jp/tohoku-news/20230309/6000022750.html',
    facts: {
      ja: '2023-02-24/25、石巻地区広域行政事務組合のファイルサーバーが暗号化された。約1,400人分の個人情報が保存されていた。業務は別サーバーとバックアップで継続。',
      en: '2023-02-24/25: the file server of the 石巻 district joint office was encrypted; about 1,400 persons\' data were on it; work went on from another server and backups.',
    },
  },
  {
    id: 'benesse-2014',
    publisher: 'Impress INTERNET Watch',
    title: 'ベネッセ、情報漏えいのお詫びに500円の金券 (2014-09-10 報道)',
    date: '2014-09-10',
    address: 'http://internet.watch.impress.co.jp/docs/news/20140910_666212.html',
    facts: {
      ja: 'ベネッセの顧客情報漏えい(約2,895万件)で、対象者に500円分の電子マネーか図書カードを選べるお詫びを用意した。',
      en: 'After its leak of about 28.95 million customer records, Benesse offered each affected customer 500 yen of e-money or a book voucher.',
    },
  },
  {
    id: 'amagasaki-usb-2023',
    publisher: 'サンテレビ',
    title: '尼崎市USBメモリ紛失 委託先が対応費用を全額支払い (2023-06-29 報道)',
    date: '2023-06-29',
    address: 'https://sun-tv.co.jp/suntvnews/news/2023/06/29/69110',
    facts: {
      ja: '2022-06に全市民約46万人分のデータを入れたUSBメモリを紛失(3日後に発見、流出なし)。第三者委員会や広報紙など市の対応費用約2,950万円を委託先が全額支払った。住民への金銭補償はない。',
      en: 'A USB stick with all 460,000 residents\' data was lost in 2022-06 (found after three days, no leak). The vendor paid the city\'s response cost of about 29.5 million yen in full; residents received no payment.',
    },
  },
  {
    id: 'amagasaki-press-2022',
    publisher: 'NHK',
    title: '尼崎市 全市民の個人情報USB紛失 (政治マガジン)',
    date: '2022-06',
    address: 'https://www.nhk.or.jp/politics/articles/lastweek/85117.html',
    facts: {
      ja: '尼崎市は全市民460,517人分のデータの紛失について2022-06-23、24に記者会見を開いた。',
      en: '尼崎市 held press conferences on 2022-06-23 and 24 about losing the data of all 460,517 residents.',
    },
  },
  {
    id: 'handa-press-2021',
    publisher: 'medit',
    title: 'つるぎ町立半田病院のランサムウェア感染',
    date: '2021-11',
    address: 'https://medit.tech/tusugi-ransomware-infected/amp',
    facts: {
      ja: '2021-10-31、つるぎ町立半田病院の電子カルテがランサムウェアで暗号化され、病院は記者会見を開いた。通常診療の再開は約2か月後。',
      en: '2021-10-31: the town hospital of つるぎ町 had its electronic records encrypted by ransomware and held a press conference; normal care resumed about two months later.',
    },
  },
  {
    id: 'handa-council-2022',
    publisher: 'はてなブックマーク (読売新聞記事へのリンク)',
    title: '半田病院 有識者会議報告書を町議会に報告 (2022-06-08)',
    date: '2022-06-08',
    address: 'https://b.hatena.ne.jp/mkusunok/20220608',
    facts: {
      ja: '半田病院のランサムウェア被害について、有識者会議の報告書が2022-06-07につるぎ町議会に報告された。',
      en: 'The expert committee\'s report on the 半田病院 ransomware attack was presented to the つるぎ町 council on 2022-06-07.',
    },
  },
  {
    id: 'osaka-hospital-2022',
    publisher: '日経クロステック',
    title: '大阪急性期・総合医療センターのランサムウェア被害 (2022-10/11 報道)',
    date: '2022',
    address: 'https://xtech.nikkei.com/atcl/nxt/news/18/14304/',
    facts: {
      ja: '2022-10-31、大阪急性期・総合医療センターが給食委託業者経由でランサムウェアに感染し、記者会見を開いた。全面復旧まで約2か月半。',
      en: '2022-10-31: Osaka General Medical Center was hit by ransomware entering through its catering contractor and held a press conference; full recovery took about 2.5 months.',
    },
  },
  {
    id: 'nagayo-2025',
    publisher: '長与町',
    title: 'メールアドレスの流出について',
    date: '2025',
    address: 'https://webtown.nagayo.jp/kiji0035761/index.html',
    facts: {
      ja: '長与町は480人分のメールアドレスを流出させ、記者会見は開かず、対象者全員に謝罪メールを送った。',
      en: '長与町 exposed 480 e-mail addresses, apologised to all of them by mail and held no press conference.',
    },
  },
  {
    id: 'nishikawa-2025',
    publisher: 'TUY (TBS NEWS DIG)',
    title: '西川町 486人分の個人情報流出 (2025 報道)',
    date: '2025',
    address: 'https://newsdig.tbs.co.jp/articles/tuy/1892951',
    facts: {
      ja: '西川町で486人分の個人情報が流出したが、記者会見は開かれていない。',
      en: '西川町 exposed 486 persons\' data without a press conference.',
    },
  },
  {
    id: 'toyosato-2024',
    publisher: 'b-son セキュリティブログ (豊郷町の発表の転載)',
    title: '豊郷町 646人分の個人情報漏えい (2024-035)',
    date: '2024-02',
    address: 'https://blog.b-son.net/2024/02/2024-035.html',
    facts: {
      ja: '豊郷町で646人分の個人情報が漏えいしたが、記者会見は開かれていない。',
      en: '豊郷町 leaked 646 persons\' data without a press conference.',
    },
  },
  {
    id: 'nanbu-2024',
    publisher: '南部町 (鳥取県)',
    title: '個人情報を含む通知書の誤封入について',
    date: '2024',
    address: 'https://www.town.nanbu.tottori.jp/admin/jougesui/g934/',
    facts: {
      ja: '22通の誤封入について、全件回収したうえで対象者全員に電話と訪問で謝罪し、ウェブで公表した。',
      en: '22 letters were put in the wrong envelopes; the town recovered all of them, still phoned or visited every person and published the case on its website.',
    },
  },
  {
    id: 'osaka-city-leaks-2020-10',
    publisher: 'onebe.co.jp DLPニュース (大阪市の公表の報道)',
    title: '大阪市、個人情報を含む事故処理誤りを公表',
    date: '2020-10-09',
    address: 'https://onebe.co.jp/dlpnews/?p=16742',
    facts: {
      ja: '大阪市が2020-08-21〜09-20に取りまとめた個人情報に係る事務処理誤り等は15件(誤送付3、誤交付7、紛失5)。委託業務での誤りを含む。',
      en: 'Osaka city\'s personal-data handling errors compiled 2020-08-21 to 09-20: 15 (3 mis-sent, 7 wrongly issued, 5 lost), contractors\' errors included.',
    },
  },
  {
    id: 'osaka-city-leaks-2021-01',
    publisher: 'onebe.co.jp DLPニュース (大阪市の公表の報道)',
    title: '大阪市、個人情報を含む事故処理誤りを公表',
    date: '2021-01-08',
    address: 'https://onebe.co.jp/dlpnews/?p=17688',
    facts: {
      ja: '大阪市が2020-11-21〜12-20に取りまとめた個人情報に係る事務処理誤り等は17件(誤送付4、誤交付6、紛失及び事務処理誤り7)。',
      en: 'Osaka city\'s personal-data handling errors compiled 2020-11-21 to 12-20: 17 (4 mis-sent, 6 wrongly issued, 7 lost or other errors).',
    },
  },
  {
    id: 'osaka-city-leaks-2023-12',
    publisher: '大阪市 総務局',
    title: '大阪市における個人情報に係る事務処理誤り等の状況について(令和5年12月一括公表分)',
    date: '2023-12-08',
    address: 'https://www.city.osaka.lg.jp/hodoshiryo/somu/0000613667.html',
    facts: {
      ja: '2023-10-21〜11-20に取りまとめた個人情報に係る事務処理誤り等(個別公表分を含む)は11件: 誤送付6、誤交付2、その他3。市は毎月これを一括公表している。',
      en: 'Personal-data handling errors compiled 2023-10-21 to 11-20, those announced singly included: 11 (6 mis-sent, 2 wrongly issued, 3 other). The city publishes them together every month.',
    },
  },
  {
    id: 'osaka-city-leaks-2024-06',
    publisher: 'news.3rd-in.co.jp (大阪市の一括公表の報道)',
    title: '大阪市、個人情報事務処理誤り17件を公表 誤送付や誤交付が相次ぐ',
    date: '2024-06',
    address: 'https://news.3rd-in.co.jp/article/4344225c-3434-11ef-9ac1-9ca3ba083d71',
    facts: {
      ja: '大阪市は2024-06-07、2024-04-21〜05-20の個人情報に係る事務処理誤り等17件(誤送付14、誤交付1、その他2)を一括公表した。',
      en: 'On 2024-06-07 Osaka city published 17 personal-data handling errors of 2024-04-21 to 05-20: 14 mis-sent, 1 wrongly issued, 2 other.',
    },
  },
  {
    id: 'osaka-city-leaks-2024-07',
    publisher: 'news.3rd-in.co.jp (大阪市の一括公表の報道)',
    title: '大阪市、個人情報事務処理誤り27件を公表',
    date: '2024-07',
    address: 'https://news.3rd-in.co.jp/article/351c4284-3dbe-11ef-bf5c-9ca3ba083d71',
    facts: {
      ja: '大阪市は2024-07-09、2024-05-21〜06-20の個人情報に係る事務処理誤り等27件を一括公表した(住民票や医療費関係書類の誤送付、非公開処理漏れ、記録媒体の紛失など)。',
      en: 'On 2024-07-09 Osaka city published 27 personal-data handling errors of 2024-05-21 to 06-20 (mis-sent residence and medical papers, unredacted disclosures, a lost memory card and others).',
    },
  },
  {
    id: 'osaka-city-population-2024',
    publisher: 'news.3rd-in.co.jp (大阪市の発表の報道)',
    title: '大阪市の人口は増加傾向!令和6年7月1日現在の推計人口は2,788,758人',
    date: '2024-07',
    address: 'https://news.3rd-in.co.jp/article/644090b6-4335-11ef-89c9-9ca3ba083d71',
    facts: {
      ja: '大阪市の推計人口は2024-07-01現在2,788,758人(前月から1,360人増)。',
      en: 'Osaka city\'s estimated population on 2024-07-01: 2,788,758 (1,360 more than a month before).',
    },
  },
];
