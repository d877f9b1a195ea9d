import type { MetricRankingHolds } from '@machi/scenarios';

/**
 * The options that tie at the inputs' values on a ranking's metric, or null when its ranking is strict. A
 * study written before the field existed has none: its ranking is read as strict, as it was then.
 */
export function tiedAtNominal(ranking: MetricRankingHolds): readonly string[] | null {
  return ranking.nominalTie ?? null;
}
