import type { Reference } from '../reference.ts';

/**
 * River and inland flooding: the 浸水想定区域 maps and what floods did to town halls, their generators
 * and their lines; and the city the river-city preset is modelled on (佐野市, 栃木県).
 */
export const FLOOD_REFERENCES: readonly Reference[] = [
  {
    id: 'ibaraki-np-flood-halls-2017',
    publisher: '茨城新聞',
    title: '新洪水浸水想定区域 12市町、庁舎水没も 防災拠点、対策急ぐ',
    date: '2017-12-07',
    address: 'http://ibarakinews.jp/news/newsdetail.php?f_jun=15125715752545',
    facts: {
      ja: '2015年の水防法改正で、従来の計画規模を大きく上回る「千年に一度程度」の想定最大規模降雨による洪水浸水想定区域が加わった。新しい区域図では茨城県44市町村のうち12市町の本庁舎が区域内にあり、利根川の想定最大規模(72時間491mm)で境町役場は約7m、五霞町役場は約3.6m浸水する。3mを超えるのは7市町。',
      en: 'The 2015 amendment of the Flood Control Act added flood maps for the maximum-assumed rainfall, "about once in a thousand years", far above the planned scale. On the new maps 12 of Ibaraki\'s 44 municipal halls lie inside the flood area; under the Tone River\'s maximum rainfall (491 mm in 72 h) 境町\'s hall would stand in about 7 m of water and 五霞町\'s in about 3.6 m; seven halls in more than 3 m.',
    },
  },
  {
    id: 'fdma-generator-flood-2015',
    publisher: '総務省消防庁 (建設コンサルタンツ協会の要約による)',
    title: '地方公共団体における災害対策機能の維持に係る非常用電源の確保に関する緊急調査',
    date: '2015-11-17',
    address: 'http://www.fdma.go.jp/neuter/topics/houdou/h27/11/271117_houdou_1.pdf',
    facts: {
      ja: '常総市の水害を受けた緊急調査。265市町村(15.2%)は災害対策本部の庁舎に非常用発電機がなく、発電機があり浸水想定区域にある市町村のうち199(38.9%)は発電機の浸水対策をしていなかった。',
      en: 'An emergency survey after the 常総 flood: 265 municipalities (15.2%) had no generator at the building of their disaster HQ, and of those with a generator and flood risk, 199 (38.9%) had not protected it from flooding.',
    },
  },
  {
    id: 'nhk-hiroshima-halls-2023',
    publisher: 'NHK 広島放送局',
    title: '広島県内の市町庁舎 想定最大規模の浸水・高潮で19市町が浸水のおそれ (2015年常総市の例を含む)',
    date: '2023-06-30',
    address: 'https://www3.nhk.or.jp/hiroshima-news/20230630/4000022812.html',
    facts: {
      ja: '2015年の関東・東北豪雨で常総市役所は浸水し、地上に置かれた非常用発電機が水没、電話やパソコンが使えず住民票のデータを持つサーバにもつながらなくなった。広島県では23市町のうち19の本庁舎が想定最大規模の洪水か高潮で浸水するおそれがあり、うち7は発電機がないか地上以下に置いていた。',
      en: 'In the 2015 Kanto–Tohoku floods 常総\'s city hall flooded: its generator, standing at ground level, went under water; phones and PCs stopped and the servers holding the resident registry could not be reached. In Hiroshima 19 of 23 municipal halls could flood under the maximum-assumed river flood or storm surge; 7 of them had no generator or one at or below ground.',
    },
  },
  {
    id: 'aera-joso-hall-2021',
    publisher: 'AERA dot. (朝日新聞出版)',
    title: '役所が水没する自治体 (常総市役所の浸水とその後の対策)',
    date: '2021',
    address: 'https://dot.asahi.com/articles/-/70317',
    facts: {
      ja: '2015年の常総市役所は庁舎内で約1m、駐車場で約1.1m浸水し、職員の車など約300台と公用車74台が水につかった。電気が戻るまで丸2日かかった。その後、重くて上階に移せない1階の非常用電源は前回の浸水深を超える壁で囲み、庁舎の周りに防水壁を設けた。',
      en: 'In 2015 常総\'s city hall stood in about 1 m of water inside and about 1.1 m in its car park; about 300 cars and 74 official vehicles were flooded, and power took two full days to return. Since then the ground-floor generator, too heavy to move upstairs, is walled above the 2015 depth and the hall has flood walls.',
    },
  },
  {
    id: 'mabi-branch-2018',
    publisher: 'TBS NEWS / 毎日新聞',
    title: '倉敷市真備支所の業務再開 (2018-08-04, 08-18 報道) と全面復旧 (2019-04-01 報道)',
    date: '2019-04-01',
    address: 'TBS NEWS 2018-08-04 and 2018-08-18; 毎日新聞 2019-04-01 (岡山版)',
    facts: {
      ja: '2018年7月の西日本豪雨で倉敷市真備支所(3階建て)は1階が水没し閉鎖。2階で一部の窓口(罹災証明、住民票)を再開したのが約1か月後の8月4日、窓口業務すべてを2階で再開したのが約40日後、全面復旧は約9か月後の2019年4月1日。',
      en: 'In the July 2018 western Japan floods the ground floor of 倉敷市\'s three-storey 真備 branch office went under water and it closed; some counters (disaster certificates, residence certificates) reopened on the first floor after about a month (4 August), all counters there after about 40 days, and the building was fully restored after about nine months (1 April 2019).',
    },
  },
  {
    id: 'jiji-marumori-2019',
    publisher: '時事通信',
    title: '丸森町役場、内水で孤立 (令和元年東日本台風)',
    date: '2019-11-12',
    address: 'https://sp.m.jiji.com/english/show/1205',
    facts: {
      ja: '2019年10月の台風19号で宮城県丸森町役場は庁舎内は浸水しなかったが、周囲を約1.2mの内水に囲まれ、約2日間ボートでしか近づけず、職員と住民約240人が孤立し固定電話も止まった。代替庁舎は決めていなかった。',
      en: 'In Typhoon Hagibis (October 2019) 丸森町\'s town hall stayed dry inside but was surrounded by about 1.2 m of inland water: for about two days it could be reached only by boat, about 240 staff and residents were cut off and landlines were down. No alternate office had been designated.',
    },
  },
  {
    id: 'sano-hazard-map-2020',
    publisher: '佐野市',
    title: '佐野市洪水・土砂災害ハザードマップ (令和元年東日本台風を踏まえた改定版)',
    date: '2020-06-30',
    address: 'https://www.city.sano.lg.jp/kurashi_gyosei/kurashi_tetsuzuki/bosai_bohan_anzen/4/6973.html',
    facts: {
      ja: '国管理の渡良瀬川・秋山川・旗川(国土交通省 渡良瀬川河川事務所)と県管理の秋山川・旗川・袋川(栃木県)の想定最大規模降雨による洪水浸水想定区域を、浸水深0.5m未満から5m以上10m未満までの4段階で示し、2019年の実際の浸水範囲(罹災証明の申請から作図)も載せる。45,089世帯に配布(毎日新聞 2020-07-01)。',
      en: 'Flood areas under the maximum-assumed rainfall of the national rivers 渡良瀬川, 秋山川 and 旗川 (MLIT 渡良瀬川河川事務所) and the prefectural 秋山川, 旗川 and 袋川 (栃木県), in four depth bands from under 0.5 m to 5–10 m, with the area actually flooded in 2019 (drawn from disaster-certificate applications). Delivered to 45,089 households (毎日新聞 2020-07-01).',
    },
  },
  {
    id: 'akiyama-breach-2019',
    publisher: '下野新聞 / 毎日新聞',
    title: '台風19号 秋山川の堤防決壊 (佐野市赤坂町)',
    date: '2019-10-13',
    address: 'https://www.shimotsuke.co.jp/articles/-/231956',
    facts: {
      ja: '2019年10月12日21時20分頃、秋山川の右岸堤防が佐野市赤坂町(東武佐野市駅の南西約500m)で約20mにわたり決壊し、市街地が浸水。源流部の2日間雨量は約480mm。市内で約700軒が床上、約500軒が床下浸水(初期集計、のち2,600世帯超)、201人が救助された。決壊口は13日夜に止水。',
      en: 'About 21:20 on 12 October 2019 the right-bank levee of the 秋山川 broke over about 20 m at 佐野市赤坂町, about 500 m south-west of 佐野市 station, flooding the town; about 480 mm of rain fell at the source in two days. Early counts gave about 700 homes flooded above floor level and about 500 below (later over 2,600 households); 201 people were rescued. The breach was closed on the night of the 13th.',
    },
  },
  {
    id: 'census-2020-sano',
    publisher: '総務省統計局 (towncheck.jp による集計表の表示)',
    title: '令和2年国勢調査 人口等基本集計 (栃木県佐野市)',
    date: '2021-11-30',
    address: 'https://towncheck.jp/areas/09204/detail',
    facts: {
      ja: '佐野市の2020年10月1日の人口は114,803人、世帯48,009。0〜14歳13,011人(11.3%)、65歳以上35,621人(31.0%)。原典は e-Stat の国勢調査。',
      en: '佐野市 had 114,803 residents in 48,009 households on 1 October 2020; 13,011 (11.3%) aged 0–14 and 35,621 (31.0%) aged 65 or over. The original tables are the census on e-Stat.',
    },
  },
  {
    id: 'hokkaido-np-sapporo-flood-2018',
    publisher: '北海道新聞',
    title: '札幌市、水害への備え強化 ハザードマップ改定へ 想定降水量引き上げで',
    date: '2018-07',
    address: 'https://www.hokkaido-np.co.jp/article/207645',
    facts: {
      ja: '当時の札幌市洪水ハザードマップでは、3日間310mmの雨で豊平川の幌平橋付近の堤防が決壊すると、水は短時間でススキノ地区やJR札幌駅周辺まで達し、市中心部と北区・西区・東区などの広い範囲が0.5m未満浸水する。市は想定降水量を引き上げたマップに改定する。',
      en: 'On Sapporo\'s flood map of the time, 310 mm of rain in three days breaking the 豊平川 levee near 幌平橋 sends water quickly to Susukino and around JR Sapporo station, flooding the city centre and wide parts of the Kita, Nishi and Higashi wards under 0.5 m. The city was revising the map for larger rainfall.',
    },
  },
  {
    id: 'sapporo-hazard-map-2022',
    publisher: '札幌市',
    title: '札幌市浸水ハザードマップ',
    date: '2022-03-18',
    address: 'https://www.city.sapporo.jp/kikikanri/higoro/fuusui/ssh_map.html',
    facts: {
      ja: '想定最大規模の降雨による洪水(豊平川は72時間406〜431mm)と内水氾濫(1時間125mm)の浸水想定区域を、浸水深で色分けして一つの地図に示す。高潮の浸水想定区域は札幌市内に指定されていない。',
      en: 'One map of the areas flooded by the maximum-assumed river floods (豊平川: 406–431 mm in 72 h) and by inland flooding (125 mm in an hour), coloured by depth. No storm-surge area is designated in Sapporo.',
    },
  },
  {
    id: 'shintotsukawa-hazard-map-2018',
    publisher: '新十津川町',
    title: '防災ガイドマップ (洪水ハザードマップ含む)',
    date: '2018-02',
    address: 'https://www.town.shintotsukawa.lg.jp/hotnews/detail/00002916.html',
    facts: {
      ja: '北海道開発局などの計算による石狩川の浸水想定: 想定最大規模(1,000年に1回)は3日間358mm、計画規模(150年に1回)は3日間260mm。徳富川は1,000年に1回で2日間462mm、100年に1回で240mm。',
      en: 'The 石狩川 flood maps computed by the Hokkaido Regional Development Bureau: the maximum-assumed rainfall (once in 1,000 years) is 358 mm in three days, the planned scale (once in 150 years) 260 mm; for the 徳富川, 462 mm in two days once in 1,000 years and 240 mm once in 100.',
    },
  },
  {
    id: 'kamikawa-survey-monument-asahikawa',
    publisher: '上川調査設計協会',
    title: '測量モニュメント100 (旭川市内の測量モニュメント)',
    date: '2023-09-01',
    address: 'https://kamikawachousasekkeikyoukai.com/monument100/',
    facts: {
      ja: '旭川市役所(旭川市6条通9丁目)の測量モニュメント横の金属標の実測値: 北緯43度46分17.29秒、東経142度21分53.72秒、標高111.954 m(2023-09-01建立)。',
      en: 'Measured at the metal survey mark beside the monument at Asahikawa city hall (6-jō-dōri 9-chōme): 43°46′17.29″N, 142°21′53.72″E, 111.954 m above sea level (monument set up 2023-09-01).',
    },
  },
];
