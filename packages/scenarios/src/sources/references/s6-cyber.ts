import type { Reference } from '../reference.ts';

/**
 * Forced system migrations at municipalities behind `providers.vendorExit`, and cloud-service misconfigurations
 * behind the public-cloud misconfiguration leak: how often a cutover went wrong, and how often an exposure was seen.
 */
export const S6_CYBER_REFERENCES: readonly Reference[] = [
  {
    id: 'nikkei-merger-migration-2005',
    publisher: '日経コンピュータ (ITpro)',
    title: '[記事の内容による表題] 市町村合併に伴うシステム統合のトラブル (合併自治体への緊急アンケート)',
    date: '2005-08-08',
    address: 'http://itpro.nikkeibp.co.jp/members/NC/ITARTICLE/20050808/166040/',
    facts: {
      ja: '2005年4月1日から7月7日までに合併で誕生した63自治体にアンケートを送り、回答した58自治体のうち18市町村で何らかのシステム・トラブルが起きていた。原因はデータ移行の失敗、運用、ハード障害、プログラムの誤りなどで、データの検証不足によるものが多い。例：富山市は旧自治体のデータが届いていないことに気づかず、納税済みの市民170人に未納の催告書を送った。',
      en: 'A survey sent to the 63 municipalities born of mergers from 2005-04-01 to 07-07: of the 58 that answered, 18 had some system trouble after the merger — data-migration failures, operations, hardware faults, program errors, most often from data not checked after conversion. E.g. 富山市 missed data that never arrived from a former town and sent arrears reminders to 170 residents who had paid.',
    },
  },
  {
    id: 'nikkei-xtech-salesforce-paypay-2020',
    publisher: '日経クロステック',
    title: '[記事の内容による表題] セールスフォースの権限設定不備で楽天・PayPayに不正アクセス',
    date: '2020-12',
    address: 'https://xtech.nikkei.com/atcl/nxt/news/18/09412/',
    facts: {
      ja: 'PayPayはクラウドの加盟店管理システムのアクセス権限設定に2020年10月18日から12月3日まで不備があり、11月28日にブラジルからのアクセスを1件確認した。楽天もクラウド型営業管理システムのセキュリティ設定の誤りで最大延べ148万件超の顧客情報がアクセスできる状態で、一部に実際に海外からのアクセスがあった。',
      en: 'PayPay\'s cloud merchant-management system had faulty access-permission settings from 2020-10-18 to 12-03, and one access from Brazil was found on 11-28. Rakuten\'s cloud sales-management system, misconfigured, left up to about 1.48 million customer records reachable, and some were in fact accessed from abroad.',
    },
  },
  {
    id: 'nikkei-xtech-salesforce-freee-kobe-2021',
    publisher: '日経クロステック',
    title: '[記事の内容による表題] セールスフォースの設定不備による情報流出の恐れ、freeeと神戸市でも判明',
    date: '2021-02',
    address: 'https://xtech.nikkei.com/atcl/nxt/news/18/09634/',
    facts: {
      ja: 'freeeのクラウド型問い合わせ管理システムは権限設定の不備で2020年1月29日から2021年2月9日まで問い合わせ2,898件に第三者がアクセスできる状態だったが、社外からの実際のアクセスは確認されていない。神戸市の「KOBEぽすと」のクラウド型会員情報管理システムも設定不備で、第三者からのアクセスが確認された。',
      en: 'freee\'s cloud inquiry system, with faulty permission settings, left 2,898 inquiries reachable by outsiders from 2020-01-29 to 2021-02-09, but no actual outside access was found. Kobe city\'s cloud member system for its KOBEぽすと app was misconfigured too, and access by a third party was confirmed.',
    },
  },
];
