import type { Reference } from '../reference.ts';

/**
 * The yearly series of My Number (特定個人情報) leak reports from local bodies, as the Personal Information
 * Protection Commission's annual reports gave them and the press summarised them: the share of a
 * municipality's leaks that carry a My Number is read against it.
 */
export const SRC_LEAKS_REFERENCES: readonly Reference[] = [
  {
    id: 'nikkei-ppc-annual-2016',
    publisher: '日本経済新聞 (個人情報保護委員会の年次報告の報道、megalodon.jp の保存)',
    title: '[記事の内容による表題] 2016年度の個人情報保護委員会年次報告の閣議決定（マイナンバーの漏えい等165件）',
    date: '2017-06-06',
    address: 'https://megalodon.jp/ref/2017-0606-1133-52/www.nikkei.com/article/DGXLASFS06H01_W7A600C1EAF000',
    facts: {
      ja: '2016年度、マイナンバー法違反またはそのおそれのある事案は117機関から165件。都道府県・市町村などの自治体が70機関92件で最も多く、民間は43事業者60件。重大な事態6件（自治体2件）。自治体の例は番号を載せた書類の誤送付など。',
      en: 'FY2016: 165 cases of (possible) My Number Act breaches from 117 bodies; local governments (prefectures and municipalities) were the largest group with 92 cases from 70 bodies, businesses 60 from 43; 6 serious cases, 2 of them local. Local examples: papers bearing numbers sent to the wrong person.',
    },
  },
  {
    id: 'psrn-ppc-annual-2018',
    publisher: 'PSR network (個人情報保護委員会「平成30年度 年次報告」の紹介)',
    title: 'マイナンバーの漏えい 平成30年度(2018年度)は279件',
    date: '2019-06',
    address: 'https://psrn.jp/topics/detail.php?id=6699',
    facts: {
      ja: '2018年度の特定個人情報の漏えい等の報告は134機関から279件。機関の内訳は地方自治体80、国の行政機関9、民間事業者45。重大な事態は3件。',
      en: 'FY2018: 279 My Number leak reports from 134 bodies — 80 local governments, 9 national bodies and 45 businesses (the count of reports by body type is not given); 3 serious cases.',
    },
  },
  {
    id: 'horiguchi-mynumber-2018',
    publisher: '堀口税理士事務所 (ブログ)',
    title: 'マイナンバーの漏えい増加',
    date: 'n.d.',
    address: 'https://horiguchi-tax.com/?p=190',
    facts: {
      ja: '2017年度のマイナンバー漏えい等の増加は、同年度から自治体が事業所に送る特別徴収税額通知（特別徴収義務者用）に番号を記載したことが大きいとする税理士の解説。2018年度分以後の住民税からは記載しないこととされた。',
      en: 'A tax accountant\'s note: the FY2017 rise in My Number leaks came largely from the special-collection tax notices municipalities sent to employers, which carried the numbers from that year; the 2018 tax reform dropped the numbers from those notices from FY2018 on.',
    },
  },
];
