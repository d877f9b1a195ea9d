import type { Reference } from '../reference.ts';

/**
 * Round-3 sources of the cyber lane: the population behind the one counted data-conversion defect at a
 * municipal merger (`providers.vendorExit.conversionDefectPersonsShare`), and one more hand-set web
 * exposure found from outside (`recoveredUnviewedProbability` of the on-premises and housing misconfigurations).
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
];
