import type { Reference } from '../reference.ts';

/**
 * Counts and channels behind the services' demand: how residents were reached after an earthquake, and
 * the published counts of applications, cases and bookings that the presets divide by their residents.
 */
export const S7_SERVICES_REFERENCES: readonly Reference[] = [
  {
    id: 'bousai-hakusho-2025-noto-support',
    publisher: '内閣府',
    title: '令和7年版 防災白書 第1部第1章第6節 被災者支援',
    date: '2025',
    address: 'https://www.bousai.go.jp/kaigirep/hakusho/r07/honbun/t1_1s_06_00.html',
    facts: {
      ja: '令和6年能登半島地震の後、石川県は支援が必要な在宅の高齢者等を把握し孤立を防ぐため、民間支援団体と連携して個別訪問等で状態を把握する「被災高齢者等把握事業」を2024年2月から6月まで行った。応急仮設住宅の入居者等には被災者見守り・相談支援等事業が続いた。',
      en: 'After the 2024 Noto Peninsula earthquake, Ishikawa prefecture ran a programme from February to June 2024 that found at-risk older residents living at home by individual home visits, with private support groups, to catch needs early and prevent isolation; watch-and-consultation support for residents of temporary housing followed.',
    },
  },
  {
    id: 'ntv-ishikawa-mimamori-2025',
    publisher: '日本テレビ (テレビ金沢)',
    title: '"自宅修繕"相談が最多 石川県知事が仮設入居者への支援状況報告 見守り・相談延べ8万回',
    date: '2025-02-06',
    address: 'https://news.ntv.co.jp/n/ktk/category/society/ktbf751353a1834b8e8df12b813f24f1a5',
    facts: {
      ja: '石川県は2024年7月から仮設住宅の入居者を中心に被災者の見守り・相談支援を行い、約200人の生活相談員が被災した1万3,000世帯を延べ8万回訪問した(2025年2月の知事報告)。相談は住まいの修繕など居住に関するものが約3割で最も多く、次が健康・医療。',
      en: 'From July 2024 Ishikawa prefecture watched over and counselled earthquake victims, mainly in temporary housing: about 200 counsellors made some 80,000 home visits to 13,000 affected households (governor\'s report, February 2025). About 30% of the consultations were about housing repairs, the most common topic, followed by health and medical care.',
    },
  },
  {
    id: 'asahi-osaka-quake-safety-checks-2018',
    publisher: '朝日新聞 (news.kantsuu.com による転載)',
    title: '要支援者名簿で安否確認、被災13市町のうち8市町どまり 大阪北部地震',
    date: '2018-06-22',
    address: 'http://news.kantsuu.com/201806/20180622100850_696521.shtml',
    facts: {
      ja: '2018年6月18日の大阪府北部地震(最大震度6弱)で、内閣府は地震当日の18日から災害救助法が適用された13市町に要支援者の安否確認を求めた。20日までに避難行動要支援者名簿で安否確認を進めたのは8市町で、2市は名簿以外の方法で確認し、3市は確認しなかった。13市町の名簿は計約27万人分。',
      en: 'After the 6-lower earthquake in northern Osaka on 18 June 2018, the Cabinet Office asked the 13 municipalities under the Disaster Relief Act, from the 18th itself, to check on residents needing support. By the 20th, 8 of them had checked residents on their evacuation-support lists, 2 had checked by other means and 3 had not checked; the 13 lists held about 270,000 people.',
    },
  },
  {
    id: 'diamond-fumidan-2020',
    publisher: 'ダイヤモンド・オンライン',
    title: '生活保護の申請をよしとしない役所の「水際作戦」に、立ち向かう手立て',
    date: '2020-12',
    address: 'https://diamond.jp/articles/-/257602',
    facts: {
      ja: '2020年12月15日に支援団体が始めた生活保護申請支援のウェブサービスは、入力内容から申請書・資産申告書・収入申告書のPDFを作るもので、申請はそれを印刷して福祉事務所に持参・郵送・FAXして行う(口頭での申請意思表示も有効)。身分証や通帳の確認、生活状況の調査があるため、福祉事務所と一度も接することなく保護が始まることはない。',
      en: 'A support group\'s web service for public-assistance applications, started on 15 December 2020, only fills in the application, asset and income forms as PDFs; the applicant then takes, posts or faxes them to the welfare office (stating the wish to apply orally also counts). Identity documents and bank books are checked and the household visited, so no one starts receiving assistance without meeting the office.',
    },
  },
  {
    id: 'sapporo-nhi-2025',
    publisher: '札幌市',
    title: '札幌市の国保について',
    date: '2025-03-31',
    address: 'https://www.city.sapporo.jp/hoken-iryo/kokuho/genjo.html',
    facts: {
      ja: '札幌市国保の年度平均の加入世帯数と被保険者数: 2021年度決算 258,092世帯・360,893人、2022年度 255,530世帯・352,850人、2023年度 249,053世帯・339,367人(うち前期高齢者155,677人)。2024・2025年度予算では327,139人・312,501人。2023年度の一人当たり医療費は448,683円。',
      en: "札幌's National Health Insurance, yearly averages: 258,092 households and 360,893 insured in FY2021, 255,530 and 352,850 in FY2022, 249,053 and 339,367 in FY2023 (155,677 of them aged 65–74); budgets for FY2024 and FY2025 assume 327,139 and 312,501. Medical costs were 448,683 yen per insured person in FY2023.",
    },
  },
];
