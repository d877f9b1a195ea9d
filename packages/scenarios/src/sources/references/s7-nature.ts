import type { Reference } from '../reference.ts';

/**
 * Natural hazards, round s7: houses wrecked by the 2019 Chiba typhoon, the share of a grid's customers a
 * strong quake blacked out (Hokkaido 2018, Kanto 2011 and 2022), how long the water stood after the levee
 * breaches at 常総 (2015) and 真備 (2018), where older halls keep their generators, and how long
 * central 札幌's generators could run.
 */
export const S7_NATURE_REFERENCES: readonly Reference[] = [
  {
    id: 'nhk-chiba-houses-2019-10-09',
    publisher: 'NHK',
    title: '台風15号から1か月 千葉県内の住宅被害3万5000棟超',
    date: '2019-10-09',
    address: 'http://www3.nhk.or.jp/news/html/20191009/k10012119431000.html',
    facts: {
      ja: '千葉県のまとめ（2019年10月9日15時）で、台風15号による住宅被害は県内全54市町村の35,632棟：全壊198棟、半壊1,958棟、一部損壊33,377棟、床上浸水36棟、床下浸水63棟。調査は続いており、数はさらに増える見込み。',
      en: 'Chiba prefecture\'s count at 15:00 on 9 October 2019: Typhoon No. 15 damaged 35,632 houses in all 54 municipalities — 198 destroyed, 1,958 half-destroyed, 33,377 partly damaged, 36 flooded above and 63 below floor level. Surveys were still going on and the count was expected to rise.',
    },
  },
  {
    id: 'himasobi-tepco-blackouts-2022',
    publisher: 'himasobi.net（報道の転載）',
    title: '東電管内、200万~300万戸停電の恐れ 節電不十分なら',
    date: '2022-03-22',
    address: 'http://himasobi.net/antenna/1887219',
    facts: {
      ja: '2022年3月16日夜の福島県沖地震では関東9都県で一時210万戸が停電した。東京電力管内で一時に停電した戸数として、それより多かったのは2011年の東日本大震災の405万戸である（需給ひっ迫で22日夜に200万〜300万戸の停電のおそれとの東京電力パワーグリッドの発表を伝える記事）。',
      en: 'On the night of the 福島県沖 quake of 16 March 2022 about 2.1 million households in nine Kanto prefectures lost power at once; the only larger simultaneous outage in TEPCO\'s area was the 4.05 million of the 2011 great earthquake (an article on TEPCO Power Grid\'s warning of 2–3 million households at risk on the night of the 22nd).',
    },
  },
  {
    id: 'tepco-pg-company-role',
    publisher: '東京電力パワーグリッド株式会社',
    title: '東京電力パワーグリッドの社会における役割',
    date: 'n.d.',
    address: 'https://www4.tepco.co.jp/pg/company/summary/summary.html',
    facts: {
      ja: '東京電力パワーグリッドは日本の電力供給量の約3分の1を担う。2020年度までに東京電力グループのエリア全てに約2,900万台のスマートメーターを導入する。2014年度の停電は1軒あたり年0.07回、年4分。',
      en: 'TEPCO Power Grid carries about a third of Japan\'s electricity supply and was to fit about 29 million smart meters across the whole TEPCO service area by fiscal 2020; in fiscal 2014 a customer had 0.07 outages and 4 minutes without power a year.',
    },
  },
  {
    id: 'nhk-mabi-drained-2018',
    publisher: 'NHK（5ちゃんねるへの転載）',
    title: '岡山 倉敷 真備町の浸水はほぼ解消 国交省',
    date: '2018-07-11',
    address: 'https://www3.nhk.or.jp/news/html/20180711/k10011528901000.html',
    facts: {
      ja: '倉敷市真備町では7月7日午前の時点で約1,200ヘクタールが浸水した。国土交通省は8日からポンプ車23台などで24時間体制の排水を続け、9日午前には浸水区域が約500ヘクタールに減り、11日に住宅地や道路の浸水がほぼ解消したと発表した。',
      en: 'About 1,200 ha of 真備町 (倉敷市) were under water on the morning of 7 July 2018. MLIT pumped around the clock from the 8th with 23 pump trucks; the flooded area was down to about 500 ha on the morning of the 9th, and on the 11th MLIT announced that homes and roads were almost all clear of water.',
    },
  },
  {
    id: 'ntv-joso-breach-2015',
    publisher: '日本テレビ',
    title: '国交省が排水や復旧作業 堤防決壊の常総市',
    date: '2015-09-11',
    address: 'https://news.ntv.co.jp/category/society/309413',
    facts: {
      ja: '鬼怒川の堤防は2015年9月10日12時50分に常総市三坂町で決壊し、約20 mから約140 mに広がった。11日8時までに排水ポンプ車26台が到着し、順次排水を始めた。',
      en: 'The 鬼怒川 levee broke at 三坂町, 常総市, at 12:50 on 10 September 2015, the gap widening from about 20 m to about 140 m; by 08:00 on the 11th 26 pump trucks had arrived and were starting to drain the area.',
    },
  },
  {
    id: 'ntv-joso-drained-2015',
    publisher: '日本テレビ',
    title: '宅地や公共施設の浸水おおむね解消 常総市',
    date: '2015-09-18',
    address: 'https://news.ntv.co.jp/category/society/310055',
    facts: {
      ja: '鬼怒川の決壊から約1週間後の9月18日、常総市では宅地や公共施設の浸水がおおむね解消し、市内全域の停電も解消したと報じられた。',
      en: 'By 18 September 2015, about a week after the 鬼怒川 breach, the flooding of homes and public buildings in 常総市 had mostly cleared, and the outage across the city was over.',
    },
  },
  {
    id: 'kumagaya-hall-generator-2015',
    publisher: '熊谷市',
    title: '28 洪水対策について（市長へのメール）',
    date: '2015-10-05',
    address: 'http://www.city.kumagaya.lg.jp/shicho/mail_ichiran/27nenme-ru/2728.html',
    facts: {
      ja: '常総市役所の地上の非常用発電機が水没した報道を受けた市民の問合せに対する市の回答（平成27年10月5日）：本庁舎の非常用自家発電設備は地下機械室に設置してあり、実施中の本庁舎耐震改修工事に併せて庁舎屋上へ新設移転する。',
      en: 'The city\'s answer (5 October 2015) to a resident who asked, after 常総\'s ground-level generator went under water, where 熊谷\'s was: the city hall\'s emergency generator is in the basement machine room, and a new one was to be put on the roof with the seismic retrofit then under way.',
    },
  },
  {
    id: 'yamashita-numazu-generator-2015',
    publisher: '山下ふみこオフィシャルブログ',
    title: '災害時、市役所の非常用電源は大丈夫?',
    date: '2015-12-19',
    address: 'https://yamashita-fm.jp/blog/2015/12/6434',
    facts: {
      ja: '議員の一般質問の報告（沼津市）：常総市の発電機浸水を受けて調べると、沼津市役所の非常用発電機は地下にあり、問題と認識されながら財政と場所の事情で移設が先送りされていた。洪水避難地図で市役所周辺は浸水深0.5 m未満と0.5〜1.0 mの境にある。2015年11月25日には沼津市を含む静岡県内11市町の庁舎に浸水のおそれがあると報じられた。',
      en: 'A councillor\'s report of a question in the 沼津 city assembly: after 常総\'s generator flooded, the councillor found that 沼津 city hall\'s emergency generator is in the basement; the problem was known but moving it had been put off for cost and lack of space. On the flood map the hall lies on the boundary between the under-0.5 m and 0.5–1.0 m bands; on 25 November 2015 the halls of 11 Shizuoka municipalities, 沼津 among them, were reported at risk of flooding.',
    },
  },
  {
    id: 'e-kensin-sapporo-buildings-2019',
    publisher: '北海道建設新聞社',
    title: '機能維持は2割程度 大規模停電時の都心ビルなど',
    date: '2019-03-19',
    address: 'https://e-kensin.net/news/114987.html',
    facts: {
      ja: '札幌市が胆振東部地震後に都心約300 haのビル・施設の所有者205者に行った調査（回答153者、75%）：約8割の118施設が非常用発電機を持ち、燃料は重油・軽油がそれぞれ約4割。発電機の半数は稼働時間が24時間未満。電気は全体の3割で発生から24時間以内に戻り、ほぼ全てのビルに届いたのは42時間後（7日21時ごろ）。機能を全部またはほぼ全部維持できたのは17%。',
      en: '札幌\'s survey after the 2018 quake of the owners of buildings in about 300 ha of the city centre (205 asked, 153 answered, 75%): about 80% (118 buildings) had an emergency generator, fuelled by heavy oil or diesel in about 40% each; half of the generators could run for less than 24 hours. Power was back for 30% of the buildings within 24 h of the quake and for almost all after 42 h (about 21:00 on the 7th); 17% kept all or nearly all their functions.',
    },
  },
  {
    id: 'kkt-kumamoto-outage-2016',
    publisher: 'KKT熊本県民テレビ',
    title: '停電47万戸 4日でほぼ復旧',
    date: '2016-04-20',
    address: 'http://www.kkt.jp/matome/kumamotojisin/011631.html',
    facts: {
      ja: '熊本地震：4月14日の前震直後の停電は最大16,700戸で、15日23時にいったん復旧した。約2時間半後の本震で再び最大476,600戸が停電した。九州電力は最大約3,600人と他社の約600人で復旧にあたり、20日19時10分にがけ崩れ等で困難な所を除いて復旧を終えた。阿蘇の一の宮・高森地区は電源車148台で仮供給し、28日21時36分に系統からの供給を再開した。',
      en: 'Kumamoto earthquakes: the foreshock of 14 April 2016 cut power to at most 16,700 households, all restored by 23:00 on the 15th; the main shock about two and a half hours later cut it to at most 476,600. With up to about 3,600 of its own staff and about 600 from other utilities, Kyushu Electric finished restoring all but landslide-blocked places at 19:10 on the 20th; the 一の宮 and 高森 areas of 阿蘇 ran on 148 generator trucks until grid supply resumed at 21:36 on the 28th.',
    },
  },
  {
    id: 'kyuden-databook-2013',
    publisher: '九州電力株式会社',
    title: '九州電力データブック2013',
    date: '2013-08',
    address: 'https://pdfslide.tips/documents/efffff-ceoe-201308ic1ci-oeefcf.html',
    facts: {
      ja: '会社概要：供給地域は九州7県（福岡・佐賀・長崎・大分・熊本・宮崎・鹿児島）、お客さま数は電灯770万口、電力93万口。',
      en: 'Company profile: Kyushu Electric supplies the seven Kyushu prefectures; its customers number 7.70 million lighting (household) contracts and 0.93 million power contracts.',
    },
  },
  {
    id: 'narakanko-sapporo-heavy-snow-days',
    publisher: 'narakanko-enjoy.com',
    title: '[記事の内容による表題] 札幌の「ドカ雪」の頻度と他の雪の多い都市との比較',
    date: 'n.d.',
    address: 'https://narakanko-enjoy.com/?p=40687',
    facts: {
      ja: '雪の多い主要地点の観測史上最大の日降雪量と、日降雪量が一定以上となる年間日数の平年値の一覧：小樽は日降雪量20 cm以上が年4.2日（10 cm以上20.3日、最大84 cm）、帯広は20 cm以上が年2.1日（最大102 cm）。1日に50 cm以上降ると道路交通がまひし、建物・樹木・電線に被害が出ることがある。',
      en: 'A table of the record daily snowfall and the JMA normal number of days a year with at least a given daily snowfall at snowy stations: 小樽 has 4.2 days a year with 20 cm or more (20.3 with 10 cm or more; record 84 cm), 帯広 2.1 days with 20 cm or more (record 102 cm). A fall of 50 cm or more in a day paralyses road traffic and can damage buildings, trees and power lines.',
    },
  },
  {
    id: 'narakanko-sapporo-otaru-snow',
    publisher: 'narakanko-enjoy.com',
    title: '札幌と小樽「雪事情」の違いとは【やや似た傾向も】',
    date: 'n.d.',
    address: 'https://narakanko-enjoy.com/?p=41943',
    facts: {
      ja: '平年値の比較：年間降雪量は札幌管区気象台479 cm、小樽556 cm。年間最深積雪は97 cmと118 cm。年最大の日降雪量は34 cmと32 cm。月別の降雪量は札幌で12月113 cm、1月137 cm、2月116 cm。',
      en: 'Normals compared: yearly snowfall 479 cm at the 札幌 observatory and 556 cm at 小樽; deepest snow cover of the year 97 and 118 cm; largest daily snowfall of the year 34 and 32 cm. 札幌\'s monthly snowfall is 113 cm in December, 137 cm in January and 116 cm in February.',
    },
  },
  {
    id: 'nikkei-xtech-kosugi-tower-2019',
    publisher: '日経クロステック（日経アーキテクチュア）',
    title: '[記事の内容による表題] 東日本台風で電気設備が浸水した武蔵小杉のタワーマンション',
    date: '2020',
    address: 'https://xtech.nikkei.com/atcl/nxt/mag/na/18/00111/080500003/',
    facts: {
      ja: '2019年10月12日夜、多摩川の水が排水樋管を逆流して武蔵小杉駅周辺で内水氾濫が起きた。駅前のタワーマンションは出入口に高さ約60 cmの土のうを積み、外構の浸水は最大約30 cmにとどまったが、地下3階下の貯水槽の蓋から約9,000 tの水があふれ、地下の電気設備の多くが故障して停電し、17日の復旧まで続いた。国土交通省は2020年6月に浸水対策のガイドラインを出した。',
      en: 'On the night of 12 October 2019 the 多摩川 flowed back up a drainage sluice and flooded the streets round 武蔵小杉 station. A tower by the station stacked sandbags about 60 cm high at its doors and the water outside reached about 30 cm at most, but about 9,000 t came up through the lid of a storage tank below the third basement, most of the basement electrical equipment failed and the building was without power until the 17th. MLIT published flood guidelines for buildings in June 2020.',
    },
  },
  {
    id: '2nn-kosugi-towers-2019',
    publisher: '2NN（報道の転載）',
    title: '【台風19号】タワマン住民「排泄物が街中に散らばったとか根も葉もない噂で武蔵小杉のイメージはボロボロ。もうそっとしておいてよ!」★2',
    date: '2019-10-31',
    address: 'https://2nn.jp/newsplus/1572546697',
    facts: {
      ja: '台風19号の大雨で浸水した武蔵小杉駅周辺のタワーマンション計11棟のうち2棟は、地下の電気設備や水道ポンプが冠水して停電・断水した。29日までに電気は完全に復旧し、水道もほぼ元に戻ったが、受水槽などの被害で飲用はできない状態が続いた。',
      en: 'Of the 11 tower blocks round 武蔵小杉 station, where Typhoon No. 19\'s rain flooded the streets, 2 lost power and water when their basement electrical equipment and water pumps went under water. By the 29th power was fully back and water almost so, though damage to the tanks left it unfit to drink.',
    },
  },
  {
    id: 'hokkaido-generator-survey-2022',
    publisher: '5ちゃんねる（報道の転載）',
    title: '非常用発電、設置の自治体8割が訓練せず 北海道・総務省調査',
    date: '2022-04-08',
    address: 'https://greta.5ch.net/test/read.cgi/poverty/1649377472/1-1',
    facts: {
      ja: '総務省北海道管区行政評価局が2021年8月〜2022年3月に道と道内全179市町村に行った調査（全団体回答）：非常用発電設備を配備していたのは180団体のうち144団体（80%）。そのうち113団体（78.5%）は操作訓練をせず、69団体（47.9%）は備蓄燃料を点検していなかった。配備のない36団体は可搬型の発電機の使用やレンタルで対応するとし、15団体は新庁舎の建設に合わせて導入するとした。',
      en: 'A survey by the MIC Hokkaido regional administrative evaluation bureau, August 2021 to March 2022, of the prefecture and all 179 of its municipalities (all answered): 144 of the 180 bodies (80%) had a fixed emergency generator; of those, 113 (78.5%) had never trained on it and 69 (47.9%) did not check their stored fuel. The 36 without one rely on portable or rented generators, and 15 plan to install one with a new hall.',
    },
  },
  {
    id: 'itpro-ojiya-2004',
    publisher: '日経BP（ITpro）',
    title: '[記事の内容による表題] 新潟県中越地震の小千谷市役所：通信は無事、停電でサーバーが止まる',
    date: '2004-11-06',
    address: 'http://itpro.nikkeibp.co.jp/free/NCC/NEWS/20041106/152236/',
    facts: {
      ja: '新潟県中越地震の直後に小千谷市全域が停電した。市役所のサーバー室専用の非常用発電機（前年夏に導入）は揺れの影響とみられる故障で給電できず、庁舎全体の発電機は非常時の執務に必要な場所だけに給電していてサーバー室には届かなかった。サーバーはUPSでしばらく動かし、電池が切れる前に停止した。電柱に張った市の光ファイバ網80 kmは土砂崩れの1か所を除いて切れなかった。',
      en: 'Right after the 2004 Chūetsu earthquake the whole of 小千谷 lost power. The city hall\'s server-room generator, installed the summer before, failed, apparently from the shaking, and the hall\'s main generator fed only the rooms needed for emergency work, not the server room. The servers ran on UPS for a while and were shut down before the batteries ran out. The city\'s 80 km of pole-mounted fibre was cut in only one place, by a landslide.',
    },
  },
  {
    id: 'shiraberun-hakodate-snow',
    publisher: 'samui.shiraberun.com',
    title: '函館の積雪量と降雪量データ',
    date: 'n.d.',
    address: 'https://samui.shiraberun.com/snow/snow_hakodate.html',
    facts: {
      ja: '気象庁のデータによる函館の雪：月間降雪量の平年は1月91 cm、12月79 cm。2000年以降の日降雪量の上位は2018年1月12日41 cm、2017年12月12日37 cm、2005年1月31日35 cm、2023年1月15日33 cm、27 cmが2004年12月22日・2009年12月15日・2012年2月26日・2013年11月12日・2016年1月28日の5日。最深積雪は2012年2月27日の91 cm。',
      en: '函館 snow from JMA data: normal monthly snowfall 91 cm in January and 79 cm in December. The largest daily snowfalls since 2000: 41 cm on 12 January 2018, 37 cm on 12 December 2017, 35 cm on 31 January 2005, 33 cm on 15 January 2023, and 27 cm on five days (22 December 2004, 15 December 2009, 26 February 2012, 12 November 2013, 28 January 2016). The deepest snow cover was 91 cm on 27 February 2012.',
    },
  },
];
