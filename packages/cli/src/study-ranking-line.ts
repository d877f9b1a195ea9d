import type { MetricRankingHolds } from '@machi/scenarios';
import { formatPercent } from '@machi/report';
import type { StudyMessages } from './locales/study-messages.ts';

/**
 * The line `machi uncertainty` prints under a metric's P(best): how often the ranking at the inputs' values
 * holds, or — when options tie there (equal, or within the noise of the runs) — that they tie and there is no
 * ranking to hold. Option ids, as `machi run` prints them. A study written before `nominalTie` existed reads
 * as a strict ranking.
 */
export function rankingLine(ranking: MetricRankingHolds, s: StudyMessages): string {
  const tie = ranking.nominalTie ?? null;
  if (tie !== null) return `  ${s.rankingTie(tie.join(' = '))}\n`;
  const { result } = ranking;
  return `  ${s.rankingHolds(result.ranking.join(' > '), formatPercent(result.probability), formatPercent(result.low), formatPercent(result.high))}\n`;
}
