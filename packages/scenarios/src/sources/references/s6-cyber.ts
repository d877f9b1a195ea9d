import type { Reference } from '../reference.ts';

/**
 * Forced system migrations at municipalities and ransomware recovery surveys behind `providers.vendorExit`
 * and `threats.ransomware`: how often a cutover to another vendor's system went wrong.
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
];
