import type { MetricRankingHolds } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { studyEn } from './locales/study-en.ts';
import { studyJa } from './locales/study-ja.ts';
import { rankingLine } from './study-ranking-line.ts';

const bootstrap = { resamples: 1000, level: 0.95, seed: 1, stream: 'analysis.test' };
const holds = (nominalTie: string[] | null, groups: string[][] = nominalTie ? [nominalTie] : [['onprem'], ['housing'], ['cloud']]): MetricRankingHolds => ({
  metric: 'systemsLost',
  better: 'lower',
  result: { ranking: ['onprem', 'housing', 'cloud'], groups, better: 'lower', level: 0.95, inputSets: 256, replications: 32, probability: 0, low: 0, high: 0.015, undecided: 0.97, noDifference: null, bootstrap },
  nominalTie,
});

describe('rankingLine', () => {
  it('names the ranking and how often it holds when the options differ at the inputs\' values', () => {
    expect(rankingLine(holds(null), studyEn)).toBe('  The ranking onprem > housing > cloud holds for 0% of plausible inputs [0% – 1.5%].\n');
  });

  it('says that the options tie, not that a ranking holds for 0%, when they tie at the inputs\' values (en, ja)', () => {
    const tied = holds(['onprem', 'housing', 'cloud']);
    expect(rankingLine(tied, studyEn)).toBe("  At the inputs' values onprem = housing = cloud tie (equal, or within the noise of the runs): no ranking to hold.\n");
    expect(rankingLine(tied, studyJa)).toBe('  既定値では onprem = housing = cloud が同等で（等しいか、試行のばらつきの範囲内）、変わらないかを確かめる順位はありません。\n');
  });

  it('orders the tie groups when only some options tie: those of a group are joined by =, and the order between groups is what holds', () => {
    const partly = { ...holds(['housing', 'cloud'], [['onprem'], ['housing', 'cloud']]), result: { ...holds(null).result, groups: [['onprem'], ['housing', 'cloud']], probability: 0.5, low: 0.4, high: 0.6 } };
    expect(rankingLine(partly, studyEn)).toBe('  The ranking onprem > housing = cloud holds for 50% of plausible inputs [40% – 60%].\n');
  });

  it('reads a study written before the tie field as a strict ranking, and one written before groups as no ranking when options tie', () => {
    const { nominalTie: _, ...old } = holds(null);
    const { groups: __, ...noGroups } = old.result;
    expect(rankingLine({ ...old, result: noGroups } as MetricRankingHolds, studyEn)).toContain('The ranking onprem > housing > cloud holds for 0%');
    const tiedBefore = holds(['housing', 'cloud']);
    const { groups: ___, ...tiedResult } = tiedBefore.result;
    expect(rankingLine({ ...tiedBefore, result: tiedResult } as MetricRankingHolds, studyEn)).toContain('housing = cloud tie');
  });
});
