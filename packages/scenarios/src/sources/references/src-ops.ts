import type { Reference } from '../reference.ts';

/**
 * Operations of a town's own equipment: outages of town-hall server rooms and networks, cuts of the
 * hall's lines and how long their repair took, package updates that stopped the counters, and the start
 * reliability of standby diesel generators. Most are news reports of single events; a title in [] is a
 * description where the stored copy showed no headline, and `n.d.` marks a report whose copy showed no year
 * (the Fukui articles are dated by the archived Yomiuri report of the same event).
 */
export const SRC_OPS_REFERENCES: readonly Reference[] = [
  {
    id: 'nrc-b56-diesel-reliability',
    publisher: 'U.S. Nuclear Regulatory Commission',
    title: 'Resolution of Generic Safety Issues: Item B-56: Diesel Reliability (Rev. 2) (NUREG-0933, Main Report with Supplements 1–35)',
    date: 'n.d.',
    address: 'https://www.nrc.gov/sr0933/Section%202.%20Task%20Action%20Plan%20Items/b56r2.html',
    facts: {
      ja: '原子力発電所の非常用ディーゼル発電機は、運転報告の集計で始動要求1回あたり平均約0.94の始動信頼度だった。新設炉の目標は0.99/回(規制指針1.108)。NRCの計画では0.95/回を望ましい最低水準、0.9/回を許容できる最低水準とした。',
      en: 'Nuclear plants\' emergency diesel generators showed an average starting reliability of about 0.94 per demand in the operating reports reviewed; the goal for new plants was 0.99 per demand (Regulatory Guide 1.108). The NRC\'s programme took 0.95 per demand as the minimum desired and 0.9 as the minimum acceptable reliability.',
    },
  },
  {
    id: 'htv-fuchu-line-cut-2022',
    publisher: '広島テレビ (グノシー掲載)',
    title: '広島県府中市の通信障害は復旧 原因は道路工事でケーブル切断',
    date: '2022-09-23',
    address: 'https://gunosy.com/articles/aom2z',
    facts: {
      ja: '2022年9月22日11時半ごろ府中市役所で通信障害を確認、電話が不通になり住民票の発行などができなくなった。県発注の国道補修工事で業者が通信ケーブルを誤って切断したのが原因。NTTが復旧作業を行い、市役所は同日夜(記事の「22日9時半前」を午後9時半と読んで約10時間後)、周辺は23日5時前(約17.5時間後)に復旧した。',
      en: 'At about 11:30 on 22 September 2022 Fuchu (Hiroshima) city hall lost its lines: telephones went dead and residence certificates could not be issued. A contractor repairing a national road for the prefecture had cut the telecom cable. NTT repaired it: the hall was back that evening (the report\'s 9:30 on the 22nd read as 21:30, about 10 h later) and the surrounding area before 05:00 on the 23rd (about 17.5 h).',
    },
  },
  {
    id: 'kobe-np-takarazuka-line-cut',
    publisher: '神戸新聞 (nordot 掲載)',
    title: '宝塚市役所で通信ケーブル切断、PCや電話が一時使用不能に 中庭工事で作業ミス? 震度計も使えず',
    date: 'n.d.',
    address: 'https://nordot.app/1086209226387505805?c=414795408717890657',
    facts: {
      ja: '宝塚市役所の本庁舎と第2庁舎の間に埋設された光ファイバーケーブルとNTT回線が中庭工事で切断されたとみられ、14日正午ごろ障害を把握。15日朝から仮設ケーブルを敷き、13時ごろまでに窓口業務に支障がないことを確認した(約25時間後)。光ファイバーの再設置には2週間程度かかる見込み。',
      en: 'The optical fibre and the NTT line buried between Takarazuka city hall\'s two buildings were cut, probably by courtyard works; the fault was noticed at about noon on the 14th. A temporary cable laid from the morning of the 15th had the counters working again by about 13:00 (about 25 h later); re-laying the fibre was expected to take about two weeks.',
    },
  },
  {
    id: 'nhk-naha-network-2024',
    publisher: 'NHK 沖縄',
    title: '那覇市役所で一時システムに障害発生 午前中に復旧',
    date: '2024-04-01',
    address: 'https://www3.nhk.or.jp/lnews/okinawa/20240401/5090027236.html',
    facts: {
      ja: '2024年4月1日9時半ごろ、那覇市役所の庁内ネットワークで障害が起き、業務システム、メール、電話、コンビニ交付が使えなくなった。ネットワーク機器にLANケーブルを誤って接続し大量の通信が発生したのが原因で、約2時間後の11時35分ごろ復旧した。',
      en: 'At about 09:30 on 1 April 2024 Naha city hall\'s internal network failed, taking down the business systems, mail, telephones and convenience-store issuance. A LAN cable plugged into the wrong network device had flooded the network; service came back at about 11:35, about 2 h later.',
    },
  },
  {
    id: 'mainichi-tachikawa-network-2022',
    publisher: '毎日新聞',
    title: '東京・立川市役所で終日システム障害 内線もネットも通じず',
    date: '2022-06-27',
    address: 'https://mainichi.jp/articles/20220627/k00/00m/040/251000c',
    facts: {
      ja: '2022年6月27日、立川市役所の通信システムが始業の8時半から閉庁の17時まで停止し、内線電話、インターネット、窓口での証明書発行が使えず、約80の市施設も市と通信できなかった。19時半の時点でも一部で障害が続いていた(11時間以上)。約380人に影響。',
      en: 'On 27 June 2022 Tachikawa city hall\'s communication system was down from the 08:30 opening to the 17:00 closing: extension phones, the internet and certificate issuance at the counters failed, and about 80 city facilities could not reach the hall. Part of it was still down at 19:30 (over 11 h); about 380 people were affected.',
    },
  },
  {
    id: 'sankei-fujimi-power-2020',
    publisher: '産経新聞',
    title: '[産経新聞 記事: 富士見市役所本庁舎の停電 — 見出しは未記録]',
    date: '2020-01-20',
    address: 'https://www.sankei.com/article/20200120-ZSCJ26KEWNILHMY5P22I4LQHFM/',
    facts: {
      ja: '2020年1月20日0時すぎ、富士見市役所の本庁舎と分館が停電し、照明と空調が使えなくなった。電気を引き込む高圧ケーブルの破損が原因で、交換工事の後19時半ごろ復旧した(約19.5時間)。その間は非常用電源で住民票の発行など主要な窓口業務を行った。',
      en: 'Just after midnight on 20 January 2020 Fujimi city hall and its annex lost power, lights and air conditioning: the high-voltage supply cable into the building was damaged. After its replacement power came back at about 19:30 (about 19.5 h); meanwhile the main counter services, residence certificates included, ran on the emergency generator.',
    },
  },
  {
    id: 'suntv-amagasaki-network-2024',
    publisher: 'サンテレビ',
    title: '[サンテレビ ニュース: 尼崎市役所のネットワーク障害 — 見出しは未記録]',
    date: '2024-03-18',
    address: 'https://sun-tv.co.jp/suntvnews/news/2024/03/18/76593',
    facts: {
      ja: '2024年3月18日10時半ごろ、尼崎市役所本庁舎でネットワーク障害が起き、住民票の写しや戸籍証明書を発行できなくなった。16・17日の老朽化した光ケーブルの交換作業の後、通信量が設定値を超えたのがきっかけ。市は前のネットワークに戻し、翌19日9時からの再開を目指した(約22.5時間)。',
      en: 'At about 10:30 on 18 March 2024 Amagasaki city hall\'s network failed and residence and family-register certificates could not be issued. It followed the replacement of ageing optical cables over the weekend of the 16th and 17th, after which traffic exceeded a set limit. The city went back to the old network, aiming to reopen at 09:00 on the 19th (about 22.5 h).',
    },
  },
  {
    id: 'fukui-np-fukui-systems-update',
    publisher: '福井新聞',
    title: '[福井新聞 記事: 福井県内9市町の総合行政情報システムの障害(ソフト更新後の通信障害) — 見出しは未記録]',
    date: '2018-07',
    address: 'http://www.fukuishimbun.co.jp/articles/-/627886',
    facts: {
      ja: '9市町が共同で使う総合行政情報システムで、管理を受託する福井システムズが21日22時からソフト更新を始めたところ、22日2時40分ごろサーバーの通信障害が起きた。4市町で証明書の発行や転入・転出の手続きができなくなり、24日11時半の時点でも続いていた。',
      en: 'Nine municipalities in Fukui share one administrative system. Its operator, Fukui Systems, began a software update at 22:00 on the 21st; at about 02:40 on the 22nd a server communication fault stopped it. In four of the towns certificates and moving-in and moving-out procedures were unavailable, still so at 11:30 on the 24th.',
    },
  },
  {
    id: 'fukui-np-fukui-systems-restored',
    publisher: '福井新聞',
    title: '[福井新聞 記事: 総合行政情報システム障害の5日目 — 見出しは未記録]',
    date: '2018-07',
    address: 'http://www.fukuishimbun.co.jp/articles/-/629668',
    facts: {
      ja: '障害5日目の26日、福井システムズがソフトを元の版で入れ直すなどして、おおい町は9時に全窓口業務が通常に戻った(22日2時40分から約102時間)。坂井市・永平寺町は一部を除いて復旧が進み、あわら市では転入・転居後の住民票がまだ発行できなかった。',
      en: 'On the 26th, the fifth day, the operator had reinstalled the previous version of the software among other steps, and Ōi town\'s counters were all back to normal at 09:00 (about 102 h after 02:40 on the 22nd). Sakai and Eiheiji were mostly back; Awara still could not issue residence certificates after a move.',
    },
  },
  {
    id: 'yomiuri-fukui-systems-2018',
    publisher: '読売新聞 (megalodon.jp によるウェブ魚拓, 2018-07-29)',
    title: 'システム障害「業者コケるとどうしようもない」',
    date: '2018-07',
    address: 'https://megalodon.jp/ref/2018-0729-2156-28/https://ift.tt:443/2NU39i6',
    facts: {
      ja: '福井県の9市町に影響した2018年7月のシステム障害は、22日未明、各役場の休みに運用会社がサーバーのソフトを更新しようとして起きた。転出入の届出、庁内メール、財務会計など37業務に支障が出て、23〜26日に3市町の約500人の手続きを受け付けられなかった。完全復旧は発生から1週間余りの30日の見通し。運用会社は「翌朝には解決する」との見通しを撤回し続けた。',
      en: 'The July 2018 outage that hit nine municipalities in Fukui began in the small hours of the 22nd, when the operator updated its servers\' software on the offices\' day off. Moving-in and moving-out filings, internal mail, accounting and 37 tasks in all were affected; about 500 residents\' procedures in three towns could not be taken on the 23rd to 26th. Full recovery was expected on the 30th, over a week later, after the operator had repeatedly withdrawn its "solved by tomorrow morning" forecasts.',
    },
  },
  {
    id: 'kenoh-sanjo-registry-2012',
    publisher: 'kenoh.com (新潟県央地域のニュースサイト)',
    title: '[kenoh.com 記事: 三条市の住民基本台帳システム改修に伴うトラブル — 見出しは未記録]',
    date: '2012-07-09',
    address: 'https://kenoh.com/2012/07/09system.html',
    facts: {
      ja: '2012年7月9日午前から、三条市の住民基本台帳システムの改修に伴うトラブルで、窓口での即日の住民票・保険証の発行、印鑑登録、コンビニ交付が止まった。構築・保守を受託するメーカーが原因を調べ、市は早くとも翌10日朝の復旧を目指した(約1日)。',
      en: 'From the morning of 9 July 2012 a fault following a modification of Sanjo\'s resident-registry system stopped same-day residence certificates and insurance cards at the counters, seal registration and convenience-store issuance. The manufacturer that built and maintains the system looked for the cause; the city hoped for recovery by the next morning at the earliest (about a day).',
    },
  },
  {
    id: 'shimotsuke-tkc-outage',
    publisher: '下野新聞',
    title: '[下野新聞 記事: TKCのシステムの不具合による栃木県内23市町の窓口障害 — 見出しは未記録]',
    date: 'n.d.',
    address: 'https://www.shimotsuke.co.jp/articles/-/498842',
    facts: {
      ja: 'TKCが提供するシステムの不具合で、9日朝8時半の業務開始時から栃木県内23市町の窓口で住民票や印鑑登録証明書を発行できなくなり、15時ごろまでに復旧した(約6.5時間)。不具合が出た市町村は全国で142。',
      en: 'A fault in a system supplied by TKC stopped residence and seal certificates at the counters of 23 municipalities in Tochigi from the 08:30 opening on the 9th until about 15:00 (about 6.5 h); 142 municipalities across Japan were hit.',
    },
  },
  {
    id: 'medi-f-influenza-2017',
    publisher: 'medi-f.com (厚生労働省「インフルエンザQ&A」の紹介)',
    title: 'インフルエンザにかかったら',
    date: '2017-01-31',
    address: 'http://medi-f.com/2017/01/31/%E3%82%A4%E3%83%B3%E3%83%95%E3%83%AB%E3%82%A8%E3%83%B3%E3%82%B6%E3%81%AB%E3%81%8B%E3%81%8B%E3%81%A3%E3%81%9F%E3%82%89/',
    facts: {
      ja: '厚生労働省のインフルエンザQ&Aによれば、一般に発症の前日から発症後3〜7日間は鼻やのどからウイルスを排出し、その間は外出を控える必要がある。児童生徒の出席停止期間は、学校保健安全法で発症後5日を経過し、かつ解熱後2日(幼児は3日)を経過するまで。',
      en: 'According to the health ministry\'s influenza Q&A, a patient generally sheds the virus from the day before onset to 3–7 days after it and should stay home meanwhile. Pupils are kept off school until 5 days after onset and 2 days after the fever has gone (3 for infants), by the School Health and Safety Act.',
    },
  },
  {
    id: 'excite-npa-long-sick-leave-2011',
    publisher: 'エキサイト ウーマン (人事院「2011年度国家公務員長期病休者実態調査」の紹介)',
    title: '国家公務員の長期病休者、「精神および行動の障害」が64.6%で最多--2011年度',
    date: '2013-03',
    address: 'https://woman.excite.co.jp/article/lifestyle/rid_Cobs_il_201303_646--2011/pid_2.html',
    facts: {
      ja: '人事院の2011年度の国家公務員長期病休者(1か月以上続けて勤務しなかった者)の調査で、病休期間は「1月以上3月未満」が2,518人(46.9%)で最も多く、「3月以上6月未満」が898人(16.7%)。傷病別では「精神および行動の障害」が64.6%で最多。',
      en: 'In the National Personnel Authority\'s 2011 survey of national civil servants off sick for a month or more in a row, 2,518 of the spells (46.9%) lasted 1–3 months and 898 (16.7%) 3–6 months; mental and behavioural disorders were the leading cause (64.6%).',
    },
  },
  {
    id: 'economic-npa-long-sick-leave-2006',
    publisher: 'エコノミックニュース (economic.jp, 人事院「平成18年度国家公務員長期病休者実態調査」の紹介)',
    title: '[エコノミックニュース 記事: 国家公務員の長期病休者 — 見出しは未記録]',
    date: 'n.d.',
    address: 'http://economic.jp/?p=23533',
    facts: {
      ja: '人事院の2006年度の調査で、一般職の国家公務員299,871人のうち6,105人(2.04%)が1か月以上勤務しなかった。期間は1月以上3月未満が2,992人(49.0%)、1年以上2年未満が574人(9.4%)、2年以上3年未満が177人(2.9%)、3年以上が66人(1.1%)で、1年以上は817人(13.4%)。',
      en: 'In the National Personnel Authority\'s 2006 survey, 6,105 of 299,871 national civil servants (2.04%) were off work for a month or more: 2,992 spells (49.0%) lasted 1–3 months, 574 (9.4%) 1–2 years, 177 (2.9%) 2–3 years and 66 (1.1%) 3 years or more — 817 (13.4%) a year or more.',
    },
  },
];
