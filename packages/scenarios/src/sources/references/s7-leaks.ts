import type { Reference } from '../reference.ts';

/**
 * What a municipality's leaks carry and how they end, read case by case: which of 大阪市's monthly
 * errors carried a My Number, and whether the exposures on municipal websites were misused.
 */
export const S7_LEAKS_REFERENCES: readonly Reference[] = [
  {
    id: 'security-next-osaka-2019',
    publisher: 'Security NEXT',
    title: '個人情報関連の事務処理ミス19件を公表 - 大阪市',
    date: '2019-06',
    address: 'https://www.security-next.com/115849',
    facts: {
      ja: '大阪市が4月21日〜5月20日に報告のあった個人情報の事務処理ミス19件を公表。例として、西成区役所が記載変更のため窓口で受け取った個人番号通知カードを紛失し、別人に交付した書類に混じっていたと後日判明した件、児童福祉施設の費用徴収額決定通知書や保育関係の通知の誤送付、精神通院医療の診断書の所在不明などを挙げる。',
      en: '大阪市 published 19 personal-data handling errors reported from 21 April to 20 May; among the examples, a ward office lost a My Number notification card taken in at the counter for an update, later found mixed into papers handed to another person; others are mis-sent childcare and fee notices and a missing psychiatric outpatient certificate.',
    },
  },
  {
    id: 'mynavi-application-id-2021',
    publisher: 'マイナビニュース',
    title: '[記事の内容による表題] マイナンバーカードの申請書IDとは',
    date: '2021-07-11',
    address: 'https://news.mynavi.jp/article/20210711-1905728',
    facts: {
      ja: 'マイナンバーカード交付申請書に記載される申請書IDは23桁で、12桁の個人番号とは別の番号であり、見られても本人の個人番号は分からないようにされている。',
      en: 'The My Number card application form carries a 23-digit application ID, a number distinct from the 12-digit My Number, designed so that seeing it does not reveal the person\'s number.',
    },
  },
  {
    id: 'tbs-fukuyama-homepage-exposure',
    publisher: 'TBS NEWS DIG',
    title: '[記事の内容による表題] 福山市ホームページで体験乗船イベントの応募用データから個人情報が閲覧可能だった件',
    date: 'n.d.',
    address: 'https://newsdig.tbs.co.jp/articles/-/2148152?display=1',
    facts: {
      ja: '福山市が体験乗船イベントの募集とともに市ホームページに載せたエクセルデータから、操作次第で個人・法人197件分の住所等が見えた。1日0時の公開から翌日16時ごろの市民の電話で判明し、PDFに差し替えた。悪用は確認されていない。',
      en: 'An Excel file 福山市 posted on its website with a boat-trip event notice let anyone who changed a setting see the addresses of 197 persons and firms; posted at midnight on the 1st, found through a resident\'s call around 16:00 the next day and replaced by a PDF; no misuse found.',
    },
  },
  {
    id: 'saga-shimbun-homepage-exposure',
    publisher: '佐賀新聞',
    title: '[記事の内容による表題] 佐賀市ホームページの不備で市民の個人情報を含む画像が閲覧可能だった件',
    date: 'n.d.',
    address: 'https://www.saga-s.co.jp/articles/-/639238',
    facts: {
      ja: '佐賀市のホームページの「電子提言箱」等にメールで送られた画像986件が第三者から閲覧できる状態で、うち123件はマイナンバーカードや運転免許証などの個人情報を含んでいた。少なくとも982件のアクセスがあったが、被害は確認されていない。',
      en: '986 images e-mailed to 佐賀市 through its website\'s suggestion box and enquiry forms could be viewed by third parties, 123 of them holding personal data such as My Number cards and driving licences; at least 982 accesses were logged, and no harm was found.',
    },
  },
];
