import type { Reference } from '../reference.ts';

/** Counts behind the counter and online demand of the presets' services: vital events, applications, online shares. */
export const SERVICE_DEMAND_REFERENCES: readonly Reference[] = [
  {
    id: 'mhlw-vital-statistics-2023',
    publisher: '厚生労働省 (hanbaishi.com のニュースによる概況の紹介)',
    title: '令和5年(2023)人口動態統計月報年計(概数)の概況',
    date: '2024-06-05',
    address: 'https://www.hanbaishi.com/news/15635 (original: https://www.mhlw.go.jp/toukei/saikin/hw/jinkou/geppo/nengai23/index.html)',
    facts: {
      ja: '2023年(概数)の出生数は72万7,277人(過去最少)、死亡数は157万5,936人(過去最多)、婚姻件数は47万4,717組、離婚件数は18万3,808組(離婚率は人口千対1.52)。',
      en: 'In 2023 (preliminary) Japan registered 727,277 births (the fewest ever), 1,575,936 deaths (the most ever), 474,717 marriages and 183,808 divorces (1.52 per 1,000 people).',
    },
  },
  {
    id: 'edogawa-care-statistics-2023',
    publisher: '江戸川区 (介護保険のホームページ)',
    title: '介護保険の統計 令和5年度(西暦2023年度) 月別の状況 (内容による表題)',
    date: 'n.d.',
    address: 'https://www.kaigo.city.edogawa.tokyo.jp/administrative/statistics/5/5.html',
    facts: {
      ja: '江戸川区(人口約69万)の2023年4月〜2024年1月の要介護認定の申請件数は月1,822〜2,687件、10か月で計23,092件。第1号被保険者(65歳以上)は約14万7,600〜14万7,900人、要介護・要支援者は約2万9,400〜3万200人。',
      en: '江戸川区 (about 690,000 people) received 1,822–2,687 care-need certification applications a month from April 2023 to January 2024, 23,092 in the ten months, with about 147,600–147,900 first-category insured (aged 65+) and about 29,400–30,200 certified persons.',
    },
  },
  {
    id: 'kure-online-procedures-2022',
    publisher: '呉市',
    title: '呉市行政手続等における情報通信の技術の利用に関する条例に基づく公表',
    date: 'n.d.',
    address: 'https://www.city.kure.lg.jp/soshiki/36/onlinekouhyou.html',
    facts: {
      ja: '呉市の2022年度の手続件数とオンライン件数: 児童手当の認定請求815件(うちオンライン426件、52.3%)、額の改定の請求・届出466件(306件、65.7%)、受給事由消滅の届出268件(0件)、地方税申告(eLTAX)132,564件(81,635件、61.6%)。',
      en: 'Kure city, FY2022, applications and how many came online: child-allowance claims 815 (426 online, 52.3%), amount changes 466 (306, 65.7%), end-of-entitlement notices 268 (none online), local-tax filings through eLTAX 132,564 (81,635, 61.6%).',
    },
  },
  {
    id: 'mhlw-public-assistance-2023-09',
    publisher: '厚生労働省 (wic-net による報道発表資料の写し)',
    title: '生活保護の被保護者調査(令和5年9月分概数)の結果を公表します',
    date: '2023-12-06',
    address: 'https://wic-net.com/material/document/12627/1 (original: https://www.mhlw.go.jp/toukei/saikin/hw/hihogosya/m2023/09.html)',
    facts: {
      ja: '2023年9月の保護の申請件数は21,644件(前年同月比1.3%増)、保護開始世帯は18,803世帯。被保護実人員は2,020,674人(人口百人あたり1.62人)。',
      en: 'In September 2023 there were 21,644 applications for public assistance (1.3% more than a year before) and 18,803 households began receiving it; 2,020,674 people received it (1.62 per 100 residents).',
    },
  },
  {
    id: 'kyodo-public-assistance-fy2023',
    publisher: '共同通信 (news-pic による配信記事の転載)',
    title: '生活保護申請、2.3%増 23年度、4年連続上昇',
    date: '2024',
    address: 'https://news-pic.com/news/domestic/article-111679',
    facts: {
      ja: '厚生労働省の統計(速報値)で、2023年度の生活保護の申請は計25万1,364件、前年度比2.3%増で4年連続の増加。',
      en: 'By the Ministry of Health\'s preliminary figures, 251,364 applications for public assistance were made in FY2023, 2.3% more than the year before and the fourth yearly rise in a row.',
    },
  },
  {
    id: 'sapporo-population-projection',
    publisher: '地域の未来・志援センター (chiiki-chienowa)',
    title: '人口ピラミッド 北海道札幌市 (国立社会保障・人口問題研究所 2013年推計による)',
    date: 'n.d.',
    address: 'http://chiiki-chienowa.net/pyramid/1hokkaido/01_hokkaido_1/01_hokkaido_saxtuporosi.html',
    facts: {
      ja: '社人研2013年推計で札幌市の人口は2020年1,920,334人、うち年少人口(0〜14歳)193,587人(10.1%)。2025年は1,889,645人(年少9.2%)。推計値であり実績ではない。',
      en: 'The 2013 national projection gives 札幌 1,920,334 residents in 2020, 193,587 (10.1%) of them under 15, and 1,889,645 in 2025 (9.2% under 15). Projections, not counts.',
    },
  },
  {
    id: 'mainichi-evacuation-list-2019',
    publisher: '毎日新聞 (ソーシャルアクションラボ)',
    title: '避難行動要支援者名簿 掲載者割合で自治体間に200倍の差',
    date: '2019-06-19',
    address: 'https://socialaction.mainichi.jp/2020/04/09/1039.html',
    facts: {
      ja: '総務省消防庁の2018年6月現在のデータで、政令市に限っても人口に占める避難行動要支援者名簿の掲載者の割合は0.1〜19.1%と約200倍の開きがある。最高は静岡市の19.1%(約13万5千人)。',
      en: 'By the Fire and Disaster Management Agency\'s data of June 2018, the share of residents on the evacuation-support list ranges from 0.1% to 19.1% even among the designated cities, about 200-fold; 静岡市 has the most, 19.1% (about 135,000).',
    },
  },
  {
    id: 'sapporo-public-assistance-2010',
    publisher: '札幌市 (pdfslide による報告書の写し)',
    title: '第3章 札幌市の生活保護の状況 (報告書の一章、内容による表題)',
    date: 'n.d.',
    address: 'https://pdfslide.tips/documents/c3cioeoecec-sapporo-c3cioeoecec.html',
    facts: {
      ja: '政令指定都市別の生活保護の状況(年度平均)で、札幌市の保護率は2008年度28.7‰、2009年度31.3‰、2010年度33.8‰(44,485世帯、64,644人)と上昇。',
      en: 'Public assistance in the designated cities (yearly averages): 札幌 rose from 28.7 per 1,000 residents in FY2008 and 31.3 in FY2009 to 33.8 in FY2010 (44,485 households, 64,644 people).',
    },
  },
  {
    id: 'okazaki-tax-consultations-2021',
    publisher: '東海愛知新聞 (FMおかざき 掲載)',
    title: '岡崎 市民税・県民税の申告相談 受付順はネットで',
    date: '2021-01-09',
    address: 'http://fmokazaki.jp/tokai/210109.php',
    facts: {
      ja: '岡崎市市民税課によると、例年の市民税・県民税の申告相談には前年(2020年)に1日300人前後、2月中旬〜3月中旬に約7,000人が来所した。',
      en: 'By 岡崎市\'s resident-tax division, its 2020 resident-tax filing consultations drew about 300 people a day, about 7,000 from mid-February to mid-March.',
    },
  },
  {
    id: 'okazaki-population-2016',
    publisher: '東海愛知新聞 (FMえがお 掲載)',
    title: '出生率3年ぶり増 岡崎市 人口統計資料を発行',
    date: '2016-07-06',
    address: 'https://fm-egao.jp/tokai/160706.html',
    facts: {
      ja: '岡崎市の統計資料「岡崎市の人口 平成28年版」によると、2016年4月1日の人口は38万3,493人、65歳以上は21.62%。',
      en: 'By 岡崎市\'s own statistics (2016 edition), the city had 383,493 residents on 1 April 2016, 21.62% of them aged 65 or over.',
    },
  },
];
