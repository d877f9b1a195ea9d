import type { Belief, FixedNumbers } from './belief.ts';

/** The beliefs of a preset with river floods (designated-city, river-city), beside `COMMON_BELIEFS`. */
export const FLOOD_BELIEFS: readonly Belief[] = [
  {
    id: 'flood-impact',
    name: { ja: '浸水の影響', en: 'Flood impact' },
    paths: [
      'hazards.riverFlood.regions[].recedeHours',
      'hazards.riverFlood.regions[].lineRepairHours',
      'hazards.riverFlood.regions[].powerOutageHours',
      'hazards.riverFlood.regions[].assemblyDelayMultiplier',
      'hazards.riverFlood.regions[].depthAboveGroundMBySite.*',
    ],
    spread: { kind: 'times', factor: 1.5 },
    source: 'assumption: how deep the water stands at a building and how long lines and power stay out is judged from hazard maps and past floods; within 50% (90%)',
    check: {
      ja: '洪水ハザードマップで各拠点の浸水深を読み、電力会社と回線事業者に前回の洪水での停止期間を尋ねる',
      en: 'reading the depth at each site on the flood hazard map, and asking the utility and carrier how long service was out after the last flood',
    },
  },
  {
    id: 'flood-rate',
    name: { ja: '洪水の頻度', en: 'Flood frequency' },
    paths: ['hazards.riverFlood.regions[].annualRate'],
    spread: { kind: 'times', factor: 2 },
    source: 'assumption: a hazard map gives a design return period, not an observed rate; within a factor of 2 (90%)',
    check: {
      ja: '河川事務所に、その川の洪水の記録と、河川整備の計画規模（何年に1回の洪水か）を尋ねる',
      en: 'asking the river office for the river\'s flood record and the return period its river plan is designed for',
    },
  },
  {
    id: 'bcp-times',
    name: { ja: '業務継続の準備時間', en: 'Continuity preparation times' },
    paths: ['bcp.alternateOfficeSetupHours', 'bcp.fuelResupplyAfterHours', 'hazards.earthquake.blackoutHours'],
    spread: { kind: 'times', factor: 1.5 },
    source: 'assumption: set-up and resupply times are written in the plan but untested; within 50% (90%)',
    check: {
      ja: '訓練で代替庁舎の立ち上げ時間を計り、燃料の供給業者に協定で災害後何時間で届くかを尋ねる',
      en: 'timing the alternate office\'s set-up in a drill, and asking the fuel supplier how soon after a disaster its agreement delivers',
    },
  },
  {
    id: 'community-saving',
    name: { ja: '共同利用の削減効果', en: 'Community-cloud saving' },
    paths: ['costs.hostingCostFactor.community-cloud'],
    spread: { kind: 'times', factor: 1.3 },
    source: 'assumption: what a member pays of the shared cost depends on the group\'s negotiation; its scale within 30% (90%)',
    check: {
      ja: '共同利用の協議会に、参加団体ごとの費用負担の割合を尋ねる',
      en: 'asking the community-cloud group for each member\'s share of the shared cost',
    },
  },
  {
    id: 'quake-probability',
    name: { ja: '地震の発生確率', en: 'Earthquake probability' },
    paths: ['hazards.earthquake.regions[].probability30yJma6Lower'],
    spread: { kind: 'probability', factor: 2 },
    source: 'assumption: the 30-year probability of the national evaluation carries the spread of its source models; within a factor of 2',
    check: {
      ja: 'J-SHISで町の30年確率を読み、示された震源モデルの間での違いを見る',
      en: 'reading the town\'s 30-year probability on J-SHIS and how far it differs between the source models shown',
    },
  },
];

/** Numbers a flood preset holds fixed, with why. */
export const FLOOD_FIXED: readonly FixedNumbers[] = [
  { paths: ['sites[].generatorAboveGroundM', 'sites[].lineEntryAboveGroundM'], why: 'measured heights of real equipment in real buildings' },
];
