import type { MetricRankingHolds } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { studyEn } from './locales/study-en.ts';
import { studyJa } from './locales/study-ja.ts';
import { rankingLine } from './study-ranking-line.ts';

const bootstrap = { resamples: 1000, level: 0.95, seed: 1, stream: 'analysis.test' };
const holds = (nominalTie: string[] | null): MetricRankingHolds => ({
  metric: 'systemsLost',
  better: 'lower',
  result: { ranking: ['onprem', 'housing', 'cloud'], better: 'lower', level: 0.95, inputSets: 256, replications: 32, probability: 0, low: 0, high: 0.015, undecided: 0.97, noDifference: null, bootstrap },
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

  it('reads a study written before the tie field as a strict ranking', () => {
    const { nominalTie: _, ...old } = holds(null);
    expect(rankingLine(old as MetricRankingHolds, studyEn)).toContain('holds for 0%');
  });
});
