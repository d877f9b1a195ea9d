import type { RuptureGeometry } from './rupture.ts';

/** One JMA seismic-intensity station's measured 計測震度 in one earthquake. */
export type StationObservation = {
  /** JMA station code. */
  code: string;
  /** JMA station name. */
  name: string;
  latitude: number;
  longitude: number;
  /** Measured instrumental intensity (計測震度), to 0.1 as JMA publishes it. */
  intensity: number;
};

/** A real earthquake, its source as the model takes it, and what JMA's stations measured. */
export type ObservedEarthquake = {
  id: string;
  name: string;
  /** The rupture: hypocentre, moment magnitude, type, strike and dip from the sources below. */
  source: RuptureGeometry;
  /** Where the hypocentre, the magnitude, the type and the rupture's orientation come from. */
  sourceBasis: string;
  stations: readonly StationObservation[];
};

/**
 * Where the measurements come from. JMA 震度データベース検索 (the Japan Meteorological Agency's
 * seismic-intensity database, https://www.data.jma.go.jp/eqdb/data/shindo/), 計測震度 to 0.1; station
 * coordinates from JMA's list of intensity stations (https://www.data.jma.go.jp/eqev/data/kyoshin/jma-shindo.html),
 * rounded there to 1′. Read through the copy of the database's yearly files and per-station extracts kept
 * in the public repository takuyakawanishi/eqanalysis (GitHub, data_2024/stationwise_2021/st_<code>.txt and
 * data_2024/code_p.dat, snapshot "as of June 1, 2024", https://github.com/takuyakawanishi/eqanalysis). For 2011
 * the classes of the ten JMA stations also listed in JMA's press release of 2011-03-25
 * (「平成23年(2011年)東北地方太平洋沖地震時に震度計で観測した各地の揺れの状況について」,
 * http://www.jma.go.jp/jma/press/1103/25a/201103251030.html) agree with the copy.
 */
export const observationSource =
  'JMA 震度データベース (https://www.data.jma.go.jp/eqdb/data/shindo/) and JMA station list (https://www.data.jma.go.jp/eqev/data/kyoshin/jma-shindo.html), via the copy in github.com/takuyakawanishi/eqanalysis (2024)';

/**
 * Three well-recorded Hokkaido and Tōhoku earthquakes, one of each kind of distance the model must get
 * right: a great interface event felt 150–700 km away (2011), a large interface event off Hokkaido (2003)
 * and a deep crustal event under the Ishikari plain (2018). Stations: the prefectural capitals and towns
 * of the issue (森町, 函館, 札幌) and the stations nearest each source, 40 station-events in all.
 */
export const observedEarthquakes: readonly ObservedEarthquake[] = [
  {
    id: 'tohoku-2011',
    name: '2011 東北地方太平洋沖地震 (Mw 9.0)',
    source: {
      epicentre: { latitude: 38.103, longitude: 142.86 },
      magnitude: 9.0,
      depthKm: 24,
      faultType: 'interplate',
      strikeDeg: 195,
      dipDeg: 12,
      lengthKm: 400,
      widthKm: 200,
    },
    sourceBasis:
      '国土地理院「平成23年(2011年)東北地方太平洋沖地震に伴う地殻変動と震源断層モデル(暫定)」2011 (https://www.gsi.go.jp/cais/topic110313-index.html): hypocentre 38.103°N 142.860°E, 24 km, M 9.0, a west-dipping thrust along the Japan Trench (strike about 195°); 産総研 (https://unit.aist.go.jp/ievg/report/jishin/tohoku/gaiyo.html): source about 400 km × 200 km (taken as the rupture, centred on the hypocentre). Dip 12° is an assumption within the 10–15° usually given.',
    stations: [
      { code: '2220100', name: '仙台宮城野区五輪', latitude: 38.267, longitude: 140.9, intensity: 5.6 },
      { code: '2220120', name: '仙台宮城野区苦竹', latitude: 38.267, longitude: 140.933, intensity: 6.2 },
      { code: '2220500', name: '石巻市泉町', latitude: 38.433, longitude: 141.3, intensity: 5.5 },
      { code: '2110000', name: '大船渡市大船渡町', latitude: 39.067, longitude: 141.717, intensity: 5.6 },
      { code: '2120000', name: '盛岡市山王町', latitude: 39.7, longitude: 141.167, intensity: 5.1 },
      { code: '2500000', name: '福島市松木町', latitude: 37.767, longitude: 140.467, intensity: 5.2 },
      { code: '2510000', name: 'いわき市小名浜', latitude: 36.95, longitude: 140.9, intensity: 5.5 },
      { code: '3000001', name: '水戸市金町', latitude: 36.383, longitude: 140.467, intensity: 5.8 },
      { code: '3110000', name: '宇都宮市明保野町', latitude: 36.55, longitude: 139.867, intensity: 5.3 },
      { code: '3500000', name: '東京千代田区大手町', latitude: 35.683, longitude: 139.75, intensity: 5.1 },
      { code: '3600300', name: '横浜中区山手町', latitude: 35.433, longitude: 139.65, intensity: 5.1 },
      { code: '1010000', name: '札幌中央区北２条', latitude: 43.067, longitude: 141.333, intensity: 2.5 },
      { code: '1060000', name: '函館市美原', latitude: 41.817, longitude: 140.75, intensity: 2.9 },
      { code: '1061002', name: '渡島森町御幸町', latitude: 42.1, longitude: 140.583, intensity: 2.9 },
      { code: '1061020', name: '渡島森町上台町', latitude: 42.1, longitude: 140.567, intensity: 2.7 },
      { code: '1460101', name: '苫小牧市末広町', latitude: 42.633, longitude: 141.617, intensity: 3.5 },
      { code: '1520002', name: '浦河町潮見', latitude: 42.167, longitude: 142.783, intensity: 3.5 },
      { code: '1560000', name: '帯広市東４条', latitude: 42.917, longitude: 143.217, intensity: 3.7 },
      { code: '1610001', name: '釧路市幸町', latitude: 42.983, longitude: 144.383, intensity: 2.7 },
    ],
  },
  {
    id: 'tokachi-oki-2003',
    name: '2003 十勝沖地震 (M 8.0)',
    source: {
      epicentre: { latitude: 41.779, longitude: 144.079 },
      magnitude: 8.0,
      depthKm: 45.1,
      faultType: 'interplate',
      strikeDeg: 230,
      dipDeg: 20,
    },
    sourceBasis:
      'JMA hypocentre record heading the event in the 震度データベース file for 2003: 2003-09-26 04:50, 41°46.71′N 144°04.71′E, 45.1 km, M 8.0; a thrust on the Pacific-plate interface along the Kuril Trench (strike about 230°). Dip 20° is an assumption.',
    stations: [
      { code: '1610001', name: '釧路市幸町', latitude: 42.983, longitude: 144.383, intensity: 5.4 },
      { code: '1560000', name: '帯広市東４条', latitude: 42.917, longitude: 143.217, intensity: 5.0 },
      { code: '1520000', name: '浦河町潮見 (旧)', latitude: 42.167, longitude: 142.783, intensity: 5.6 },
      { code: '1510300', name: '新ひだか町静内ときわ町', latitude: 42.35, longitude: 142.367, intensity: 5.5 },
      { code: '1560530', name: '幕別町本町 (旧)', latitude: 42.9, longitude: 143.35, intensity: 5.8 },
      { code: '1460100', name: '苫小牧市しらかば (旧)', latitude: 42.617, longitude: 141.55, intensity: 4.7 },
      { code: '1010000', name: '札幌中央区北２条', latitude: 43.067, longitude: 141.333, intensity: 3.8 },
      { code: '1060000', name: '函館市美原 (旧)', latitude: 41.817, longitude: 140.75, intensity: 3.8 },
      { code: '1061001', name: '渡島森町姫川', latitude: 42.067, longitude: 140.583, intensity: 3.8 },
    ],
  },
  {
    id: 'iburi-tobu-2018',
    name: '2018 北海道胆振東部地震 (Mw 6.6)',
    source: {
      epicentre: { latitude: 42.691, longitude: 142.007 },
      magnitude: 6.6,
      depthKm: 37,
      faultType: 'crustal',
      strikeDeg: 0,
      dipDeg: 85,
    },
    sourceBasis:
      'JMA hypocentre record in the 震度データベース file for 2018: 2018-09-06 03:07, 42°41.45′N 142°00.40′E, 37.0 km, Mj 6.7 (moment magnitude 6.6); 地震調査研究推進本部 地震調査委員会「平成30年北海道胆振東部地震の評価」2018-09-11 (copy at https://pdfslide.net/documents/30oeeefoeefoeeoe-20180906-30oeeefoeefoeeoee.html): a crustal (地殻内) reverse-fault event; 国土地理院 as reported at the time: a nearly vertical plane about 15 km long striking north–south, dipping east. Rupture sized by the crustal scaling of the model.',
    stations: [
      { code: '1460600', name: '厚真町鹿沼', latitude: 42.617, longitude: 141.917, intensity: 6.5 },
      { code: '1460920', name: '安平町早来北進', latitude: 42.767, longitude: 141.817, intensity: 6.4 },
      { code: '1461020', name: 'むかわ町松風', latitude: 42.567, longitude: 141.933, intensity: 6.4 },
      { code: '1010241', name: '札幌東区元町', latitude: 43.1, longitude: 141.367, intensity: 5.9 },
      { code: '1020001', name: '新千歳空港', latitude: 42.783, longitude: 141.683, intensity: 5.5 },
      { code: '1460101', name: '苫小牧市末広町', latitude: 42.633, longitude: 141.617, intensity: 4.9 },
      { code: '1010000', name: '札幌中央区北２条', latitude: 43.067, longitude: 141.333, intensity: 4.3 },
      { code: '1060000', name: '函館市美原 (旧)', latitude: 41.817, longitude: 140.75, intensity: 3.8 },
      { code: '1061003', name: '渡島森町御幸町', latitude: 42.1, longitude: 140.583, intensity: 4.0 },
      { code: '1520002', name: '浦河町潮見', latitude: 42.167, longitude: 142.783, intensity: 3.9 },
      { code: '1560000', name: '帯広市東４条', latitude: 42.917, longitude: 143.217, intensity: 3.6 },
      { code: '1610001', name: '釧路市幸町', latitude: 42.983, longitude: 144.383, intensity: 2.4 },
    ],
  },
];
