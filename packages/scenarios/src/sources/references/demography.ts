import type { Reference } from '../reference.ts';

/** Population, age, care lists, IT staff and counter demand of Japanese municipalities. */
export const DEMOGRAPHY_REFERENCES: readonly Reference[] = [
  {
    id: 'mori-population-projection',
    publisher: '地域の未来・志援センター (chiiki-chienowa)',
    title: '人口ピラミッド 北海道森町 (国立社会保障・人口問題研究所 2013年推計による)',
    date: 'n.d.',
    address: 'http://chiiki-chienowa.net/pyramid/1hokkaido/01_hokkaido_6/01_hokkaido_345morimati.html',
    facts: {
      ja: '森町の人口は2010年国勢調査で17,859人。社人研2013年推計では2020年15,403人(年少人口10.0%)、2025年14,206人。2020年の値は実績ではなく推計値。',
      en: '森町 had 17,859 residents in the 2010 census; the 2013 national projection gives 15,403 for 2020 (10.0% under 15) and 14,206 for 2025. The 2020 figure is a projection, not a count.',
    },
  },
  {
    id: 'hokkaido-ageing-2018',
    publisher: '北海道新聞',
    title: '道内高齢化率30.5% 住民基本台帳 (2018 報道)',
    date: '2018',
    address: 'https://www.hokkaido-np.co.jp/article/211608',
    facts: {
      ja: '2018-01-01の住民基本台帳で北海道の高齢化率30.5%(全国27.7%)、檜山振興局40.1%、渡島の松前町47.2%・木古内町46.7%、札幌市26.2%。',
      en: 'Resident register of 2018-01-01: Hokkaido 30.5% aged 65+ (Japan 27.7%), 檜山 40.1%, the 渡島 towns 松前 47.2% and 木古内 46.7%, 札幌 26.2%.',
    },
  },
  {
    id: 'cao-evacuation-list-2025',
    publisher: '内閣府・消防庁',
    title: '避難行動要支援者名簿及び個別避難計画の作成等に係る取組状況の調査結果 (令和7年4月1日現在)',
    date: '2025-06-20',
    address: 'https://www.dinf.ne.jp/japanese/prdl/dinf_news/no87/no8711',
    facts: {
      ja: '全市町村が避難行動要支援者名簿を作成済み。平時から名簿情報を避難支援者に提供している団体は1,653(94.9%)だが、名簿掲載者のうち平時から提供されているのは40.1%(本人同意が必要)。',
      en: 'Every municipality keeps an evacuation-support list; 1,653 (94.9%) share it with supporters in normal times, but only 40.1% of listed persons are shared then (their consent is needed).',
    },
  },
  {
    id: 'soumu-dx-staff-2023',
    publisher: '行政&情報システム (行政情報システム研究所)',
    title: '自治体DXの推進と人材 (総務省 地域情報化企画室長 寄稿, 2024-03-14)',
    date: '2024-03-14',
    address: 'https://www.iais.or.jp/ais_online/online-articles/20240314/202403_03/',
    facts: {
      ja: '総務省『自治体DX・情報化推進概要(令和4年度版)』によれば、人口5万人以下の292市町村でDX・情報化担当が1人以下(兼任を含む)。',
      en: 'Citing 総務省\'s FY2022 survey of municipal DX and IT: 292 municipalities of 50,000 people or fewer have at most one person (part-time included) on DX and IT work.',
    },
  },
  {
    id: 'ict-bcp-sample-town',
    publisher: '総務省 (happylibus による写し)',
    title: 'ICT部門の業務継続計画〈初動版サンプル〉',
    date: '2013-05',
    address: 'https://happylibus.com/doc/53591/ict-bcp-初動版サンプル',
    facts: {
      ja: 'サンプルの想定団体は人口約5万人、ICT担当職員約5人(住民約1万人あたり1人)。',
      en: 'The sample\'s model municipality has about 50,000 residents and about 5 ICT staff: about one per 10,000 residents.',
    },
  },
  {
    id: 'narashino-certificates-2017',
    publisher: '習志野市議会',
    title: '習志野市議会 会議録 (2017)',
    date: '2017',
    address: 'http://gijiroku.jp/narashi/134/page30-15.html',
    facts: {
      ja: '習志野市(人口約17万)の窓口での証明書交付は2016年度337,891件(住民票・印鑑・戸籍・税): 住民1人あたり年約2.0件。中核市では2018年にコンビニ交付は住民票の2%、印鑑証明の3.2%にとどまった。',
      en: '習志野市 (about 170,000 people) issued 337,891 certificates at the counter in FY2016 (residence, seal, family register, tax): about 2.0 per resident a year. In core cities in 2018 only 2% of residence and 3.2% of seal certificates went through convenience stores.',
    },
  },
  {
    id: 'konbini-issuance-2024',
    publisher: 'Yahoo!ニュース (報道の転載)',
    title: 'コンビニ交付の利用件数の推移 (報道)',
    date: '2024',
    address: 'https://news.yahoo.co.jp/articles/96849696ddc61f2b46bf17409e85414bd4ff6e64',
    facts: {
      ja: 'コンビニ交付の件数は2016年度155万件、2022年度2,110万件、2023年度3,189万件(参加約1,300団体)。2023年度は国民1人あたり年約0.26件。',
      en: 'Convenience-store certificates: 1.55 million (FY2016), 21.1 million (FY2022), 31.89 million (FY2023) at about 1,300 bodies; about 0.26 per person a year in FY2023.',
    },
  },
  {
    id: 'kumamoto-risai-2016',
    publisher: '熊本日日新聞 (共同通信配信)',
    title: '熊本地震 罹災証明書の申請・交付状況 (3か月, 2016-07 報道)',
    date: '2016-07',
    address: 'https://this.kiji.is/126136170553411069/amp?c=92619697908483575',
    facts: {
      ja: '熊本地震から3か月で36市町村に罹災証明書163,125件の申請。熊本市(約74万人)は95,018件(住民1,000人あたり約128件)、益城町(約3.4万人)は11,632件(約340件)。',
      en: 'Three months after the 2016 Kumamoto earthquakes: 163,125 damage-certificate applications in 36 municipalities; 熊本市 (about 740,000 people) 95,018, about 128 per 1,000 residents; 益城町 (about 34,000) 11,632, about 340 per 1,000.',
    },
  },
  {
    id: 'kumamoto-risai-start-2016',
    publisher: '西日本新聞',
    title: '罹災証明書の発行 全33市町村で開始 (2016-04 報道)',
    date: '2016-04',
    address: 'https://www.nishinippon.co.jp/item/o/247384/',
    facts: {
      ja: '熊本地震で申請を受けた33市町村はすべて、本震から10日目(4月24日)までに罹災証明書の交付を始めた。',
      en: 'After the 2016 Kumamoto earthquakes all 33 municipalities taking applications had begun issuing damage certificates by day 10 (24 April).',
    },
  },
  {
    id: 'sapporo-risai-2018',
    publisher: '北海道新聞',
    title: '札幌市 罹災証明の申請受付開始 (2018-09 報道)',
    date: '2018-09',
    address: 'https://www.hokkaido-np.co.jp/sp/amp/article/226925',
    facts: {
      ja: '2018年胆振東部地震で、札幌市は地震から4日目(9月10日)に罹災証明の申請受付を始め、初日は561件(うち清田区299件)。',
      en: 'After the 2018 胆振東部 earthquake 札幌 opened damage-certificate applications on day 4 (10 September): 561 on the first day, 299 of them in 清田区.',
    },
  },
  {
    id: 'jcci-population-2023',
    publisher: '日本商工会議所 (会議所ニュース、総務省統計局「人口推計」の紹介)',
    title: '総務省統計局 2023年10月1日現在の人口推計 (記事の内容による表題)',
    date: '2024',
    address: 'https://ab.jcci.or.jp/article/97891',
    facts: {
      ja: '2023年10月1日の日本の総人口は1億2435万2000人で13年連続の減少。15歳未満の割合は11.4%で過去最低、65歳以上は29.1%で過去最高(総務省統計局「人口推計」、2024-04-12公表)。',
      en: "Japan had 124,352,000 residents on 1 October 2023, the 13th yearly fall in a row; 11.4% were under 15 (a record low) and 29.1% were 65 or over (a record high) — the Statistics Bureau's population estimate published 2024-04-12.",
    },
  },
  {
    id: 'mhlw-nhi-finance-2023',
    publisher: '厚生労働省 (時事通信 2025-08-25 と NHK の報道で数値を読んだ)',
    title: '令和5年度国民健康保険(市町村国保)の財政状況について',
    date: '2025-08-25',
    address: 'https://www.mhlw.go.jp/stf/newpage_62223.html (report: https://news.livedoor.com/topics/detail/29437942/)',
    facts: {
      ja: '市町村国保の2023年度決算で、加入者は前年度から104万人減って2,309万人(過去最少)。実質的な収支は1,803億円の赤字で、保険料の納付率は94.20%。',
      en: 'In the FY2023 settlement of municipal National Health Insurance, membership fell by 1.04 million to 23.09 million, the fewest ever; the real balance was a deficit of 180.3 billion yen and 94.20% of premiums were paid.',
    },
  },
  {
    id: 'mhlw-public-assistance-2023',
    publisher: '厚生労働省 (wic-net による報道発表資料の写し)',
    title: '生活保護の被保護者調査(令和5年4月分概数)の結果を公表します',
    date: '2023-07-05',
    address: 'https://wic-net.com/material/document/10221/1 (original: https://www.mhlw.go.jp/toukei/saikin/hw/hihogosya/m2023/04.html)',
    facts: {
      ja: '2023年4月の生活保護の被保護実人員は2,018,366人、被保護世帯は1,643,887世帯。保護率(人口100人あたり)は1.62%。',
      en: 'In April 2023, 2,018,366 people in 1,643,887 households received public assistance (生活保護): 1.62 per 100 residents.',
    },
  },
  {
    id: 'cao-disability-2018',
    publisher: '内閣府',
    title: '平成30年版 障害者白書 参考資料 障害者の状況',
    date: '2018',
    address: 'https://www8.cao.go.jp/shougai/whitepaper/h30hakusho/zenbun/siryo_02.html',
    facts: {
      ja: '身体障害者436万人、知的障害者108万2千人、精神障害者392万4千人(人口千人あたり34人・9人・31人)。重複があるため単純な合計ではないが、国民のおよそ7.4%が何らかの障害を有する。',
      en: 'About 4.36 million people with a physical disability, 1.082 million with an intellectual disability and 3.924 million with a mental disorder (34, 9 and 31 per 1,000); with overlaps, about 7.4% of the population has some disability.',
    },
  },
  {
    id: 'nippon-households-children-2022',
    publisher: 'nippon.com (厚生労働省「2022年 国民生活基礎調査」の紹介)',
    title: '子育て世帯、初の1000万割れ―厚労省・国民生活調査',
    date: 'n.d.',
    address: 'https://nippon.com/ja/japan-data/h01727',
    facts: {
      ja: '2022年の国民生活基礎調査で、18歳未満の子どもがいる世帯は991万7000世帯(全世帯の18.3%)。子どもの数は1人が49.3%、2人が38.0%、3人以上が12.7%。',
      en: 'In the 2022 national survey of living conditions, 9,917,000 households (18.3%) had a child under 18: 49.3% with one child, 38.0% with two and 12.7% with three or more.',
    },
  },
];
