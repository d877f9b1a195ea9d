import type { Lang } from './lang.ts';

type Text = Readonly<Record<Lang, string>>;

const CAUSES: Readonly<Record<string, Text>> = {
  earthquake: { ja: '地震', en: 'Earthquake' },
  eruption: { ja: '火山の噴火', en: 'Volcanic eruption' },
  heavySnow: { ja: '大雪', en: 'Heavy snow' },
  powerOutage: { ja: '広域停電', en: 'Regional power cut' },
  lgwanOutage: { ja: 'LGWANの障害', en: 'LGWAN outage' },
  lineCut: { ja: '回線の切断', en: 'Line cut' },
  hardwareFailure: { ja: '機器の故障', en: 'Hardware failure' },
  ransomware: { ja: 'ランサムウェア攻撃', en: 'Ransomware attack' },
  vendorCompromise: { ja: '委託先ベンダーへの不正侵入', en: 'Compromise at a vendor' },
  vendorExit: { ja: 'ベンダーのサービス終了', en: 'Vendor ending its service' },
  zoneOutage: { ja: 'クラウドのゾーン障害', en: 'Cloud zone outage' },
  regionOutage: { ja: 'クラウドのリージョン障害', en: 'Cloud region outage' },
  facilityOutage: { ja: 'データセンター設備の障害', en: 'Data-centre facility outage' },
};

// The leak causes of the presets (municipalLeakCauses and the cloud one); a town's own keep their id.
const LEAKS: Readonly<Record<string, Text>> = {
  'mis-sending': { ja: '誤送付・誤送信', en: 'mis-sent letter or e-mail' },
  'lost-documents': { ja: '書類・記録媒体の紛失', en: 'lost documents or media' },
  'lost-media': { ja: '記録媒体の紛失', en: 'lost media' },
  'wrong-handover': { ja: '誤交付', en: 'papers handed to the wrong person' },
  'misdisposal-or-posting': { ja: '誤廃棄・誤掲載', en: 'wrong disposal or posting' },
  'unauthorised-access': { ja: '不正アクセス', en: 'unauthorised access' },
  contractor: { ja: '委託先からの漏えい', en: 'leak at a contractor' },
  'cloud-misconfiguration': { ja: 'クラウドの設定誤り', en: 'cloud misconfiguration' },
  misconfiguration: { ja: '設定誤り', en: 'misconfiguration' },
  insider: { ja: '職員による持ち出し', en: 'insider' },
};

/**
 * What started an incident (an outcome's `cause`), as a heading or a table row: `earthquake` → `地震`,
 * `leak.mis-sending` → `個人情報の漏えい等(誤送付・誤送信)`. Unknown causes keep their id.
 *
 * @example
 * causeLabel('leak.mis-sending', 'en'); // 'Personal-data incident (mis-sent letter or e-mail)'
 */
export function causeLabel(cause: string, lang: Lang): string {
  if (cause.startsWith('leak.')) {
    const id = cause.slice('leak.'.length);
    const what = LEAKS[id]?.[lang] ?? id;
    return lang === 'ja' ? `個人情報の漏えい等(${what})` : `Personal-data incident (${what})`;
  }
  return CAUSES[cause]?.[lang] ?? cause;
}
