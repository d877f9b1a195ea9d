import { bootstrapSettings, type BootstrapOptions, type BootstrapSettings } from './bootstrap-estimate.ts';
import { decisionShares } from './decision-bootstrap.ts';
import { OptionOutcomes, type Better, type DecisionOption } from './option-outcomes.ts';
import type { NoDifference } from './probability-best.ts';

/** How often a ranking of options holds across the input sets, plain data. */
export interface RankingProbability {
  /** Option names, best first. */
  readonly ranking: readonly string[];
  /**
   * The ranking as a weak order, groups best first: options in one group are not ordered among themselves
   * (they tie at the inputs' values). One option a group for a strict ranking.
   */
  readonly groups: readonly (readonly string[])[];
  readonly better: Better;
  readonly level: number;
  readonly inputSets: number;
  readonly replications: number;
  /** Share of input sets on which the mean outcomes follow the ranking strictly. */
  readonly probability: number;
  /** Interval of input-set error and replication noise together (see `decisionShares`). */
  readonly low: number;
  readonly high: number;
  /** Share of input sets where a consecutive pair is within Monte Carlo noise (a close call). */
  readonly undecided: number;
  /** Not null when the options never differ: no ranking can hold, and the metric decides nothing. */
  readonly noDifference: NoDifference | null;
  readonly bootstrap: BootstrapSettings;
}

/**
 * The probability that `ranking` (option names, best first; any two or more of the options) holds over the
 * input uncertainty: the share of input sets on which each named option's mean outcome is strictly better
 * than the next one's (with `groups`, a weak order of the same names: each option of a group better than
 * every option of the next group, none asked within a group) — e.g. whether the ranking at the nominal inputs survives what nobody knows precisely.
 * Its interval holds the input-set error and the replication noise together, as `probabilityBest`'s: a
 * two-way bootstrap over input sets and paired replication streams (`decisionShares`). Deterministic.
 *
 * @throws RangeError for a ranking of fewer than two names, an unknown or repeated name, or bad options.
 * @example
 * rankingProbability(options, ['gov-cloud', 'community-cloud', 'on-prem'], { better: 'lower' }).probability; // 0.71
 */
export function rankingProbability(
  options: readonly DecisionOption[],
  ranking: readonly string[],
  settings: { readonly better: Better; readonly groups?: readonly (readonly string[])[] } & BootstrapOptions,
): RankingProbability {
  const bootstrap = bootstrapSettings(settings, 'analysis.ranking-probability');
  const outcomes = new OptionOutcomes(options, settings.better, bootstrap.level);
  if (ranking.length < 2) throw new RangeError(`a ranking needs at least two options, got ${ranking.length}`);
  const order = ranking.map((name) => {
    const index = outcomes.names.indexOf(name);
    if (index < 0) throw new RangeError(`ranking names ${JSON.stringify(name)}, which is not an option (${outcomes.names.join(', ')})`);
    return index;
  });
  if (new Set(order).size !== order.length) throw new RangeError(`ranking names an option twice: ${ranking.join(', ')}`);
  const groups = weakOrder(ranking, settings.groups);
  const index = (name: string) => outcomes.names.indexOf(name);
  // Every option of a group must beat every option of the next group; within a group no order is asked.
  const pairs = groups.slice(1).flatMap((next, g) => groups[g]!.flatMap((p) => next.map((q) => [index(p), index(q)] as const)));
  const [holds] = decisionShares(outcomes, 1, (means) => (pairs.every(([p, q]) => means[p]! < means[q]!) ? 0 : -1), bootstrap);
  let undecided = 0;
  for (let j = 0; j < outcomes.inputSets; j++) if (pairs.some(([p, q]) => outcomes.withinNoise(p, q, j))) undecided += 1;
  return {
    ranking: [...ranking],
    groups,
    better: settings.better,
    level: bootstrap.level,
    inputSets: outcomes.inputSets,
    replications: outcomes.replications,
    probability: holds!.probability,
    low: holds!.low,
    high: holds!.high,
    undecided: undecided / outcomes.inputSets,
    noDifference: outcomes.noDifference() ? { zeroShare: outcomes.zeroShare() } : null,
    bootstrap,
  };
}

/** The groups of a weak order over exactly the names of `ranking`, in its order; each name alone without one. */
function weakOrder(ranking: readonly string[], groups: readonly (readonly string[])[] | undefined): string[][] {
  if (groups === undefined) return ranking.map((name) => [name]);
  const flat = groups.flat();
  if (groups.some((g) => g.length === 0) || flat.length !== ranking.length || flat.some((name, i) => name !== ranking[i])) {
    throw new RangeError(`groups must split the ranking in its order: ${JSON.stringify(groups)} against ${ranking.join(', ')}`);
  }
  return groups.map((g) => [...g]);
}
