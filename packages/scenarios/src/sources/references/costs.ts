import type { Reference } from '../reference.ts';

/** Municipal IT running costs and incident-response unit costs. */
export const COST_REFERENCES: readonly Reference[] = [
  {
    id: 'soumu-it-cost-2018',
    publisher: '総務省',
    title: '市区町村における情報システム経費の調査結果',
    date: '2018-03-30',
    address: 'https://www.soumu.go.jp/menu_news/s-news/01gyosei07_02000059.html',
    facts: {
      ja: '2017年度当初予算の情報システム経費は全1,741団体で4,786億円、住民1人あたり平均3,742円。人口2万人未満(791団体)は1人あたり11,724円(単独クラウド化した3団体を除くと11,266円)、10〜20万人(157団体)は3,096円で最小、30万人以上で再び増える。自治体クラウド(共同利用)の団体はすべての人口区分で1人あたり経費が最も低く、単独クラウドは2万人未満・20〜30万・30万以上の区分でクラウド未導入より高い。自治体クラウドは62グループ379団体(1グループ約6団体)。',
      en: 'FY2017 budgets of all 1,741 bodies: 478.6 billion yen of IT cost, 3,742 yen per resident on average. Under 20,000 residents (791 bodies): 11,724 yen per resident (11,266 without three villages that went to cloud alone); 100–200 thousand (157 bodies): 3,096 yen, the minimum; higher again above 300,000. Bodies in a shared 自治体クラウド had the lowest cost per resident in every band; going to cloud alone cost more than no cloud in the under-20,000, 200–300 thousand and 300,000+ bands. 379 bodies shared in 62 groups (about 6 each).',
    },
  },
  {
    id: 'jichitai-cloud-oita-miyazaki-2010',
    publisher: '日経BP ITpro',
    title: '大分県と宮崎県の自治体クラウド開発実証 (2010-01-14 報道)',
    date: '2010-01-14',
    address: 'http://itpro.nikkeibp.co.jp/article/NEWS/20100114/343211/',
    facts: {
      ja: '自治体クラウド開発実証(2009〜2010年度)で、大分県と宮崎県の市町村は延岡のデータセンターを共同利用し、佐賀のデータセンターをバックアップに使った。',
      en: 'In the 自治体クラウド pilot (FY2009–2010) the 大分 and 宮崎 towns shared a data centre in 延岡 and backed up to a data centre in 佐賀.',
    },
  },
  {
    id: 'soumu-jichitai-cloud-promotion',
    publisher: '総務省 地域力創造グループ',
    title: '自治体クラウドの導入促進の取組',
    date: 'n.d.',
    address: 'https://pdfslide.tips/documents/efffec-effoe.html',
    facts: {
      ja: '自治体クラウドにより運用コストを3割程度削減でき、データセンターでの集中監視によりセキュリティが高まり、庁舎が被災しても業務を継続できるとする。',
      en: 'Claims a shared 自治体クラウド cuts running costs by about 30%, improves security through central monitoring in the data centre, and keeps work going if the hall is damaged.',
    },
  },
  {
    id: 'jnsa-damage-2024',
    publisher: '日本ネットワークセキュリティ協会 (JNSA)',
    title: 'インシデント損害額調査レポート 第2版',
    date: '2024-02-09',
    address: 'https://www.jnsa.org/result/incidentdamage/',
    facts: {
      ja: '中小企業の参考値: 事故原因・被害範囲調査300〜400万円、1万人へのお詫び状(DM)約130万円、コールセンター3か月700〜1,000万円、1万人へのお詫びの品(プリペイドカード)650万円、地方紙への告知約50万円。',
      en: 'Reference values for an SME: cause and extent investigation 3–4 million yen; apology letters to 10,000 persons about 1.3 million; a call centre for 3 months 7–10 million; prepaid-card gifts to 10,000 persons 6.5 million; a regional newspaper notice about 0.5 million.',
    },
  },
  {
    id: 'jnsa-damage-2021',
    publisher: '日本ネットワークセキュリティ協会 (JNSA)',
    title: 'インシデント損害額調査レポート 2021年版',
    date: '2021-08-18',
    address: 'https://www.jnsa.org/result/incidentdamage/2021.html',
    facts: {
      ja: 'インシデント対応事業者の料金例: フォレンジック調査はPC1台100〜150万円、サーバー1台150〜200万円。',
      en: 'Incident-response firms\' tariffs: forensics 1–1.5 million yen per PC and 1.5–2 million per server.',
    },
  },
  {
    id: 'postage-2024',
    publisher: '朝日新聞 SMBIZ',
    title: '郵便料金値上げ 2024年10月1日から (報道)',
    date: '2024',
    address: 'https://smbiz.asahi.com/article/15305281',
    facts: {
      ja: '2024-10-01から定形郵便(50g以下)は110円(従来84円/94円)、はがきは85円(従来63円)。',
      en: 'From 2024-10-01 a standard letter up to 50 g costs 110 yen (was 84/94) and a postcard 85 yen (was 63).',
    },
  },
];
