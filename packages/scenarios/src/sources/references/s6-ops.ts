import type { Reference } from '../reference.ts';

/**
 * Operations, second round: planned maintenance windows announced by a shared government platform, and
 * the field studies of server hardware that the failure rates of a town's own servers rest on.
 */
export const S6_OPS_REFERENCES: readonly Reference[] = [
  {
    id: 'egov-payment-platform-maintenance-2025',
    publisher: 'デジタル庁 (e-Gov電子申請のお知らせ)',
    title: 'システムメンテナンスに伴うキャッシュレス決済サービスの停止について[デジタル庁]',
    date: '2025-05-07',
    address: 'https://shinsei.e-gov.go.jp/contents/news/2025-01-10t1512510900_1571.html',
    facts: {
      ja: 'デジタル庁が整備・運用し、国や自治体のオンライン手続が共同で使う政府共通決済基盤(この告知の対象は都城市の手続)の計画停止の告知。2025年5月9日〜6月20日の停止枠(予備日を除く)は14回で、9回が1時〜6時の5時間、ほかに4時間が2回、22時30分〜翌5時の6.5時間、22時〜翌6時の8時間、1時〜2時の1時間が各1回。すべて夜間に置かれる。',
      en: 'Notice of the planned stops of the government common payment platform, which the Digital Agency builds and runs for the online procedures of national and local bodies (this notice names a procedure of Miyakonojo). From 9 May to 20 June 2025 it lists 14 windows, standby dates aside: nine of 01:00–06:00 (5 h), two of 4 h, and one each of 22:30–05:00 (6.5 h), 22:00–06:00 (8 h) and 01:00–02:00 (1 h), all at night.',
    },
  },
];
