import type { Reference } from '../reference.ts';

/**
 * Costs of responding to a leak and of moving systems: which published municipal leaks opened a call
 * centre and which were answered by the section's own telephone, what an SE month costs at large and at
 * small vendors, what core cities expect the standardisation migration to cost, and one press
 * conference's hall. Facts are restated in our own words.
 */
export const S7_COSTS_REFERENCES: readonly Reference[] = [
  {
    id: 'sanin-izumo-web-leak-2025',
    publisher: '山陰中央新報',
    title: '出雲市が母子保健助成金の申請者名簿をホームページで閲覧可能にしていた記事(見出しは未確認)',
    date: '2025-12',
    address: 'https://www.sanin-chuo.co.jp/articles/-/922107',
    facts: {
      ja: '出雲市は、母子保健の助成金申請者2,084人の氏名・住所・助成決定額が2021年6月から2025年12月まで市のホームページで一定の操作により閲覧できる状態だったと発表した。対象者には2026年1月5日以降に謝罪文書を送り、問い合わせは担当課の電話で3日間(27〜29日の9〜17時)受け付ける。',
      en: '出雲市 announced that the names, addresses and grant amounts of 2,084 applicants for a maternal-health grant could be reached on its website from June 2021 to December 2025. It would send letters of apology from 5 January 2026 and took questions on the section\'s own telephone for three days (the 27th to the 29th, 9:00–17:00).',
    },
  },
  {
    id: 'you-yokkaichi-procx-2023',
    publisher: 'YOU よっかいち',
    title: '四日市市の特定健診等の電話勧奨業務委託先からの個人情報流出の記事(見出しは未確認)',
    date: '2023-10-19',
    address: 'https://you-yokkaichi.com/2023/10/19/28046',
    facts: {
      ja: '四日市市が国保連合会を通じて委託した電話勧奨業務で、委託先のコールセンターシステム保守会社の元派遣社員が約5,500件(住所・氏名・生年月日・電話番号など)を持ち出した可能性。市民の問い合わせ先として委託業者が特設コールセンターを開設し、年末年始を除き9時〜20時に受け付けた。',
      en: 'In a telephone-reminder service 四日市市 had outsourced through the prefectural NHI federation, a former temp of the call-centre system\'s maintenance firm may have taken about 5,500 records (address, name, birth date, telephone). The contractor opened a special call centre for residents\' questions, 9:00–20:00 except over the New Year.',
    },
  },
  {
    id: 'toyota-iseto-callcentre-2024',
    publisher: '豊田市',
    title: '報道発表資料 「委託業者のランサムウェア被害に伴う個人情報漏えい事案」に係る市民への対応について',
    date: '2024',
    address: 'https://www.city.toyota.aichi.jp/pressrelease/1060027/1060257.html',
    facts: {
      ja: '印刷委託先イセトーのランサムウェア被害で、漏えい対象者を14万8,620人と特定(当初は延べ約42万人)。2024年8月20日に個別通知を発送し、同日から当面の間、平日9〜17時・30回線の専用コールセンターを設置。',
      en: 'After the ransomware attack on its print contractor イセトー, 豊田市 identified 148,620 persons whose data leaked (first estimated at about 420,000 records). It mailed each a notice on 20 August 2024 and from that day opened a dedicated call centre with 30 lines, weekdays 9:00–17:00, for the time being.',
    },
  },
  {
    id: 'itpro-itr-se-rate-2008',
    publisher: '日経BP(ITpro)、筆者はアイ・ティ・アール(ITR)',
    title: '人月単価の相場を把握する方法についての解説記事(見出しは未確認)',
    date: '2008-09-01',
    address: 'http://itpro.nikkeibp.co.jp/article/COLUMN/20080901/313839/',
    facts: {
      ja: 'ITRがベンダーの見積もりを精査した経験では、中級SEの人月単価は大手ベンダーで95万〜190万円、中堅・中小ベンダーで65万〜120万円。同じベンダーでも提案により118万〜180万円の開きがあった。',
      en: 'From ITR\'s reviews of vendors\' quotes: a mid-level SE was priced at 0.95–1.9 million yen a person-month by large vendors and 0.65–1.2 million by mid-size and small ones; one vendor\'s quotes alone ranged from 1.18 to 1.8 million.',
    },
  },
  {
    id: 'nikkei-computer-se-rate-2003',
    publisher: '日経BP(日経クロステック、日経コンピュータ2003年6月16日号の特集から抜粋)',
    title: 'ITコスト99の謎(ITエンジニアの相場はいくら?)',
    date: '2003-06-16',
    address: 'https://tech.nikkeibp.co.jp/atcl/nxt/column/18/00441/091800002/',
    facts: {
      ja: 'ユーザー企業50社超への聞き取りで、SEの単価は月額80万円から200万円強、中心帯は100万〜130万円。大手ベンダーは高く、富士通やNECで月額150万円程度、日本IBMで200万円程度。',
      en: 'Asking over 50 user companies, the magazine found SEs priced at 0.8 to over 2 million yen a month, mostly 1.0–1.3 million; large vendors charged more, about 1.5 million a month at Fujitsu or NEC and about 2 million at IBM Japan.',
    },
  },
  {
    id: 'jp24h-standardisation-cost-2023',
    publisher: 'jp24h.com(報道の要約)',
    title: 'システム移行費用「国が全額負担を」 行政事務統一に地方反発',
    date: 'n.d.',
    address: 'https://jp24h.com/post/222338.html',
    facts: {
      ja: '中核市市長会の調査で、62市の標準化移行費用の平均は18億1千万円、国の補助上限額は平均3億4千万円。指定都市市長会は経費が補助上限の3〜16倍になると試算し、全国市長会は補助上限が経費の1割に満たない団体もあるとした。総務省は2023年度補正予算で基金を5,163億円増額した。',
      en: 'A survey by the core cities\' association found the standardisation migration would cost the 62 core cities 1.81 billion yen on average, against an average subsidy cap of 0.34 billion; the designated cities estimated their costs at 3 to 16 times the cap, and the national mayors\' association said some bodies\' cap covered under a tenth of the cost. The Ministry added 516.3 billion yen to the fund in the FY2023 supplementary budget.',
    },
  },
  {
    id: 'daily-press-hall-2009',
    publisher: 'デイリースポーツ',
    title: '保釈後の謝罪会見の記事(見出しは未確認)',
    date: '2009-09-18',
    address: 'https://megalodon.jp/ref/2009-0919-0325-16/www.daily.co.jp/gossip/article/2009/09/18/0002358171.shtml',
    facts: {
      ja: '前日に急きょ設定された謝罪会見のため、東京都千代田区の会館で通常300人収容の宴会場を3時間押さえ、経費は約30万円(控室代は別)。報道陣は500人超。',
      en: 'For an apology press conference arranged the day before, a 300-seat banquet hall in 千代田区 was booked for three hours at about 300,000 yen (green room extra); over 500 reporters came.',
    },
  },
  {
    id: 'tokyo-sewer-fibre-lease',
    publisher: '東京都下水道局',
    title: '光ファイバー利用ガイド(下水道管きょ及び光ファイバーの利用ガイド)',
    date: 'n.d.',
    address: 'https://www.gesui.metro.tokyo.lg.jp/contractor/kouji/optical_fiber',
    facts: {
      ja: '東京都下水道局は下水道管きょの空間と光ファイバー心線を国・地方公共団体・認定電気通信事業者などに貸している。2019年6月7日からの料金(税別)は、心線貸しが1心・1mあたり年134円、空間貸し(23区の公共下水道)がケーブル外径10mm未満で1mあたり年1,076円。',
      en: 'The Tokyo sewerage bureau leases space in its sewers and cores of its own optical fibre to the state, local bodies and licensed carriers. From 7 June 2019 (before tax) a fibre core costs 134 yen a metre a year, and space for a cable under 10 mm across 1,076 yen a metre a year (public sewers of the 23 wards).',
    },
  },
  {
    id: 'tokushima-naruto-leak-2023',
    publisher: '徳島県',
    title: '危機管理連絡会議の開催(令和5年10月20日、企業における個人情報流出事案)(見出しは未確認)',
    date: '2023-10-20',
    address: 'https://www.pref.tokushima.lg.jp/anshin/kinkyu/kikikanrikaigi/7247174',
    facts: {
      ja: 'NTT西日本の子会社でコールセンターシステムの保守を担当していた元派遣社員が顧客情報を持ち出した件で、鳴門市でも国保の特定健診受診勧奨業務に関連する個人情報3,071件(住所・氏名・生年月日・電話番号など)の流出が判明した。市は個人情報保護委員会に報告し、市民向けに専用の問い合わせ窓口を設置した。',
      en: 'In the case of a former temp of an NTT West subsidiary who took customer data from a call-centre system he maintained, 鳴門市 found 3,071 records from its NHI health-check reminders (address, name, birth date, telephone) among them. The city reported to the Personal Information Protection Commission and set up a dedicated enquiry window for residents.',
    },
  },
];
