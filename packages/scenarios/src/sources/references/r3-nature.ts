import type { Reference } from '../reference.ts';

/**
 * Heavy snow in 札幌 measured where it happened: how long the worst storms stopped the city's trains and
 * buses, and how much longer a trip across the city took while they lasted (news reports of single days);
 * and the storm return period cities build their drains for. A title in [] is a description where the
 * stored copy showed no headline.
 */
export const R3_NATURE_REFERENCES: readonly Reference[] = [
  {
    id: 'nikkei-sapporo-snow-2022',
    publisher: '日本経済新聞 (共同通信)',
    title: '札幌圏の交通、大雪でまひ JR終日運休・バス大幅減',
    date: '2022-02-07',
    address: 'https://www.nikkei.com/article/DGXZQOUE0707H0X00C22A2000000/',
    facts: {
      ja: '2022年2月5日以降の大雪で、札幌市中央区の24時間降雪量は6日14時までに60cmと1999年の観測開始以来最多。JR北海道は7日、札幌駅発着の全列車(約700本)を終日運休し、8日の運転再開を目指した。JR北海道バスは7割の便が運休した。',
      en: 'In the heavy snow from 5 February 2022, 60 cm fell in the 24 h to 14:00 on the 6th in 中央区 of 札幌, the most since records began in 1999. On the 7th JR Hokkaido cancelled every train to and from 札幌 station all day (about 700) and aimed to resume on the 8th; JR Hokkaido Bus cancelled 70% of its runs.',
    },
  },
  {
    id: 'fnn-sapporo-snow-jan22',
    publisher: 'FNNプライムオンライン (北海道文化放送)',
    title: '[札幌・小樽の局地的な大雪、1月21日夜から22日朝]',
    date: 'n.d.',
    address: 'https://www.fnn.jp/articles/-/991346',
    facts: {
      ja: '1月21日夜から22日朝にかけて石狩・後志地方で局地的な大雪となり、札幌市北区太平で朝までに50cm。JRは小樽駅構内の除雪のため小樽・ほしみ間を22日午後4時ごろまで見合わせ、長万部・小樽間は終日運休。札樽道などが通行止め、札幌や小樽の路線バスが一部運休した。',
      en: 'Local heavy snow in 石狩 and 後志 from the night of 21 January to the morning of the 22nd left 50 cm at 北区太平 in 札幌 by morning. JR stopped the 小樽–ほしみ section until about 16:00 on the 22nd to clear 小樽 station and ran nothing between 長万部 and 小樽 all day; expressways closed in part and some city buses in 札幌 and 小樽 were cancelled.',
    },
  },
  {
    id: 'livedoor-sapporo-snow-jan25',
    publisher: 'livedoorニュース',
    title: '[札幌で1月として最多の12時間降雪量 38センチ、25日]',
    date: 'n.d.',
    address: 'https://news.livedoor.com/topics/detail/30440333/',
    facts: {
      ja: '25日、日本海の低気圧の南下で石狩湾周辺を中心に雪が強まり、札幌では午前11時までの12時間降雪量が38cmと、1月としては統計のある2000年以降で最多。札幌の積雪は4シーズンぶりに1mを超えた。',
      en: 'On the 25th a low moving south over the Sea of Japan brought heavy snow around 石狩湾: 38 cm fell in 札幌 in the 12 h to 11:00, the most for January since the statistics began in 2000, and the snow lay over 1 m deep for the first time in four winters.',
    },
  },
  {
    id: 'fnn-sapporo-snow-jan27',
    publisher: 'FNNプライムオンライン (北海道文化放送)',
    title: '[札幌の記録的大雪の後、バスが運転再開 1月27日]',
    date: 'n.d.',
    address: 'https://www.fnn.jp/articles/-/993470',
    facts: {
      ja: 'ジェイ・アール北海道バスは大雪で1月26日まで全路線を運休し、27日に一部路線で再開。じょうてつバスも27日に全路線で再開した(遅れ・迂回あり)。コープさっぽろの宅配は26日に中止(雪による中止は4年ぶり)。27日、夏は約20分の届け先まで約2倍の約40分かかった。',
      en: 'After the heavy snow JR Hokkaido Bus ran none of its routes until 26 January and resumed some on the 27th; じょうてつバス resumed all its routes on the 27th (with delays and detours). Co-op Sapporo cancelled home deliveries on the 26th, its first snow cancellation in four years; on the 27th a drive of about 20 minutes in summer took about 40, about twice as long.',
    },
  },
  {
    id: 'ntv-sapporo-blizzard-21',
    publisher: '日本テレビ (日テレNEWS)',
    title: '北海道“暴風雪”続き鉄道運休も 札幌市から中継',
    date: 'n.d.',
    address: 'https://news.ntv.co.jp/category/society/4ad9752a13ec42af9a1dad052965c059',
    facts: {
      ja: '暴風雪で札幌圏のJRは21日始発から運転を見合わせ、代わりにバスの利用者が増えた。朝は通勤・通学でバスに長い列ができ、普段10分の通勤に40分かかったと話す人もいた。',
      en: 'In a blizzard JR trains around 札幌 stood still from the first train on the 21st and riders moved to buses: long queues in the morning, and one commuter said a 10-minute trip by bus had taken 40 minutes.',
    },
  },
  {
    id: 'kakogawa-sewer-vision-2028',
    publisher: '加古川市',
    title: '加古川市下水道ビジョン2028 (第3章 現状と課題 ② 浸水対策)',
    date: 'n.d.',
    address: 'https://www.city.kakogawa.lg.jp/section/ebook/contents/05_keikaku/025_gesuidoubizyon2028/pageindices/index30.html',
    facts: {
      ja: '市は7年に1回の確率で発生する1時間最大降雨量44mmを想定して管渠やポンプ場を整備しているが、計画規模を超える台風や集中豪雨で市内の複数地点が浸水している。',
      en: 'The city builds its sewers and pumping stations for the hourly rainfall of 44 mm that comes about once in 7 years; typhoons and cloudbursts heavier than that planned scale have flooded several places in the city.',
    },
  },
  {
    id: 'noboribetsu-storm-sewer-plan',
    publisher: '登別市 (vdocument.in に掲載された計画書の写し)',
    title: '5. 計画雨水量の設定 (5-2 確率年及び降雨強度式)',
    date: 'n.d.',
    address: 'https://vdocument.in/5ieceee-city-of-noboribetsu-5-eceee.html',
    facts: {
      ja: '市の下水道計画は雨水流出量を合理式で求め、降雨強度式は従来どおり I = 4860/(t + 39)(60分で49.1mm/h)、確率年は7年とする。',
      en: 'The city\'s sewer plan computes storm runoff with the rational formula and keeps its rainfall-intensity formula I = 4860/(t + 39) (49.1 mm/h over 60 minutes), for a return period of 7 years.',
    },
  },
  {
    id: 'asahi-hokkaido-snow-jan12',
    publisher: '朝日新聞 (japonologie.com による転載)',
    title: '[北海道内で大雪、帯広で積雪59センチ JR運休 (1月11〜12日)]',
    date: 'n.d.',
    address: 'https://japonologie.com/news-jp/%E5%8C%97%E6%B5%B7%E9%81%93%E5%86%85%E3%81%A7%E5%A4%A7%E9%9B%AA%E3%80%81%E5%B8%AF%E5%BA%83%E3%81%A7%E7%A9%8D%E9%9B%AA59%E3%82%BB%E3%83%B3%E3%83%81%E3%80%80jr%E9%81%8B%E4%BC%91%E3%81%A7%E7%A9%BA',
    facts: {
      ja: '1月11〜12日の大雪で、24時間降雪量は札幌市南区小金湯40cm、帯広59cm。北海道電力によると道内約6,200戸が停電。JRは特急88本を含む635本が運休し、千歳線の札幌―新千歳空港・苫小牧間は終日運転を見合わせた。新千歳空港は滑走路を昼近くまで閉鎖、札幌市中央区の住宅街には背丈を超える雪山ができた。',
      en: 'In the heavy snow of 11–12 January, 40 cm fell in 24 h at 小金湯 in 札幌 and 59 cm at 帯広. Hokkaido Electric counted about 6,200 customers without power across Hokkaido. JR cancelled 635 trains including 88 expresses and stopped the 千歳 line between 札幌 and the airport and 苫小牧 all day; New Chitose airport closed its runways until nearly noon, and snow banks taller than a person lined the streets of 中央区.',
    },
  },
  {
    id: 'tokyo-sports-hokkaido-blackout-2018',
    publisher: '東京スポーツ',
    title: '北海道震度6強未明の衝撃 全域295万戸停電',
    date: '2018-09-06',
    address: 'https://www.tokyo-sports.co.jp/social/1117828/',
    facts: {
      ja: '2018年9月6日3時8分ごろの胆振地方中東部の地震(M6.7)で道内すべての火力発電所が停止し、北海道全域の295万戸が停電した。',
      en: 'The M6.7 quake under central-eastern 胆振 at about 03:08 on 6 September 2018 stopped every thermal power plant in Hokkaido and left all 2.95 million customers of the island without power.',
    },
  },
];
