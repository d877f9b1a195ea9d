import type { Reference } from '../reference.ts';

/** Building fragility and the intensity scale the sites' earthquake damage rests on. */
export const SITE_GROUND_REFERENCES: readonly Reference[] = [
  {
    id: 'hazus-lifeline-buildings',
    publisher: 'FEMA (Hazus Earthquake Model Technical Manual 5.1; NHERI SimCenter pelicun の damage_DB_Hazus_EQ_bldg.csv による)',
    title: 'Hazus Earthquake Methodology – Buildings: lifeline-facility damage functions in equivalent PGA',
    date: '2024',
    address: 'https://github.com/NHERI-SimCenter/pelicun/blob/924b975cb206aac69a20f35cb4e1323569f98df7/pelicun/resources/SimCenterDBDL/damage_DB_Hazus_EQ_bldg.csv',
    facts: {
      ja: 'Hazusの建物被害関数のうち、ライフライン施設の建物用に等価最大加速度(PGA)で表した128本の曲線は、どれも対数標準偏差0.4。鉄筋コンクリート耐震壁造(C2)の「大破」(Extensive)の中央値は、低層で中程度の基準0.49 g・高い基準0.90 g、中層(4〜7階)で0.55 g・0.87 g、高層(8階以上)で0.57 g・0.82 g。鉄骨ブレース造(S2)低層・高い基準は0.76 g。高い基準はUBC地震区域4の1975年以降、中程度は区域3の1941年以降または区域2Bの1975年以降の設計に当たる。',
      en: 'Of the Hazus building damage functions, the 128 curves for lifeline-facility buildings in equivalent peak ground acceleration all have a lognormal standard deviation of 0.4. Concrete shear-wall buildings (C2) reach Extensive damage at a median of 0.49 g (low-rise, moderate code) and 0.90 g (low-rise, high code), 0.55 g and 0.87 g mid-rise (4–7 storeys), 0.57 g and 0.82 g high-rise (8+); low-rise high-code steel braced frames (S2) at 0.76 g. High code is post-1975 design in UBC seismic zone 4; moderate code post-1941 in zone 3 or post-1975 in zone 2B.',
    },
  },
  {
    id: 'jma-instrumental-intensity',
    publisher: '気象庁 (GitHub chemars/Seismic-Intensity-Scales の jma.m による)',
    title: '計測震度の算出方法',
    date: 'n.d.',
    address: 'https://github.com/chemars/Seismic-Intensity-Scales/blob/master/jma.m',
    facts: {
      ja: '計測震度は、3成分の加速度記録(gal)に周期効果・高域・低域のフィルターをかけて合成し、その絶対値が合計0.3秒を超える大きさaから I = 2·log10 a + 0.94 で求める。',
      en: 'The JMA instrumental intensity: the three acceleration components (gal) are filtered (period effect, high cut, low cut) and combined; a is the level the combined motion exceeds for 0.3 s in all, and I = 2·log10 a + 0.94.',
    },
  },
  {
    id: 'jma-amedas-tokyo-mori',
    publisher: '気象庁 (GitHub y-ookuma/amedas に写された ame_master.csv による)',
    title: '地域気象観測所一覧 (東京・森の観測所の所在地と海面上の高さ)',
    date: '2024-03',
    address: 'https://github.com/y-ookuma/amedas/blob/08257a27739213b39b200ce681d979759ef62aee/ame_master.csv',
    facts: {
      ja: '東京(千代田区大手町、東京管区気象台、北緯35.69度・東経139.76度)の海面上の高さ6 m(風と日照は北の丸公園で20 m)。森(茅部郡森町姫川)125 m。2024年3月に写された一覧。',
      en: 'Station heights above sea level: 東京 (Ōtemachi, Chiyoda, the Tokyo District Meteorological Observatory, 35.69°N 139.76°E) 6 m (its wind and sunshine instruments in 北の丸公園 at 20 m); 森 (姫川, 森町) 125 m. The list as copied in March 2024.',
    },
  },
  {
    id: 'gsi-global-map-japan',
    publisher: '国土地理院 (地球地図日本; GitHub dataofjapan/land の japan.topojson による)',
    title: '地球地図日本 (都道府県界と海岸線、100万分の1)',
    date: '2025-07',
    address: 'https://github.com/dataofjapan/land/blob/9d753ba27254210900cb22645a55397670ba8205/japan.topojson',
    facts: {
      ja: '国土地理院の地球地図日本(縮尺100万分の1)のShapefileを、都道府県ごとの陸域の多角形に変換したもの。海岸線は陸と海を分ける。',
      en: 'The Geospatial Information Authority\'s Global Map Japan (1:1,000,000) shapefile converted into one land polygon set per prefecture; its outline is the coastline between land and sea.',
    },
  },
  {
    id: 'ntt-west-typhoon23-2004',
    publisher: '西日本電信電話株式会社',
    title: '台風23号(2004年10月)',
    date: 'n.d.',
    address: 'http://www.ntt-west.co.jp/saun/saitai/past/nttwest/typhoon23.html',
    facts: {
      ja: '2004年10月20日に上陸した台風23号で、西日本の中継光ケーブルが各所で切れ、岐阜で約900回線、兵庫で約1,700回線が不通になった。豪雨で被災した岐阜の中継ケーブルは22日に回復(打保地区は25日)。兵庫では通信ビル2棟が浸水し、可搬型の電話局を置いて24日に回復した。',
      en: 'Typhoon No. 23 came ashore on 20 October 2004; trunk optical cables were cut across western Japan, about 900 lines out around Gifu and about 1,700 in Hyogo. The Gifu trunk cables hit by the downpour were back on the 22nd (the 打保 area on the 25th); in Hyogo two telephone buildings flooded and service returned on the 24th through a transportable exchange.',
    },
  },
];
