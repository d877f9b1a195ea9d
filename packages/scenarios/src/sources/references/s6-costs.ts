import type { Reference } from '../reference.ts';

/**
 * The running-cost breakdown of the government-cloud pilot: the Digital Agency's verification of what the
 * pilot bodies' core systems cost over five years as they are and on the government cloud, by expense
 * item. Its shares (data-centre fees, lines, hardware) price what a hosting choice adds or removes.
 */
export const S6_COSTS_REFERENCES: readonly Reference[] = [
  {
    id: 'gov-cloud-pilot-cost-items',
    publisher: 'Speaker Deck（jnakajima1982）: デジタル庁の先行事業検証結果の表を載せた勉強会資料',
    title: '第3回 自治体システム標準化 ガバメントクラウド 勉強会 資料（題はアドレスの表記から。引いた表は「採択団体の経費項目ごとの増減」）',
    date: 'n.d.',
    address: 'https://speakerdeck.com/jnakajima1982/di-3hui-zi-zhi-ti-sisutemubiao-zhun-hua-gabamentokuraudomian-qiang-hui-zi-liao',
    facts: {
      ja: 'ガバメントクラウド先行事業の検証団体（せとうち3市、須坂市、美里町・川島町、笠置町、神戸市ほか）の基幹業務システムのランニングコスト5年分の合計。現行システムを同規模で入れ替えて使い続けた場合（A）は47億8,726万円で、うちデータセンター利用費1億8,920万円、通信回線費8,354万円、ハードウェア借料8億2,155万円、ハードウェア保守費4,559万円、ソフトウェア借料16億5,983万円、システム運用作業11億6,863万円、クラウド利用経費1億1,907万円。ガバメントクラウドへ移した場合（B、1ドル139円）は45億8,898万円で、通信回線費は2億9,408万円（A の約3.5倍）、クラウド利用経費は10億2,250万円、データセンター利用費は627万円、ハードウェア借料は1億4,475万円。',
      en: 'Five-year running cost of the core systems of the government-cloud pilot bodies (the three Setouchi cities, Suzaka, Misato with Kawajima, Kasagi, Kobe and others), summed. Replacing the current systems at the same scale (A): 4,787.26 million yen, of which data-centre fees 189.20 million, lines 83.54 million, hardware lease 821.55 million, hardware maintenance 45.59 million, software lease 1,659.83 million, system operation work 1,168.63 million and cloud fees 119.07 million. On the government cloud (B, at 139 yen a dollar): 4,588.98 million, with lines 294.08 million (about 3.5 times A), cloud fees 1,022.50 million, data-centre fees 6.27 million and hardware lease 144.75 million.',
    },
  },
];
