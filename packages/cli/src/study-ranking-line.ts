import type { MetricRankingHolds } from '@machi/scenarios';
import { formatPercent, rankingGroupsAtNominal, tiedAtNominal } from '@machi/report';
import type { StudyMessages } from './locales/study-messages.ts';

/**
 * The line `machi uncertainty` prints under a metric's P(best): how often the ranking at the inputs' values
 * holds — options that tie there (equal, or within the noise of the runs) joined by `=` and not ordered among
 * themselves — or, when every option ties, that there is no ranking to hold. Option ids, as `machi run`
 * prints them. The groups are read as the report reads them (`rankingGroupsAtNominal`), so a study written
 * before they existed reads as it did then.
 */
export function rankingLine(ranking: MetricRankingHolds, s: StudyMessages): string {
  const { result } = ranking;
  const groups = rankingGroupsAtNominal(ranking);
  if (groups === null) return `  ${s.rankingTie((tiedAtNominal(ranking) ?? result.ranking).join(' = '))}\n`;
  const order = groups.map((group) => group.join(' = ')).join(' > ');
  return `  ${s.rankingHolds(order, formatPercent(result.probability), formatPercent(result.low), formatPercent(result.high))}\n`;
}
