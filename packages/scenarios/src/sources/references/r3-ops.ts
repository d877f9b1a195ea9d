import type { Reference } from '../reference.ts';

/**
 * Operations, third round: how long it takes to get another off-site store for backup tapes when the
 * vault is lost (a bank safe-deposit box, the store a municipal information centre uses).
 */
export const R3_OPS_REFERENCES: readonly Reference[] = [
  {
    id: 'manetatsu-safe-deposit-box',
    publisher: 'マネーの達人 (キングソフト ニュースに転載)',
    title: '[記事の内容による表題] 銀行の貸金庫を契約した筆者の聞き取り（審査・必要書類・大きさ）',
    date: 'n.d.',
    address: 'https://home.kingsoft.jp/news/pr/manetatsu/432382.html',
    facts: {
      ja: '貸金庫を契約した筆者（取材先は足利銀行の支店）によると、申し込むとすぐには使えず、銀行内の会議や取引状況の審査を経て約1週間で結果が伝えられ、契約すると鍵を渡されて使えるようになる。専用のカードは契約から約1週間後に書留で届く。',
      en: 'A writer who rented a bank safe-deposit box (the branch asked was Ashikaga Bank\'s) reports that a box cannot be used at once: the bank reviews the application internally, from the customer\'s dealings with it, and answers in about a week; on contract the keys are handed over and the box can be used. The access card follows by registered mail about a week after the contract.',
    },
  },
];
