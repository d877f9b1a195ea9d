import type { Reference } from '../reference.ts';

/** Ground-motion scatter, site amplification, station elevations and tsunami onset for the natural hazards. */
export const NATURE_REFERENCES: readonly Reference[] = [
  {
    id: 'nied-hazard-maps-2009',
    publisher: '防災科学技術研究所 (GEM Foundation OpenQuake の実装 si_midorikawa_1999.py による)',
    title: 'Technical Reports on National Seismic Hazard Maps for Japan (Si & Midorikawa 1999 の距離減衰式とばらつき)',
    date: '2009',
    address: 'https://github.com/gem/oq-engine/blob/043bf99a1b7ab41ec4318a9d1e44cc12f13eebf4/openquake/hazardlib/gsim/si_midorikawa_1999.py',
    facts: {
      ja: '全国地震動予測地図の技術報告書が用いる司・翠川(1999)の最大速度(PGV)の距離減衰式: 常用対数の標準偏差は地殻内地震で断層最短距離20 km以内0.23、30 km以遠0.20(その間は補間)、プレート間・プレート内地震ではPGV 25 cm/s以下で0.20、50 cm/s以上で0.15。基準地盤(Vs 600 m/s)から工学的基盤(Vs 400 m/s)へのPGVの増幅率は1.41。マグニチュードは8.3で頭打ち。',
      en: 'The Si & Midorikawa (1999) peak-ground-velocity law as the national seismic hazard maps\' technical report uses it: the standard deviation of log10 PGV is 0.23 for crustal quakes within 20 km of the rupture and 0.20 beyond 30 km (interpolated between), and 0.20 for plate quakes at PGV up to 25 cm/s falling to 0.15 above 50 cm/s. PGV is scaled from the Vs 600 m/s base of the law to the Vs 400 m/s engineering bedrock by 1.41. Magnitude is capped at 8.3.',
    },
  },
  {
    id: 'jma-amedas-stations',
    publisher: '気象庁 (GitHub y-ookuma/amedas に写された ame_master.csv による)',
    title: '地域気象観測所一覧 (アメダス観測所の所在地と海面上の高さ)',
    date: '2024-03',
    address: 'https://github.com/y-ookuma/amedas/blob/08257a27739213b39b200ce681d979759ef62aee/ame_master.csv',
    facts: {
      ja: '観測所の海面上の高さ: 札幌(札幌市中央区北2条西、札幌管区気象台)17 m、石狩(石狩市生振)5 m、北斗(北斗市本町)25 m、函館(函館市美原)35 m、旭川(旭川地方気象台)120 m、宇都宮(宇都宮市明保野町、宇都宮地方気象台)119 m、前橋(前橋市昭和町、前橋地方気象台)112 m、佐野(佐野市田沼町)68 m。2024年3月に写された一覧。',
      en: 'Station heights above sea level: 札幌 (Chūō-ku Kita 2-jō Nishi, the Sapporo District Meteorological Observatory) 17 m, 石狩 (生振, Ishikari) 5 m, 北斗 (本町, Hokuto) 25 m, 函館 (美原) 35 m, 旭川 (the Asahikawa observatory) 120 m, 宇都宮 (明保野町, the Utsunomiya observatory) 119 m, 前橋 (昭和町, the Maebashi observatory) 112 m, 佐野 (田沼町, Sano) 68 m. The list as copied in March 2024.',
    },
  },
  {
    id: 'jma-akita-tsunami-qa',
    publisher: '気象庁 秋田地方気象台',
    title: 'Q&A 津波の起こる地震と起こらない地震は何が違うのですか?',
    date: 'n.d.',
    address: 'https://www.jma-net.go.jp/akita/Q&A/qandanew_tunami.htm',
    facts: {
      ja: '海底の浅い所の大きな地震で津波が起きる。震源が約80 kmより深い地震や陸の下の地震では起きない。経験的に、M6.5以上で津波が発生し、M7.5以上で大きな被害をもたらす大津波が生じる。',
      en: 'Tsunamis come from large shallow quakes under the sea, not from quakes deeper than about 80 km or under land. From experience, tsunamis arise from about M6.5, and quakes of M7.5 or more raise large, destructive tsunamis.',
    },
  },
  {
    id: 'herp-kuril-2017',
    publisher: '地震調査研究推進本部 地震調査委員会 (しんぶん赤旗の報道、日本共産党嶺南地区委員会の転載による)',
    title: '千島海溝沿いの地震活動の長期評価(第三版)',
    date: '2017-12-19',
    address: 'http://jcpre.com/?p=14960',
    facts: {
      ja: '十勝沖から択捉島沖に至る千島海溝沿いの海溝型地震(プレート境界の地震)の評価。M8.8以上の超巨大地震の30年以内の発生確率は7〜40%。3分割した領域では十勝沖M8.0〜8.6程度が7%、根室沖M7.8〜8.5程度が70%程度、色丹島・択捉島沖M7.7〜8.5前後が60%程度。17世紀の超巨大地震は十勝・根室沖のプレート境界が大きく滑って起き、平均間隔は340〜380年と推定。',
      en: 'The evaluation of the trench-type quakes on the plate boundary along the Kuril Trench, from off 十勝 to off 択捉島: a 30-year probability of 7–40% for a giant quake of M8.8 or more; in three sections, M8.0–8.6 off 十勝 7%, M7.8–8.5 off 根室 about 70%, M7.7–8.5 off 色丹島 and 択捉島 about 60%. The 17th-century giant quake was a large slip of the plate boundary off 十勝 and 根室; such quakes recur every 340–380 years on average.',
    },
  },
  {
    id: 'worldbosai-kanto-blackout-2022',
    publisher: '世界防災フォーラム',
    title: '首都圏の大規模停電は必ず起きると心得よ|福島県沖地震',
    date: '2022-03-20',
    address: 'https://worldbosaiforum.com/news/detail---id-74.html',
    facts: {
      ja: '2022年3月16日23時36分頃の福島県沖の地震(最大震度6強)で、停電は東京電力管内で最大約209万戸、東北電力管内で15万戸近くに達し、約3時間後に復電した。東京23区など首都圏の揺れは震度4だった。',
      en: 'After the 福島県沖 quake of 23:36 on 16 March 2022 (at most intensity 6-upper), up to about 2.09 million customers lost power in TEPCO\'s area and nearly 150,000 in Tohoku Electric\'s; power came back about 3 hours later. Central Tokyo shook at intensity 4.',
    },
  },
  {
    id: 'herp-mashike-numata-2003',
    publisher: '地震調査研究推進本部 地震調査委員会',
    title: '増毛山地東縁断層帯・沼田−砂川付近の断層帯の長期評価について',
    date: '2003-07-14',
    address: 'https://www.jishin.go.jp/main/chousa/03jul_mashike/index.htm',
    facts: {
      ja: '陸域の活断層として評価。増毛山地東縁断層帯は増毛山地の東縁、雨竜郡沼田町から樺戸郡月形町に至る長さ約60 kmの逆断層帯。沼田−砂川付近の断層帯は石狩平野北部の東縁、沼田町から砂川市に至る長さ約38 kmの逆断層帯。',
      en: 'Evaluated as land (陸域) active faults: the 増毛山地東縁 fault zone runs about 60 km along the eastern edge of the 増毛 mountains, from 沼田町 (雨竜郡) to 月形町 (樺戸郡), a reverse fault; the 沼田−砂川 fault zone runs about 38 km along the eastern edge of the northern 石狩 plain, from 沼田町 to 砂川市, a reverse fault.',
    },
  },
  {
    id: 'herp-furano-2005',
    publisher: '地震調査研究推進本部 地震調査委員会',
    title: '富良野断層帯の長期評価について',
    date: '2005-04-13',
    address: 'https://www.jishin.go.jp/main/chousa/05apr_furano/index.htm',
    facts: {
      ja: '陸域の活断層として評価。富良野断層帯は富良野盆地の西縁(芦別山地との境界付近、上富良野町から中富良野町など)の西部と、東縁の丘陵との境界付近の東部からなる。',
      en: 'Evaluated as a land (陸域) active fault: the 富良野 fault zone lies along the western edge of the 富良野 basin (by the 芦別 mountains, from 上富良野町 through 中富良野町) and along its eastern edge by the hills.',
    },
  },
  {
    id: 'herp-kanto-northwest-2005',
    publisher: '地震調査研究推進本部 地震調査委員会',
    title: '関東平野北西縁断層帯の長期評価について',
    date: '2005-03-09',
    address: 'https://www.jishin.go.jp/main/chousa/05mar_kanto/index.htm',
    facts: {
      ja: '陸域の活断層として評価。関東平野北西縁断層帯は関東平野北西部と関東山地との境界付近から大宮台地北部にかけて分布する。',
      en: 'Evaluated as a land (陸域) active fault: the 関東平野北西縁 fault zone runs from the border between the north-western Kanto plain and the Kanto mountains to the northern 大宮 upland.',
    },
  },
  {
    id: 'nikkei-xtech-floor-height-2009',
    publisher: '日経クロステック (大成建設 IT施設計画室 諏訪浩一)',
    title: '階高',
    date: '2009-02-04',
    address: 'https://xtech.nikkei.com/it/article/Keyword/20090204/324190/',
    facts: {
      ja: '階高は床上面から上の階の床上面までの高さ。オフィスの階高は4 m程度だが、データセンターはフリーアクセス床とラック上の排熱空間のため4.4〜6 mの階高を要する。',
      en: 'A storey height is measured from one floor\'s top to the next. An office storey is about 4 m; a data centre needs 4.4–6 m, for its raised floor and the space above the racks for exhaust heat.',
    },
  },
];
