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
  },
  {
    id: 'flood-rate',
    name: { ja: '洪水の頻度', en: 'Flood frequency' },
    paths: ['hazards.riverFlood.regions[].annualRate'],
    spread: { kind: 'times', factor: 2 },
    source: 'assumption: a hazard map gives a design return period, not an observed rate; within a factor of 2 (90%)',
  },
  {
    id: 'bcp-times',
    name: { ja: '業務継続の準備時間', en: 'Continuity preparation times' },
    paths: ['bcp.alternateOfficeSetupHours', 'bcp.fuelResupplyAfterHours', 'hazards.earthquake.blackoutHours'],
    spread: { kind: 'times', factor: 1.5 },
    source: 'assumption: set-up and resupply times are written in the plan but untested; within 50% (90%)',
  },
  {
    id: 'community-saving',
    name: { ja: '共同利用の削減効果', en: 'Community-cloud saving' },
    paths: ['costs.hostingCostFactor.community-cloud'],
    spread: { kind: 'times', factor: 1.3 },
    source: 'assumption: what a member pays of the shared cost depends on the group\'s negotiation; its scale within 30% (90%)',
  },
  {
    id: 'quake-probability',
    name: { ja: '地震の発生確率', en: 'Earthquake probability' },
    paths: ['hazards.earthquake.regions[].probability30yJma6Lower'],
    spread: { kind: 'probability', factor: 2 },
    source: 'assumption: the 30-year probability of the national evaluation carries the spread of its source models; within a factor of 2',
  },
];

/** Numbers a flood preset holds fixed, with why. */
export const FLOOD_FIXED: readonly FixedNumbers[] = [
  { paths: ['sites[].generatorAboveGroundM', 'sites[].lineEntryAboveGroundM'], why: 'measured heights of real equipment in real buildings' },
];
