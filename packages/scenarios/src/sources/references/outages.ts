import type { Reference } from '../reference.ts';

/** Observed outages of national networks, cloud regions, shared data centres, lines and the power grid. */
export const OUTAGE_REFERENCES: readonly Reference[] = [
  {
    id: 'lgwan-outage-2022',
    publisher: '日経クロステック',
    title: 'LGWANで障害、コンビニでの住民票交付などに影響 / 障害原因は機器故障とデジタル相 (2022-01-26, 01-28 報道)',
    date: '2022-01-28',
    address: 'https://xtech.nikkei.com/atcl/nxt/news/18/12116/',
    facts: {
      ja: '2022-01-26 8時頃からLGWANがつながりにくくなり、コンビニ交付や職員メールが12時35分頃に復旧(約4.5時間)、全機能は翌27日3時30分頃に復旧(約19.5時間)。原因は東西に二重化されたセキュリティゲートウェイの機器故障。約1,800団体のうち100超に影響(J-LIS)。',
      en: 'From about 08:00 on 2022-01-26 LGWAN was unreliable; convenience-store certificates and staff mail came back about 12:35 (about 4.5 h), every function about 03:30 the next day (about 19.5 h). Cause: a hardware fault in the East/West-duplicated security gateway. More than 100 of about 1,800 bodies were affected (J-LIS).',
    },
  },
  {
    id: 'soumu-whitepaper-2004',
    publisher: '総務省',
    title: '平成16年版 情報通信白書',
    date: '2004-07',
    address: 'https://www.soumu.go.jp/johotsusintokei/whitepaper/ja/h16/html/G3504100.html',
    facts: {
      ja: 'LGWANは2001年10月に運用を開始し、2004年3月までに全市区町村が接続した。',
      en: 'LGWAN began operating in October 2001; every municipality was connected by March 2004.',
    },
  },
  {
    id: 'aws-tokyo-2019',
    publisher: 'Amazon Web Services',
    title: '東京リージョン (AP-NORTHEAST-1) で発生した Amazon EC2 と Amazon EBS の事象概要',
    date: '2019-08-25',
    address: 'https://aws.amazon.com/jp/message/56489/',
    facts: {
      ja: '2019-08-23、東京リージョンの1つのアベイラビリティゾーンで冷却制御の不具合による過熱が起き、EC2は約6時間、RDSは約9.7時間で回復。複数AZ構成の一部のアプリケーションも影響を受けた。',
      en: '2019-08-23: overheating after a cooling-control fault in one Tokyo availability zone; EC2 back after about 6 h, RDS after about 9.7 h; some multi-zone applications were affected too.',
    },
  },
  {
    id: 'aws-dx-2021',
    publisher: 'Amazon Web Services',
    title: 'AWS Direct Connect サービスの中断に関する追加情報',
    date: '2021-09',
    address: 'https://aws.amazon.com/jp/message/17908',
    facts: {
      ja: '2021-09-02 7時30分〜13時42分(約6.2時間)、東京リージョンへのDirect Connect接続が全AZで中断。原因はネットワーク機器の一層の障害。インターネット経由やVPNは影響なし。',
      en: '2021-09-02, 07:30–13:42 (about 6.2 h): Direct Connect into the Tokyo region failed for every zone, from a fault in one layer of network devices; internet and VPN paths were unaffected.',
    },
  },
  {
    id: 'jip-base-2019',
    publisher: 'IT Leaders (インプレス)',
    title: '日本電子計算のIaaS「Jip-Base」障害 (2019-12 報道)',
    date: '2019-12',
    address: 'https://it.impress.co.jp/articles/-/18969',
    facts: {
      ja: '2019-12-04、自治体向けIaaS「Jip-Base」のストレージ障害で約50の自治体等の業務が止まった。事業者は団体ごとに順次復旧し、12日目までに約7割(1日約3団体)。VMイメージの一部は復旧できず、自治体は自らのバックアップから戻した。(ZDNet Japan http://japan.zdnet.com/article/35146485/ も参照)',
      en: '2019-12-04: a storage failure of the municipal IaaS Jip-Base stopped about 50 bodies; the operator restored them one after another, about 70% by day 12 (about 3 a day); some VM images were unrecoverable and towns restored from their own backups (see also ZDNet Japan http://japan.zdnet.com/article/35146485/).',
    },
  },
  {
    id: 'ntt-east-2011',
    publisher: '日本電信電話株式会社',
    title: '東日本大震災による通信設備の被害と復旧状況 (2011-03-30 報道発表)',
    date: '2011-03-30',
    address: 'http://www.ntt.co.jp/news2011/1103/110330a_1.html',
    facts: {
      ja: '東日本大震災で固定回線は最大約150万回線が不通。自治体本庁舎を収容するビルが大きく被災した地域では、行政・重要回線の応急復旧を約1週間で目指した。',
      en: 'After the 2011 earthquake up to about 1.5 million fixed lines were out; where the building serving a municipal hall was badly damaged, NTT aimed to restore government and priority lines within about a week.',
    },
  },
  {
    id: 'chiba-typhoon-lines-2019',
    publisher: 'SankeiBiz',
    title: '台風15号 千葉の通信回線復旧 (2019-10-08 報道)',
    date: '2019-10-08',
    address: 'https://www.sankeibiz.jp/workstyle/news/191008/cpd1910081859004-n1.htm',
    facts: {
      ja: '2019年台風15号で千葉県を中心に最大約17万回線が不通。電柱・ケーブルの修理は21日目までに終わったが、1か月後も5,627回線が不通だった。',
      en: 'Typhoon 15 (2019) cut up to about 170,000 lines around Chiba; pole and cable repairs were done by day 21, yet 5,627 lines were still out after a month.',
    },
  },
  {
    id: 'ntt-west-business-ether-sla',
    publisher: '西日本電信電話株式会社 (NTT西日本)',
    title: 'NTT西日本のサービス品質保証制度 (SLA)について',
    date: 'n.d.',
    address: 'https://www.ntt-west.co.jp/solution/solution/category/sp/04.html',
    facts: {
      ja: 'ビジネスイーサの稼働率SLAは、アクセス区間と中継区間を含むネットワーク全体の月間稼働率を99.99%以上とし、下回れば全契約者に月額料金の一部を返す。稼働率の計算では天災等による不稼働も差し引かれない。故障回復時間SLAと遅延時間SLAもある。',
      en: 'Business Ether\'s availability SLA sets 99.99% a month for the whole network, access and trunk sections together; below it every subscriber gets part of the monthly charge back. Downtime from natural disasters counts against it. There are also repair-time and delay SLAs.',
    },
  },
  {
    id: 'ntt-east-business-ether-sla-2006',
    publisher: '東日本電信電話株式会社 (NTT東日本)',
    title: '「サービス品質保証制度(SLA)」の「稼働率SLA」の追加について (別紙2)',
    date: '2006-05-08',
    address: 'http://www.ntt-east.co.jp/release/0605/060508b_2.html',
    facts: {
      ja: '2006-05-01から、Business Etherの全契約者に追加料金なしで月間稼働率99.99%の稼働率SLAを適用。天災等を含む契約者の責によらない理由で全く利用できない状態が生じ、基準を下回った月は料金の一部または全部を返す。故障回復時間SLAと遅延時間SLAは以前から提供。',
      en: 'From 2006-05-01 every Business Ether subscriber has, at no extra charge, an availability SLA of 99.99% a month; in a month below it, from outages not caused by the subscriber (natural disasters included), part or all of the charge is refunded. Repair-time and delay SLAs already existed.',
    },
  },
  {
    id: 'hokkaido-blackout-2018',
    publisher: '防災ログ (bousailog)',
    title: '大規模災害発生時における地方公共団体の業務継続の手引き 解説 (停電の参考データ)',
    date: 'n.d.',
    address: 'https://bousailog.com/book/pageindices/index8.html',
    facts: {
      ja: '2018年北海道胆振東部地震のブラックアウト: 全域停電は約11時間、約30時間で約半分が復旧、約64時間で復旧宣言。',
      en: 'The 2018 Hokkaido blackout after the 胆振東部 earthquake: the whole island dark for about 11 h, about half restored at about 30 h, restoration declared at about 64 h.',
    },
  },
  {
    id: 'nega-generators-2011',
    publisher: 'bc-a.org (一般社団法人 日本内燃力発電設備協会の調査結果の紹介)',
    title: '非常用電源が稼働しなかったケース・東日本大震災',
    date: 'n.d.',
    address: 'https://bc-a.org/case_10515/',
    facts: {
      ja: '東日本大震災で震度6以上の地域に設置されていた自家発電設備4,811台のうち233台(約5%)が機能しなかった。最初から始動しなかったものが17台、いったん始動して止まったものが216台。調査は日本内燃力発電設備協会。',
      en: 'Of 4,811 standby generators installed where the 2011 earthquake reached intensity 6 or more, 233 (about 5%) did not do their job: 17 never started and 216 started but stopped. The survey is the Japan Engine Generator Association\'s.',
    },
  },
];
