import type { Reference } from '../reference.ts';

/**
 * Lines, facilities and vendors: how often software vendors go bankrupt (a floor for a vendor leaving its
 * customers) and how often data-centre operators have an outage and how much of it is power.
 */
export const S7_NET_REFERENCES: readonly Reference[] = [
  {
    id: 'zeitax-tdb-software-firms-2007',
    publisher: 'ゼイタックス (帝国データバンクの調査の紹介)',
    title: '「システム・ソフトウェア開発会社の動向調査」結果 (帝国データバンク)',
    date: 'n.d.',
    address: 'http://taxcom.co.jp/news/zeimu/2002/2002_04/zeimu2002_04_15_001.htm',
    facts: {
      ja: '帝国データバンクの調査は、システム・ソフトウェア開発を主業とする13,073社を対象とした。同業の法的整理による倒産は2001年の35件から増え、2006年は118件、2007年は10月までに108件。2001年〜2007年10月の倒産580社のうち業歴10年未満が47.9%。',
      en: 'Teikoku Databank\'s survey covered 13,073 firms whose main business is systems and software development. Legal bankruptcies in the trade rose from 35 in 2001 to 118 in 2006, and 108 in 2007 up to October; of the 580 that failed from 2001 to October 2007, 47.9% were under 10 years old.',
    },
  },
  {
    id: 'mynavi-tdb-software-bankruptcies-2013',
    publisher: 'マイナビニュース',
    title: '帝国データバンク システム・ソフトウェア開発業者の倒産動向調査 (2000〜2012年) の記事',
    date: '2013-01-16',
    address: 'https://news.mynavi.jp/techplus/article/20130116-a118/',
    facts: {
      ja: '帝国データバンクの集計では、2000〜2012年のシステム・ソフトウェア開発業者の倒産は1,697件で、2012年は221件と過去最多。負債5億円未満が93.7%、破産が92.7%を占めた。',
      en: 'Teikoku Databank counted 1,697 bankruptcies of systems and software developers in 2000–2012, the most in 2012 with 221; 93.7% owed under 500 million yen and 92.7% ended in liquidation (破産).',
    },
  },
  {
    id: 'uptime-outage-numbers-2022',
    publisher: 'Uptime Institute',
    title: 'Making sense of the outage numbers',
    date: '2022',
    address: 'https://journal.uptimeinstitute.com/making-sense-of-the-outage-numbers/',
    facts: {
      ja: 'Uptime Institute の2022年の停止分析では、調査した組織の5分の4が過去3年間に停止を経験し、「重大」または「深刻」な停止を経験したのは約5分の1。',
      en: 'In Uptime Institute\'s 2022 outage analysis four in five organisations surveyed had had an outage in the past three years; about one in five a "serious" or "severe" one.',
    },
  },
  {
    id: 'datacentrereview-uptime-2022',
    publisher: 'Data Centre Review',
    title: 'Uptime Institute reports downtime consequences worsening',
    date: '2022-06',
    address: 'https://datacentrereview.com/2022/06/uptime-institute-reports-downtime-consequences-worsening/',
    facts: {
      ja: 'Uptime Institute の2022年停止分析の要約: 損失を伴う「重大」な停止の43%が電源に関係し、電源事故の最大の原因はUPSの故障。',
      en: 'A summary of Uptime Institute\'s 2022 outage analysis: 43% of significant outages (with downtime and financial loss) were power-related, UPS failures being the largest cause of power incidents.',
    },
  },
];
