import type { Lang } from '../lang.ts';

type Text = Readonly<Record<Lang, string>>;

/**
 * Why a system was down (the `Reason` values of `@machi/scenarios`), in the words a town's staff use.
 * Unknown reasons are shown as they are, never dropped.
 */
export const REASONS: Readonly<Record<string, Text>> = {
  'site-destroyed': { ja: '設置場所の損壊', en: 'site destroyed' },
  'site-flooded': { ja: '浸水', en: 'site flooded' },
  power: { ja: '停電(非常用発電も停止)', en: 'power cut (generator out)' },
  evacuated: { ja: '避難による立入禁止', en: 'site evacuated' },
  facility: { ja: 'データセンター設備の障害', en: 'data-centre facility failure' },
  'zone-outage': { ja: 'クラウドのゾーン障害', en: 'cloud zone outage' },
  'region-outage': { ja: 'クラウドのリージョン障害', en: 'cloud region outage' },
  hardware: { ja: '機器の故障', en: 'hardware failure' },
  encrypted: { ja: '暗号化(ランサムウェア)', en: 'encrypted (ransomware)' },
  isolated: { ja: '感染拡大を防ぐためのネットワーク遮断', en: 'cut off to contain the attack' },
  restoring: { ja: '復旧作業中', en: 'being restored' },
  'line-cut': { ja: '回線断', en: 'line cut' },
  'office-unusable': { ja: '庁舎が使用不能', en: 'town hall unusable' },
  'lgwan-outage': { ja: 'LGWANの障害', en: 'LGWAN outage' },
  cutover: { ja: 'システム移行の切替', en: 'migration cutover' },
};

/**
 * The words for a reason a system was down.
 *
 * @example
 * reasonLabel('site-flooded', 'ja'); // '浸水'
 * reasonLabel('encrypted', 'en'); // 'encrypted (ransomware)'
 */
export const reasonLabel = (reason: string, lang: Lang): string => REASONS[reason]?.[lang] ?? reason;
