import type { Reference } from '../reference.ts';

/**
 * Round-3 sources of the cyber lane: the population behind the one counted data-conversion defect at a
 * municipal merger (`providers.vendorExit.conversionDefectPersonsShare`), and one more hand-set web
 * exposure found from outside (`recoveredUnviewedProbability` of the on-premises and housing misconfigurations),
 * and the rebuild of a town hospital's records system after ransomware (`threats.ransomware.rebuildWithoutBackupHours`).
 */
export const R3_CYBER_REFERENCES: readonly Reference[] = [
  {
    id: 'kitanippon-toyama-merger-2004',
    publisher: '北日本新聞',
    title: '新・富山市へ合併申請 17年4月42万県都に',
    date: '2004-11-17',
    address: 'http://www.kitanippon.co.jp/pub/hensyu/gappei/2004/200411/041117tym01.html',
    facts: {
      ja: '富山市と大沢野町・大山町・八尾町・婦中町・山田村・細入村の7市町村が2004年11月16日に合併申請書を知事に提出した。2005年4月1日に発足する新しい富山市は人口約42万人、面積約1,240平方キロメートルになる。',
      en: 'Toyama city and six neighbouring towns and villages filed their merger application on 2004-11-16; the new 富山市 starting on 2005-04-01 would have about 420,000 residents and about 1,240 km².',
    },
  },
  {
    id: 'ntv-toyonaka-homepage-exposure',
    publisher: '日テレNEWS',
    title: '大阪・豊中市 市民約30人の個人情報“HPに1週間掲載”',
    date: 'n.d.',
    address: 'https://news.ntv.co.jp/category/society/023625cf65ef4da684dce7a72f90a94d',
    facts: {
      ja: '豊中市が市政への意見を寄せた約30人の氏名・住所・電話番号などを意見と一緒に誤って市ホームページに載せ、7日までの1週間外部から閲覧できた。匿名の通報で発覚して削除した。職員1人で作業し個人情報を見落としたのが原因で、市は悪用は確認されていないとしている。',
      en: 'Toyonaka city posted the names, addresses and phone numbers of about 30 residents who had sent opinions on its website together with the opinions; they were viewable from outside for a week until the 7th, found through an anonymous tip and removed. One employee working alone missed the data; the city reported no misuse so far.',
    },
  },
  {
    id: 'asahi-handa-rebuild-2021',
    publisher: '朝日新聞デジタル',
    title: 'サイバー攻撃受けた徳島・半田病院、「犯人」側と交渉しない方針',
    date: '2021-11-26',
    address: 'https://digital.asahi.com/articles/ASPCV6VMCPCVPTLC00L.html',
    facts: {
      ja: 'つるぎ町立半田病院の電子カルテシステムが2021年10月31日にランサムウェアに感染した。病院は26日の会見で、犯人側と交渉せず、新たにサーバーを借りてセキュリティを高めたシステムを再構築し、2022年1月4日の通常診療再開を目指すと発表した。費用は約2億円を見込む。',
      en: 'つるぎ町立半田病院\'s electronic records system was hit by ransomware on 2021-10-31. At a press conference on the 26th the hospital said it would not negotiate, would rebuild a hardened system on newly rented servers, and aimed to resume normal care on 2022-01-04; the cost was put at about 200 million yen.',
    },
  },
  {
    id: 'sankeibiz-handa-resumed-2022',
    publisher: 'SankeiBiz',
    title: '[記事の内容による表題] 半田病院、約2カ月ぶりに通常診療を再開',
    date: '2022-01-04',
    address: 'https://sankeibiz.jp/article/20220104-NK32KZL3O5POZI3LCNQGJOR6FQ',
    facts: {
      ja: '約8万5千人分の電子カルテが閲覧できなくなったつるぎ町立半田病院が2022年1月4日、約2か月ぶりに全13診療科で通常診療を再開した。2021年12月29日にカルテを管理するサーバーの復旧が確認されていた。',
      en: 'つるぎ町立半田病院, whose electronic records of about 85,000 patients had become unreadable, resumed normal care in all 13 departments on 2022-01-04 after about two months; the records server had been confirmed restored on 2021-12-29.',
    },
  },
];
