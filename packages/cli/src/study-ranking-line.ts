import type { MetricRankingHolds } from '@machi/scenarios';
import { formatPercent } from '@machi/report';
import type { StudyMessages } from './locales/study-messages.ts';

/**
 * The line `machi uncertainty` prints under a metric's P(best): how often the ranking at the inputs' values
 * holds — options that tie there (equal, or within the noise of the runs) joined by `=` and not ordered among
 * themselves — or, when every option ties, that there is no ranking to hold. Option ids, as `machi run` prints them. A study written before `nominalTie` existed reads
 * as a strict ranking.
 */
export function rankingLine(ranking: MetricRankingHolds, s: StudyMessages): string {
  const tie = ranking.nominalTie ?? null;
  const { result } = ranking;
  const groups = (result as { groups?: readonly (readonly string[])[] }).groups ?? (tie === null ? result.ranking.map((name) => [name]) : [tie]);
  if (groups.length < 2) return `  ${s.rankingTie((tie ?? result.ranking).join(' = '))}\n`;
  const order = groups.map((group) => group.join(' = ')).join(' > ');
  return `  ${s.rankingHolds(order, formatPercent(result.probability), formatPercent(result.low), formatPercent(result.high))}\n`;
}
