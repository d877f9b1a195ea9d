import type { Reference } from '../reference.ts';

/**
 * What a municipality's everyday personal-data errors carry, read from the cases 大阪市 lists one by one
 * in its monthly publication: the shares of health or care data and of bank details.
 */
export const S6_LEAKS_REFERENCES: readonly Reference[] = [
  {
    id: 'osaka-city-leaks-2024-07-named',
    publisher: 'news.3rd-in.co.jp (大阪市の一括公表の報道)',
    title: '大阪市、個人情報事務処理誤り27件を公表!令和6年7月分は制度の抜本的な見直しを迫る事態か',
    date: '2024-07',
    address: 'https://news.3rd-in.co.jp/article/351c4284-3dbe-11ef-bf5c-9ca3ba083d71',
    facts: {
      ja: '2024-05-21〜06-20の大阪市の事務処理誤り27件について、具体例を書類名で挙げる（読めたのは最初の22件）。健康・介護・障がいに関わるものは要介護認定調査票、生活保護法医療券、精神通院医療受給者証等交付者リスト、特別支援教育就学奨励費交付額決定通知書の4件。口座情報を含むのは幼稚園給食の口座振替開始のお知らせ1件。ほかは住民異動届、保険料・税の通知や納付書、督促状、申請書、SDカードの紛失など。',
      en: 'Names, paper by paper, examples of the 27 errors 大阪市 published for 2024-05-21 to 06-20; of the first 22 named (the part read), four carry health, care or disability data (a care-need assessment sheet, a public-assistance medical ticket, a list of psychiatric outpatient certificate holders, a special-needs schooling grant notice); one carries bank details (a notice that a school-meal direct debit starts). The rest are a residence notification, premium and tax notices or payment slips, reminders, application forms and a lost SD card.',
    },
  },
];
