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
  {
    id: 'soumu-whitepaper-noto-fixed-2024',
    publisher: '総務省',
    title: '令和6年版 情報通信白書 第Ⅰ部 特集① 第2節 通信、放送、郵便等の状況',
    date: '2024',
    address: 'https://www.soumu.go.jp/johotsusintokei/whitepaper/ja/r06/html/nd112110.html',
    facts: {
      ja: '令和6年能登半島地震では、輪島市・珠洲市・志賀町などを中心に固定通信が使えなくなり、NTT西日本の通信ビルの停電や、土砂崩れなどによる中継伝送路・ケーブルの損傷で、最大で固定電話7,860回線、固定インターネット約1,500回線に影響した。5月末には輪島市の一部(アナログ約180、ひかり電話約40回線)を残して復旧が進んだ。',
      en: 'In the 2024 Noto Peninsula earthquake fixed service failed mainly in 輪島, 珠洲 and 志賀: NTT West buildings lost power and landslides damaged trunk routes and cables; at the peak 7,860 fixed telephone lines and about 1,500 fixed internet lines were affected. By the end of May only part of 輪島 (about 180 analogue and 40 Hikari Denwa lines) remained.',
    },
  },
  {
    id: 'tvkanazawa-ntt-west-noto-2024',
    publisher: 'テレビ金沢 (nordot 配信)',
    title: 'NTT西日本が通信設備の復旧対応を報告 現在は9割回復も完全復旧の見通し立たず',
    date: '2024',
    address: 'https://nordot.app/1178271093200503518',
    facts: {
      ja: 'NTT西日本によると、能登半島地震では通信ビルが土砂崩れなどで被災し電柱も倒れ、石川県内で約9,500回線に一時影響が出た。そのほとんどが輪島市・珠洲市・能登町。1日最大950人で復旧にあたり、約9割が回復した。',
      en: 'According to NTT West, the Noto earthquake damaged telephone buildings (landslides among the causes) and brought down poles; about 9,500 lines in Ishikawa were affected for a time, almost all in 輪島, 珠洲 and 能登町. Up to 950 staff a day worked on repairs; about 90% had been restored.',
    },
  },
  {
    id: 'newsdigest-jma-noto-intensities-2024',
    publisher: 'JX通信社 NewsDigest',
    title: '能登半島地震 輪島市でも震度7を観測と判明 気象庁',
    date: '2024',
    address: 'https://admin.newsdigest.jp/news/a323609b-d618-40fc-8b22-694ff6bc63f1',
    facts: {
      ja: '気象庁が後から入手した令和6年能登半島地震(1月1日16時10分、M7.6)の3観測点の計測震度: 輪島市門前町走出6.5(震度7)、能登町松波6.2(6強)、能登町柳田5.8(6弱)。参考に志賀町香能6.6(震度7)。',
      en: 'Instrumental intensities of the 2024 Noto earthquake (1 January, 16:10, M7.6) at three stations whose data JMA received later: 輪島 門前町走出 6.5 (7), 能登町 松波 6.2 (6-upper), 能登町 柳田 5.8 (6-lower); for reference 志賀町 香能 6.6 (7).',
    },
  },
  {
    id: 'livedoor-okunoto-population-2025',
    publisher: 'ライブドアニュース',
    title: '石川県珠洲市の推計人口が初めて1万人割れ (奥能登2市2町の推計人口)',
    date: '2025-09-02',
    address: 'https://news.livedoor.com/topics/detail/29492322/',
    facts: {
      ja: '石川県の推計では、2025年8月1日時点の輪島市・珠洲市・穴水町・能登町(奥能登2市2町)の人口は計48,600人で、能登半島地震以降の1年8か月で6,613人(12%)減った。珠洲市だけで1,769人減。',
      en: 'Ishikawa\'s estimate puts the population of 輪島, 珠洲, 穴水 and 能登町 (Oku-Noto) at 48,600 on 1 August 2025, down 6,613 (12%) in the 20 months since the Noto earthquake, 1,769 of them in 珠洲.',
    },
  },
  {
    id: 'ishikawa-census-2010-prelim',
    publisher: '石川県 統計情報室',
    title: '平成22年国勢調査速報集計結果',
    date: 'n.d.',
    address: 'https://toukei.pref.ishikawa.lg.jp/topics/1102/1102.html',
    facts: {
      ja: '2010年10月1日の石川県の人口は1,170,040人、世帯数は440,995世帯で、1世帯当たり2.65人。',
      en: 'On 1 October 2010 Ishikawa had 1,170,040 people in 440,995 households, 2.65 persons a household.',
    },
  },
  {
    id: 'kantsuu-iburi-ntt-lines-2018',
    publisher: '関通ニュース (共同通信の配信)',
    title: 'NTT東日本 北海道の固定電話 約12万7千回線が利用できず (北海道胆振東部地震)',
    date: '2018-09-07',
    address: 'http://news.kantsuu.com/201809/20180907204218_707235.shtml',
    facts: {
      ja: '2018年9月の北海道胆振東部地震で、震源に近い9町(厚真、むかわ、平取、日高、新冠、新ひだか、浦河、様似、えりも)の一部で地震による回線の損傷から固定電話約3万4千回線が6日朝から使えなくなったが、同日夕方にいったんほぼ復旧した。7日には停電で電池が切れたビルが59か所に増え、道内の固定電話約12万7千回線が不通になった。',
      en: 'In the September 2018 Iburi earthquake about 34,000 fixed lines in parts of nine towns near the epicentre (厚真, むかわ, 平取, 日高, 新冠, 新ひだか, 浦河, 様似, えりも) were cut by line damage from the morning of the 6th and almost all came back that evening; on the 7th, as 59 buildings ran out of battery in the blackout, about 127,000 fixed lines in Hokkaido were out.',
    },
  },
  {
    id: 'ntt-east-hanshin-1995',
    publisher: '東日本電信電話株式会社 (NTT東日本)',
    title: '兵庫県南部地震(阪神・淡路大震災)(平成7年1月) 過去の主な大規模災害等事例',
    date: 'n.d.',
    address: 'https://www.ntt-east.co.jp/saigai/taisaku/case_09.html',
    facts: {
      ja: '1995年の兵庫県南部地震で、神戸市内の交換機の停止により固定電話約285,000回線が、火災により約193,000回線が不通になった。電話の輻輳は5日間続き、ピークは平常の50倍。',
      en: 'In the 1995 Hyogo-ken Nanbu earthquake about 285,000 fixed lines were out as exchanges in Kobe stopped, and about 193,000 through fire; congestion lasted five days, peaking at 50 times normal traffic.',
    },
  },
  {
    id: 'bousai-hanshin-telecom-outage',
    publisher: '内閣府 (防災担当)',
    title: '阪神・淡路大震災教訓情報資料集【01】通信途絶',
    date: 'n.d.',
    address: 'https://www.bousai.go.jp/kyoiku/kyokun/hanshin_awaji/data/detail/1-2-1.html',
    facts: {
      ja: '地震による加入者ケーブルの損傷や停電による交換機の停止などで、兵庫県南部地域の全回線の約2割が使えなくなった。NTTの長距離系は影響を受けなかったが、各家庭と電話局を結ぶ加入回線に大きな被害があり、停電と予備電源の倒壊で交換機が止まり、28万5千回線が被災した。',
      en: 'Subscriber-cable damage and exchanges stopped by the blackout, among other causes, took out about 20% of all lines in southern Hyogo. NTT\'s long-distance systems were unaffected, but the subscriber lines between homes and exchanges were badly hit and exchanges stopped when power was lost and backup supplies toppled: 285,000 lines were affected.',
    },
  },
  {
    id: 'bousai-hanshin-phone-recovery',
    publisher: '内閣府 (防災担当)',
    title: '阪神・淡路大震災教訓情報資料集【05】電話の復旧',
    date: 'n.d.',
    address: 'https://www.bousai.go.jp/kyoiku/kyokun/hanshin_awaji/data/detail/2-5-5.html',
    facts: {
      ja: '応急復旧には最大で1日7,200人が動員された。倒壊・焼失した家屋を除く約10万回線について1月31日に復旧宣言が出され、不通の専用線約4,000回線もほぼ同時に復旧した。',
      en: 'Up to 7,200 workers a day were on the emergency repairs; restoration of about 100,000 lines (houses collapsed or burnt excepted) was declared on 31 January, and about 4,000 cut leased lines came back at about the same time.',
    },
  },
  {
    id: 'jishin-hanshin-1995',
    publisher: '地震調査研究推進本部',
    title: '日本の地震活動 平成7年(1995年)兵庫県南部地震',
    date: 'n.d.',
    address: 'http://hp1039.jishin.go.jp/eqchr/7-2-2.htm',
    facts: {
      ja: '兵庫県南部地震(1995年1月17日)では神戸海洋気象台と洲本測候所で震度6を観測し、現地調査で淡路島の一部から神戸市、宝塚市にかけて震度7の地域が確認された。住家全壊は11万棟以上。',
      en: 'In the 17 January 1995 Hyogo-ken Nanbu earthquake the Kobe Marine Observatory and the Sumoto station recorded intensity 6; field surveys found a belt of 7 from part of Awaji through Kobe to Takarazuka. More than 110,000 houses were destroyed.',
    },
  },
];
