import type { Reference } from '../reference.ts';

/** Earthquake and volcano hazard, damage by intensity, network separation and vendor capacity. */
export const HAZARD_REFERENCES: readonly Reference[] = [
  {
    id: 'jshis-2018',
    publisher: '地震調査研究推進本部 地震調査委員会 (日刊建設工業新聞による各市役所の値の一覧)',
    title: '全国地震動予測地図 2018年版',
    date: '2018-06',
    address: 'https://nikkankensetsukogyo2.blogspot.com/2018/06/blog-post_27.html',
    facts: {
      ja: '今後30年間に震度6弱以上の揺れに見舞われる確率(2018-01-01基準、市役所・都庁の位置): 札幌市1.6%、函館市1.5%、旭川市0.55%、東京都庁48%。森町の値は公表されていない。地図本体は J-SHIS (https://www.j-shis.bosai.go.jp/) で見られる。',
      en: 'Probability of JMA intensity 6-lower or more within 30 years (reference date 2018-01-01, at the city halls): 札幌 1.6%, 函館 1.5%, 旭川 0.55%, Tokyo Metropolitan Government 48%. No value is published for 森町. The maps themselves are on J-SHIS (https://www.j-shis.bosai.go.jp/).',
    },
  },
  {
    id: 'jma-intensity-1996',
    publisher: '文部科学省',
    title: '気象庁震度階級の改定について (平成8年)',
    date: '1996-02-15',
    address: 'https://www.mext.go.jp/b_menu/hakusho/nc/k19960215001/k19960215001.html',
    facts: {
      ja: '1996年の気象庁震度階級: 計測震度4.5以上5.0未満を震度5弱とし、5と6をそれぞれ弱・強に分けた10階級。',
      en: 'The JMA intensity scale of 1996: instrumental intensity 4.5 to under 5.0 is 5-lower; 5 and 6 are each split into lower and upper, ten classes in all.',
    },
  },
  {
    id: 'komagatake-police',
    publisher: '北海道警察 森警察署',
    title: '北海道駒ヶ岳',
    date: 'n.d.',
    address: 'https://www.police.pref.hokkaido.lg.jp/00ps/mori-syo/kakuka/06_keibi/602_komagatake/602_komagatake.html',
    facts: {
      ja: '北海道駒ヶ岳(森町・鹿部町・七飯町)は江戸時代以降約20回噴火し、火砕流を伴う大規模な軽石噴火は1640、1694、1856、1929年。1640年には山体崩壊による津波で700人以上が亡くなり、森町に1m以上の軽石が積もった。',
      en: 'Hokkaido Komagatake (森町, 鹿部町, 七飯町) has erupted about 20 times since the Edo period; large pumice eruptions with pyroclastic flows in 1640, 1694, 1856 and 1929. In 1640 a collapse-driven tsunami killed more than 700 people and pumice lay over a metre deep in 森町.',
    },
  },
  {
    id: 'komagatake-2000',
    publisher: '鹿部町',
    title: '北海道駒ヶ岳の噴火について (2000年)',
    date: '2000',
    address: 'http://www.town.shikabe.lg.jp/hotnews/detail/00001304.html',
    facts: {
      ja: '2000年9〜11月に小規模な水蒸気噴火が続き(10-28は噴煙1,200m)、鹿部町は災害対策本部を設置したが町を閉鎖しなかった。1996年と1998年にも小噴火。',
      en: 'Small phreatic eruptions in September–November 2000 (a 1,200 m plume on 28 October); 鹿部町 set up a disaster HQ without closing the town. Small eruptions also in 1996 and 1998.',
    },
  },
  {
    id: 'nied-damage-intensity',
    publisher: '防災科学技術研究所',
    title: '地震被害想定の手法 (震度と建物被害)',
    date: 'n.d.',
    address: 'https://dil.bosai.go.jp/workshop/03kouza_yosoku/14soutei_fig14_02.html',
    facts: {
      ja: '建物の全壊は震度5強から生じ始め、損壊率は震度6弱で5〜10%、6強〜7で約30%に達する。サーバー室や機器の被害関数は公表されていない。',
      en: 'Buildings begin to collapse from intensity 5-upper; the damage rate is 5–10% at 6-lower and about 30% at 6-upper to 7. No damage functions for server rooms or equipment are published.',
    },
  },
  {
    id: 'soumu-three-layer-2015',
    publisher: '総務省 自治体情報セキュリティ対策検討チーム (NTT東日本による解説)',
    title: '自治体情報セキュリティ対策検討チーム 報告 (三層の対策)',
    date: '2015-11-24',
    address: 'https://business.ntt-east.co.jp/content/cloudsolution/municipality/column-19.html',
    facts: {
      ja: '自治体のネットワークをマイナンバー利用事務系、LGWAN接続系、インターネット接続系の三層に分離し、LGWAN系とインターネット系の間は無害化したファイルの受け渡しのみとする。',
      en: 'Municipal networks are split into three segments — My Number work, LGWAN and internet — and only sanitised (無害化) files pass between the LGWAN and internet segments.',
    },
  },
  {
    id: 'vendor-withdrawal-toyokeizai',
    publisher: '東洋経済オンライン (dmenu ニュース転載)',
    title: '自治体システム標準化 地場ベンダーの撤退 (報道)',
    date: 'n.d.',
    address: 'https://topics.smt.docomo.ne.jp/article/toyokeizai/business/toyokeizai-744193',
    facts: {
      ja: '標準化移行で、対応する体制のない地場ベンダーが撤退している。北海道のある市は中堅ベンダーから移行は無理だと告げられ、一部業務の期限内移行を断念した。',
      en: 'Local vendors without the capacity are withdrawing from the standardisation migration; one Hokkaido city was told by its mid-size vendor that it could not do the migration and gave up meeting the deadline for some work.',
    },
  },
  {
    id: 'digital-agency-late-systems-2025',
    publisher: 'デジタル庁 (まなぼう・ASCII.jp による紹介)',
    title: '特定移行支援システムの該当見込み(概要)(令和7年7月末時点)',
    date: '2025-09-30',
    address: 'https://ascii.jp/elem/000/004/352/4352538/2',
    facts: {
      ja: '2025年7月末時点で標準化対象34,592システムのうち3,770(10.9%)、1,788団体のうち643団体(36.0%)が期限後の移行を認められる特定移行支援システム。理由の大半(3,345)は事業者のリソース不足。',
      en: 'At the end of July 2025, 3,770 of 34,592 standardisation-target systems (10.9%) at 643 of 1,788 bodies (36.0%) may migrate after the deadline; most (3,345) because the vendor lacks the staff.',
    },
  },
  {
    id: 'sugito-quake-footing',
    publisher: '杉戸町',
    title: '配備体制と出動体制',
    date: 'n.d.',
    address: 'http://www.town.sugito.lg.jp/cms/page2355.html',
    facts: {
      ja: '地震のときの町の配備: 震度4以上で待機体制、震度5弱以上で被害が予想されるときに警戒体制、震度6弱以上で相当規模の災害が予想されるとき非常体制(災害対策本部を設置し初動活動)。',
      en: 'The town\'s staffing for earthquakes: standby from intensity 4, an alert footing from 5-lower when damage is expected, and from 6-lower the emergency footing, with the disaster headquarters set up.',
    },
  },
  {
    id: 'niihama-quake-footing',
    publisher: '新居浜市',
    title: '地震時の配備基準',
    date: 'n.d.',
    address: 'https://www.city.niihama.lg.jp/soshiki/bousai/4052.html',
    facts: {
      ja: '市域で震度4のとき特別警戒体制(災害警戒本部・第1配備)、震度5弱以上で非常体制(災害対策本部・第2配備)、震度6弱以上で特別非常体制(災害対策本部・第3配備)。',
      en: 'Intensity 4 in the city: special alert footing (disaster alert office, first staffing level); 5-lower or more: emergency footing (disaster headquarters, second level); 6-lower or more: special emergency footing (disaster headquarters, third and highest level).',
    },
  },
  {
    id: 'niid-influenza-2018-19',
    publisher: 'oioi1234567 (gooブログ) — 国立感染症研究所 病原微生物検出情報 (IASR) の記事を引用',
    title: 'インフルエンザ 国立感染症研究所の記事より',
    date: '2020-05-06',
    address: 'https://blog.goo.ne.jp/oioi1234567/d/20200506',
    facts: {
      ja: '2018/19シーズン(2018年第36週〜2019年第17週)に全国の医療機関を受診したインフルエンザ患者は推計約1,200万人。このシーズンから推計方法が改良され、従来の推計値のおおよそ0.66倍になる。定点当たり報告数のピーク(57.09人)は1999年以降で最高。',
      en: 'In the 2018/19 season (week 36 of 2018 to week 17 of 2019) about 12 million people saw a doctor for influenza, by the national estimate. From that season the estimate uses an improved method that gives about 0.66 times the former figures. The weekly peak per sentinel clinic (57.09) was the highest since 1999.',
    },
  },
  {
    id: 'mhlw-influenza-2017-18',
    publisher: 'wic-net.com — 厚生労働省「インフルエンザの発生状況」2018-03-26 発表を要約',
    title: '[インフル] 定点当たり患者数は8.65、前週より減少 インフル第11週',
    date: '2018-03-26',
    address: 'http://wic-net.com/report/3231/4.html',
    facts: {
      ja: '厚生労働省の発表では、2017年第36週以降2018年第11週までの累積の推計受診者数は約2,154万人(改良前の推計方法による)。',
      en: 'Per the health ministry, about 21.54 million people had seen a doctor for influenza from week 36 of 2017 to week 11 of 2018 (estimated by the former method).',
    },
  },
];
