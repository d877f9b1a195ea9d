import type { Reference } from '../reference.ts';

/**
 * The documents behind the calibration study: how many municipalities of each class Japan has and
 * how many people live in them, and the national yearly counts the model is compared with.
 */
export const CALIBRATION_REFERENCES: readonly Reference[] = [
  {
    id: 'soumu-municipality-count',
    publisher: '総務省',
    title: '広域行政・市町村合併 (市町村数の変遷)',
    date: '2018-10-01',
    address: 'https://www.soumu.go.jp/kouiki/kouiki.html',
    facts: {
      ja: '2018年10月1日以降、市町村数は792市・743町・183村の計1,718で変わっていない。東京都の特別区23を加えると1,741市区町村。',
      en: 'Since 2018-10-01 Japan has had 792 cities, 743 towns and 183 villages (1,718 municipalities); with the 23 special wards of Tokyo, 1,741.',
    },
  },
  {
    id: 'soumu-local-finance-white-paper-2021',
    publisher: '総務省',
    title: '令和3年版 地方財政白書 第1部 10 市町村の規模別財政状況 (第40表)',
    date: '2021-03',
    address: 'https://www.soumu.go.jp/menu_seisaku/hakusyo/chihou/r03data/2021data/r03czb01-10.html',
    facts: {
      ja: '2019年度末の市町村 (特別区を除く) の団体数の構成比: 政令指定都市1.2%、中核市3.4%、施行時特例市1.6%、中都市 (人口10万以上) 9.0%、小都市 (10万未満) 31.0%、人口1万以上の町村23.9%、1万未満の町村30.0%。政令指定都市には全国人口の23.4%が住む。',
      en: 'Shares of the municipalities (special wards excluded) at the end of FY2019: designated cities 1.2%, core cities 3.4%, former special cities 1.6%, middle cities (100,000 or more) 9.0%, small cities (under 100,000) 31.0%, towns and villages of 10,000 or more 23.9%, under 10,000 30.0%. Designated cities hold 23.4% of the national population.',
    },
  },
  {
    id: 'chukakushi-2024',
    publisher: '中核市市長会',
    title: '中核市市長会 総会 (会員62市)',
    date: '2024-05-22',
    address: 'https://www.chukakushi.gr.jp/',
    facts: {
      ja: '中核市は2024年5月時点で62市、人口は合計約2,275万人 (全国の約2割)。',
      en: 'Japan had 62 core cities (中核市) in May 2024, together about 22.75 million people, about a fifth of the population.',
    },
  },
  {
    id: 'shizuoka-designated-cities-2025',
    publisher: '静岡市',
    title: '指定都市 (政令指定都市) の一覧',
    date: '2025-03-28',
    address: 'https://www.city.shizuoka.lg.jp/s2934/s007383.html',
    facts: { ja: '政令指定都市は20市。', en: 'There are 20 designated cities (政令指定都市).' },
  },
  {
    id: 'stat-census-2020',
    publisher: '総務省統計局',
    title: '令和2年国勢調査 人口等基本集計',
    date: '2021-11-30',
    address: 'https://www.stat.go.jp/data/kokusei/2020/kekka.html',
    facts: {
      ja: '2020年10月1日の日本の人口は126,146,099人、うち東京都特別区部は9,733,276人。',
      en: 'Japan had 126,146,099 residents on 2020-10-01, of whom 9,733,276 lived in the 23 special wards of Tokyo.',
    },
  },
  {
    id: 'nhk-ishinomaki-ransomware-2023',
    publisher: 'NHK 東北 NEWS WEB',
    title: '石巻地区広域行政事務組合のサーバーにランサムウェア',
    date: '2023-03-09',
    address: 'NHK 東北 NEWS WEB, 2023-03-09 (no stable address)',
    facts: {
      ja: '2023年2月、石巻地区広域行政事務組合のファイルサーバーがランサムウェアで暗号化され、約1,400人分の情報が保存されていた。',
      en: 'In February 2023 ransomware encrypted a file server of the Ishinomaki regional administrative union, which held about 1,400 persons\' data.',
    },
  },
  {
    id: 'scannetsecurity-ako-2024',
    publisher: 'ScanNetSecurity (イード)',
    title: '赤穂市教育委員会のサーバーがランサムウェア被害',
    date: '2024-12-20',
    address: 'https://scan.netsecurity.ne.jp/ (article of 2024-12-20)',
    facts: {
      ja: '2024年12月18日、赤穂市教育委員会のサーバーが不正アクセスで暗号化され、メール・インターネット・校務システムが止まった。',
      en: 'On 2024-12-18 a server of the Ako city board of education was encrypted after unauthorised access; mail, internet and school administration systems stopped.',
    },
  },
  {
    id: 'nikkei-xtech-gifu-dc-2019',
    publisher: '日経クロステック',
    title: '岐阜県の市町村のシステムが停止、データセンターの電源設備の点検中にUPSが停止',
    date: '2019-11-26',
    address: 'https://xtech.nikkei.com/atcl/nxt/news/18/06550/',
    facts: {
      ja: '2019年11月25日、岐阜県市町村行政情報センターが使うデータセンターでUPSが停止し、28市町村の住民票発行などが約12時間止まった。',
      en: 'On 2019-11-25 a UPS tripped during maintenance at the data centre used by the Gifu municipal information centre; certificate issuance and other work of 28 municipalities stopped for about 12 h.',
    },
  },
  {
    id: 'nikkei-xtech-jip-base-2019',
    publisher: '日経クロステック',
    title: '日本電子計算の自治体向けIaaS「Jip-Base」で障害',
    date: '2019-12-05',
    address: 'https://xtech.nikkei.com/atcl/nxt/news/18/06635/',
    facts: {
      ja: '2019年12月4日、日本電子計算の自治体向けIaaSでストレージ障害が起き、約50の団体の業務が数週間にわたり止まった。仮想サーバーイメージの4%は事業者側で復旧できなかった。',
      en: 'On 2019-12-04 a storage fault at Jip-Base, a municipal IaaS, stopped the work of about 50 bodies for weeks; 4% of the virtual machine images could not be recovered by the provider.',
    },
  },
  {
    id: 'nikkei-xtech-hirokawa-gov-cloud-2025',
    publisher: '日経クロステック',
    title: 'ガバメントクラウド上の標準準拠システムで障害、広川町などの窓口業務が停止',
    date: '2025-09',
    address: 'https://xtech.nikkei.com/atcl/nxt/column/18/00001/11081',
    facts: {
      ja: '2025年8月末から不安定だった、ガバメントクラウド (OCI) 上の総合行政システムが9月2日に約3時間全面停止し、広川町・球磨村の窓口業務が止まった。',
      en: 'A standard-compliant system on a government-cloud tenancy (OCI), unstable since late August 2025, stopped completely for about 3 h on 2025-09-02; the counters of Hirokawa and Kuma stopped.',
    },
  },
];
