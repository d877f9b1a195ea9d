import type { Reference } from '../reference.ts';

/** Business-continuity guidance and surveys of emergency power at municipal halls. */
export const CONTINUITY_REFERENCES: readonly Reference[] = [
  {
    id: 'soumu-ict-bcp',
    publisher: '総務省',
    title: 'ICT部門の業務継続計画〈初動版サンプル〉/ 地方公共団体におけるICT部門の業務継続計画(BCP)策定に関するガイドライン',
    date: '2013-05',
    address: 'https://www.soumu.go.jp/denshijiti/index_00004.html',
    facts: {
      ja: '初動版サンプルは災害後およそ72時間の初動対応を扱う。ガイドライン(2008-08)は重要業務・システムと目標復旧時間を各団体が自ら選ぶ手順を示し、全国一律の目標復旧時間はない。同ページのICT-BCPチェックリストは、庁舎やクラウド・データセンターが使えないときの代替拠点を求める。',
      en: 'The initial-response sample covers about the first 72 hours after a disaster. The guideline (2008-08) has each body choose its critical work, systems and target recovery times itself: there is no national target. The ICT-BCP checklist on the same page asks for an alternative site for when the hall or the cloud/data centre is unreachable.',
    },
  },
  {
    id: 'cao-bcp-guide-2015',
    publisher: '内閣府(防災担当)',
    title: '市町村のための業務継続計画作成ガイド ～業務継続に必須な6要素を核とした計画～',
    date: '2015-05',
    address: 'https://expydoc.com/doc/11330739/',
    facts: {
      ja: '人口1万未満の町村も対象とする作成ガイド。教訓として、東日本大震災で28市町村が本庁舎を使えなくなったこと、2010〜11年の年末年始の大雪で非常用発電機の燃料が半日しかもたなかったことを挙げる。',
      en: 'A BCP guide meant even for towns under 10,000. Lessons it cites: 28 municipalities lost the use of their main hall in 2011; in the 2010–11 New-Year heavy snow a generator\'s fuel lasted only half a day.',
    },
  },
  {
    id: 'fdma-generator-2018',
    publisher: '総務省消防庁 (ビル新聞による報道)',
    title: '地方公共団体における非常用電源の設置状況に関する調査結果 (2018年6月1日時点)',
    date: '2018-11-27',
    address: 'http://www.bilshinbun.com/news/2018年非常用電源設置状況144市町村は未設置/',
    facts: {
      ja: '災害対策本部を置く庁舎の非常用電源: 都道府県は全47団体、市町村は91.7%が設置、144団体が未設置。72時間以上稼働できるのは都道府県41(87.2%)、市町村627(39.3%)。',
      en: 'Emergency power at the building of the disaster HQ: all 47 prefectures and 91.7% of municipalities have it, 144 do not; 72 hours or more at 41 prefectures (87.2%) and 627 municipalities (39.3%).',
    },
  },
  {
    id: 'fdma-generator-2019',
    publisher: '千葉日報 (総務省消防庁の集計の報道)',
    title: '非常電源72時間以上4割 自治体庁舎、備え不十分',
    date: '2019-12-26',
    address: 'http://www.chibanippo.co.jp/news/politics/656330',
    facts: {
      ja: '全1,741市区町村のうち、庁舎の非常用電源が72時間以上稼働できるのは約4割の717団体。政府は外部からの燃料供給なしで72時間の稼働を求めている。',
      en: 'Of all 1,741 municipalities, about 4 in 10 (717) can run the hall\'s emergency power for 72 hours or more; the government asks for 72 hours without outside fuel.',
    },
  },
  {
    id: 'fdma-generator-2024',
    publisher: '消防防災の科学 (syouboubousai.com, 総務省消防庁の調査結果の紹介)',
    title: '地方公共団体における業務継続性確保のための非常用電源に関する調査結果 (令和6年度)',
    date: '2024',
    address: 'https://www.syouboubousai.com/?p=41938',
    facts: {
      ja: '2024年度調査: 災害対策本部庁舎に非常用電源を設置した市町村は1,689(97.0%)、72時間以上稼働できるのは約6割、浸水対策は約77%、地震対策は約91%。',
      en: '2024 survey: 1,689 municipalities (97.0%) have emergency power at the disaster-HQ building, about 6 in 10 for 72 hours or more; about 77% protect it from flooding and about 91% from earthquakes.',
    },
  },
  {
    id: 'fdma-72h-2018',
    publisher: 'aba-j.or.jp (業界紙ぜんせきの記事の転載)',
    title: '業界ニュース 6774: 自治体の非常用電源と燃料確保 (ぜんせき 2018-12-14)',
    date: '2018-12-14',
    address: 'https://www.aba-j.or.jp/info/industry/6774/',
    facts: {
      ja: '消防庁は外部からの供給なしに72時間非常用電源を稼働できる措置と、長期停電に備えた1週間程度の備え(燃料の優先供給協定など)を自治体に求めている。72時間は内閣府の業務継続の手引き(2016-02)の目安。',
      en: 'The Fire and Disaster Management Agency asks municipalities to run emergency power for 72 hours without outside supply and to be ready for about a week (priority fuel agreements); the 72 hours come from the Cabinet Office BCP handbook (2016-02).',
    },
  },
  {
    id: 'digital-agency-nonfunctional-2025',
    publisher: 'デジタル庁・総務省 (geolonia/geonicdb-bosai の調査メモ docs/research/guidelines.md による要約)',
    title: '地方公共団体情報システム非機能要件の標準【第1.2版】',
    date: '2025-09',
    address:
      'https://www.digital.go.jp/assets/contents/node/basic_page/field_ref_resources/c58162cb-92e5-4a43-9ad5-095b7c45100c/25b8cd21/20250916_local_goverments_common_standards_non-functional_requirement_01.pdf (read via https://github.com/geolonia/geonicdb-bosai/blob/3a08e55a75884c4ec770192a229ac860a646cc90/docs/research/guidelines.md)',
    facts: {
      ja: '標準化対象20業務のシステムの非機能要件の標準。標準の選択レベルは、稼働率99.5%(年間の停止は約14.5時間)、目標復旧時間(RTO)12時間以内(選択肢は1営業日以上から2時間以内まで)、目標復旧地点(RPO)は1営業日前の時点(日次バックアップからの復旧)、バックアップの外部保管は遠隔地1か所。大規模災害時は1か月以内に遠隔地の予備機とバックアップで縮退して再開し、住民記録など安否確認に要るデータは発災後72時間以内に自治体が使える形で提供する。',
      en: 'The non-functional standard for the systems of the 20 standardised businesses. Its standard levels: availability 99.5% (about 14.5 h of stoppage a year); recovery time objective within 12 hours (the levels run from a business day or more to within 2 hours); recovery point the previous business day (a restore from the daily backup); backups kept at one remote site. After a large disaster the system restarts in reduced form within a month from a spare machine and the backups at the remote site, and data needed to confirm residents\' safety, such as the resident registry, is handed to the municipality in a usable form within 72 hours.',
    },
  },
];
