import type { MetricRankingHolds } from '@machi/scenarios';

/**
 * The options that tie at the inputs' values on a ranking's metric, or null when its ranking is strict. A
 * study written before the field existed has none: its ranking is read as strict, as it was then.
 */
export function tiedAtNominal(ranking: MetricRankingHolds): readonly string[] | null {
  return ranking.nominalTie ?? null;
}

/**
 * The ranking at the inputs' values as a weak order, groups best first (tied options share a group), or
 * null when every option ties there and no order is left to hold. A study written before groups existed
 * had no order when any options tied.
 */
export function rankingGroupsAtNominal(ranking: MetricRankingHolds): readonly (readonly string[])[] | null {
  const groups = (ranking.result as { groups?: readonly (readonly string[])[] }).groups;
  if (groups === undefined) return tiedAtNominal(ranking) === null ? ranking.result.ranking.map((name) => [name]) : null;
  return groups.length > 1 ? groups : null;
}
