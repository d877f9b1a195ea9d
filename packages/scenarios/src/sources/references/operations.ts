import type { Reference } from '../reference.ts';

/**
 * Operations: application and package failures (legal-update releases, wrong issuance by software),
 * planned maintenance and server renewal, and misconfiguration exposures at municipalities. A title in
 * square brackets describes the document where its published title was not read.
 */
export const OPERATIONS_REFERENCES: readonly Reference[] = [
  {
    id: 'nikkei-xtech-2024-tax-cut-errors',
    publisher: '日経クロステック (日経BP)',
    title: '[記事の内容による表題] 定額減税への対応で相次いだ自治体システムの誤り',
    date: '2024-07',
    address: 'https://xtech.nikkei.com/atcl/nxt/column/18/01157/071800115/',
    facts: {
      ja: '2024年6月の定額減税(森林環境税を含む)への対応で、6月末までに15以上の市区町村が住民税額や通知書の記載の誤りを公表した。原因は、複数の団体が使うパッケージの不具合と、団体独自のカスタマイズの不具合の二通りで、テスト期間の不足を挙げる団体があった。',
      en: 'With the 2024 flat-rate tax cut (live June 2024, with the forest-environment tax), 15 or more municipalities had announced wrong tax amounts or wrong text on notices by the end of June. The causes were of two kinds — a defect in a package shared by several users, or one in a town\'s own customisation — and towns cited too little time for testing.',
    },
  },
  {
    id: 'nikkei-xtech-2024-package-wrong-notices',
    publisher: '日経クロステック (日経BP)',
    title: '[記事の内容による表題] 同じ税務パッケージを使う3政令市での定額減税通知の誤り',
    date: '2024-06',
    address: 'https://xtech.nikkei.com/atcl/nxt/column/18/00001/09451/',
    facts: {
      ja: '同じベンダーの税務パッケージを使う3つの政令指定都市で、定額減税を反映した通知書に誤りが出た。堺市で約2,200件、川崎市で9,927件、さいたま市で4,343件。堺市は発送の2日後に住民からの問い合わせで気づき、他の2市は堺市の公表で気づいた。',
      en: 'Three designated cities on the same vendor\'s tax package sent wrong notices after the 2024 flat-rate tax cut: about 2,200 at Sakai, 9,927 at Kawasaki and 4,343 at Saitama. Sakai learned of it from residents two days after mailing; the other two from Sakai\'s announcement.',
    },
  },
  {
    id: 'nikkei-xtech-2023-convenience-store-issuance',
    publisher: '日経クロステック (日経BP)',
    title: '[記事の内容による表題] コンビニ交付での別人の証明書の交付(横浜市ほか)',
    date: '2023-05',
    address: 'https://xtech.nikkei.com/atcl/nxt/news/18/15133/',
    facts: {
      ja: '2023年3月以降、富士通Japanのコンビニ交付システムで別人の証明書が交付された。横浜市では10通・18人分(住民票の写し6通、記載事項証明書2通、印鑑登録証明書2通)で、うち1通にはマイナンバーが記載されていた。このシステムは200近い団体が使っており、デジタル庁は2023年5月8日にサービスの停止と総点検を求めた。',
      en: 'From March 2023, Fujitsu Japan\'s convenience-store certificate system issued certificates of the wrong person. At Yokohama there were 10 certificates covering 18 persons (6 residence, 2 registry-entry, 2 seal certificates), one bearing a My Number. Close to 200 municipalities used the system; the Digital Agency asked on 2023-05-08 for the service to be stopped and everything retested.',
    },
  },
  {
    id: 'adachi-2023-wrong-issuance',
    publisher: '足立区',
    title: '[お知らせの内容による表題] コンビニ交付での証明書の誤交付',
    date: '2023-05-01',
    address: 'https://www.city.adachi.tokyo.jp/koseki/20230501roei.html',
    facts: {
      ja: '足立区でもコンビニ交付で別人の証明書が交付された(2件・4人分、2023年4月28日に確認)。原因は横浜市と同じベンダーのシステムの不具合。',
      en: 'Adachi ward also issued certificates of the wrong person at convenience stores (2 cases, 4 persons, confirmed 2023-04-28), from a defect in the same vendor\'s system as at Yokohama.',
    },
  },
  {
    id: 'itmedia-2024-takamatsu-issuance',
    publisher: 'ITmedia NEWS',
    title: '富士通Japan、“コンビニ交付”でまたまた誤交付 同社は謝罪',
    date: '2024-04-16',
    address: 'https://www.itmedia.co.jp/news/articles/2404/16/news171.html',
    facts: {
      ja: '高松市で2024年4月4日、コンビニ交付で申請者と別人の住民票が交付された。複数サーバ構成の高松市に単一サーバ構成用のプログラムを適用した設定の誤りが原因。このベンダーのシステムでは2023年にも誤交付が相次ぎ、5月末から6月初めにかけてサービスを止めて一斉点検した。',
      en: 'At Takamatsu on 2024-04-04 a convenience-store terminal issued another person\'s residence certificate. The cause was a configuration error: the program for a single-server set-up had been applied to the city\'s multi-server set-up. The same vendor\'s system had several wrong issuances in 2023 and was stopped from late May to early June 2023 for a full check.',
    },
  },
  {
    id: 'ntv-2024-takamatsu-guidance',
    publisher: '日本テレビ',
    title: 'コンビニで別人の住民票交付 総務省が富士通に行政指導',
    date: '2024-04-16',
    address: 'https://news.ntv.co.jp/category/politics/f8686edd83bd42d791d479be59ead40a',
    facts: {
      ja: '高松市の誤交付(2024年4月4日)を受けて、総務省は富士通に行政指導を行った。同じコンビニ交付システムでは2023年に15件の誤交付が起きていた。',
      en: 'After the Takamatsu wrong issuance (2024-04-04) the Ministry of Internal Affairs gave Fujitsu administrative guidance; the same convenience-store system had issued 15 wrong certificates in 2023.',
    },
  },
  {
    id: 'nagano-2021-server-lease',
    publisher: '長野県 (官公需情報ポータルサイト掲載)',
    title: '入札公告「長野県ホームぺージ管理システム用サーバ等の賃貸借」(発注番号 68060)',
    date: '2021-12-23',
    address: 'https://kkj.go.jp/d/?D=bmFnYW5vL25hZ2Fub19wcmVmLzIwMjEvMjAyMTEyMjNfMDE1MTAK&L=ja',
    facts: {
      ja: '自治体のサーバ機器の賃貸借(リース)の一例。履行期間は2022年7月1日から2027年6月30日までの5年間。',
      en: 'An example of a municipal server lease: the term runs five years, from 2022-07-01 to 2027-06-30.',
    },
  },
  {
    id: 'electrical-annual-inspection',
    publisher: 'banba-denkikanri.com (電気管理技術者による解説)',
    title: '[記事の内容による表題] 高圧受電設備の年次点検(停電点検)',
    date: '2023-07-07',
    address: 'https://banba-denkikanri.com/electricity2/20230707020101/',
    facts: {
      ja: '高圧で受電する事業所やビルでは、電気事業法の保安規程に基づき原則として毎年1回以上、構内を停電させて点検する。その間は構内の電気がすべて使えない。条件を満たせば3年に1回とする保安規程もある。',
      en: 'Premises on a high-voltage supply are inspected with the power off, as a rule at least once a year under their safety rules (保安規程) of the Electricity Business Act; nothing on site has power meanwhile. Some safety rules allow once in three years when conditions are met.',
    },
  },
  {
    id: 'digital-agency-gcas-aws-overview',
    publisher: 'デジタル庁',
    title: 'GCASガイド「ガバメントクラウド利用概要(AWS編)」',
    date: '2023-09-22',
    address: 'https://guide.gcas.cloud.go.jp/general/aws-overview',
    facts: {
      ja: 'ガバメントクラウド(AWS)の利用者アカウントはデジタル庁のControl Towerで管理され、インフラのCI/CDにはガバメントクラウドが指定するツールとテンプレート(IaC)を使う。設定はデジタル庁のひな形と統制のもとに置かれる。',
      en: 'Government-cloud (AWS) accounts are managed under the Digital Agency\'s Control Tower, and infrastructure CI/CD uses the tools and templates (IaC) the government cloud prescribes: configuration sits under the agency\'s templates and controls.',
    },
  },
  {
    id: 'matsubara-2014-inquiry-exposure',
    publisher: '松原市',
    title: '[お知らせの内容による表題] 市ホームページ「お問い合わせ」の個人情報が閲覧可能だった件',
    date: '2014-05',
    address: 'https://megalodon.jp/ref/2014-0523-1030-06/www.city.matsubara.osaka.jp/news/index.cfm/detail.1.48866.html',
    facts: {
      ja: '2014年1月のホームページシステム更新で契約業者のアクセス制限の設定が不完全だったため、1,426件の問い合わせの個人情報が2014年1月15日から5月13日の判明まで(約4か月)URLで閲覧できた。公表時点で悪用の報告はない。',
      en: 'After a website-system update in January 2014 the contractor\'s access restriction was incomplete: 1,426 residents\' inquiry submissions could be viewed by URL from 2014-01-15 until found on 2014-05-13, about four months; no misuse had been reported when the city announced it.',
    },
  },
  {
    id: 'aizuwakamatsu-2024-form-exposure',
    publisher: '会津若松市 (お知らせ、blog.b-son.net に転載)',
    title: '[お知らせの内容による表題] イベント申込者の個人情報の不適切な取扱い',
    date: '2024-04',
    address: 'https://blog.b-son.net/2024/04/sec2024-148-Aizuwakamatsu-City-Inappropriate-handling-of-personal-information-of-event-applicants.html',
    facts: {
      ja: '市職員がオンライン申込フォームの共有設定を誤り、申込者8人の個人情報が2024年2月28日から3月7日まで(約1週間)ほかの申込者から見える状態だった。',
      en: 'A city employee set an online application form to be shared by mistake: 8 applicants\' personal data was visible to other applicants from 2024-02-28 to 03-07, about a week.',
    },
  },
  {
    id: 'isehara-2024-file-exposure',
    publisher: '伊勢原市 (お知らせ、vlcank.com の要約)',
    title: '個人情報の漏えいに該当する事故の発生について',
    date: '2024-09',
    address: 'https://vlcank.com/?p=4376',
    facts: {
      ja: '市ホームページに掲載したファイルに、削除したはずの児童の氏名・学校・アレルギー・家庭状況などが残り、2023年10月31日から2024年9月19日まで(約1年)閲覧できた。市民の指摘で判明し、個人情報保護委員会に報告した。公表時点で二次被害の報告はない。',
      en: 'A file on the city website still held supposedly deleted data on children (names, schools, allergies, family circumstances), viewable from 2023-10-31 to 2024-09-19, about a year; found when a resident pointed it out, and reported to the PPC; no secondary harm had been reported.',
    },
  },
  {
    id: 'sanin-chuo-2025-izumo-exposure',
    publisher: '山陰中央新報',
    title: '[記事の内容による表題] 出雲市ホームページで助成金申請者の個人情報が閲覧可能だった件',
    date: '2025-12',
    address: 'https://www.sanin-chuo.co.jp/articles/-/922107',
    facts: {
      ja: '出雲市のホームページで、母子保健の助成金申請者2,084人の氏名・住所・助成額が2021年6月8日から2025年12月19日まで(約4年半)一定の操作で閲覧できた。申請者からの問い合わせで判明した。公表時点で不正利用の報告はない。',
      en: 'On Izumo city\'s website the names, addresses and grant amounts of 2,084 maternal-health grant applicants could be viewed with some effort from 2021-06-08 to 2025-12-19, about four and a half years; found through an applicant\'s enquiry; no misuse had been reported.',
    },
  },
];
