import { requireLevel } from '../stats/checks.ts';
import { OptionOutcomes, type Better, type DecisionOption } from './option-outcomes.ts';

/**
 * The options of `ranking` (names, best first) that tie with a neighbour in it on input set `set`: their mean
 * outcomes are equal, or their paired difference is within Monte Carlo noise (|mean| ≤ t·se at `level`, the
 * test `rankingProbability` counts as undecided). In ranking order; empty when every neighbour is strictly
 * and clearly ahead. A ranking read off tied means is an accident of rounding or noise, and the share of
 * input sets on which it "holds" would measure nothing: a study says that the options tie instead.
 *
 * @throws RangeError for an unknown option, a set out of range or a bad level.
 * @example
 * rankingTies(nominal, ['gov-cloud', 'community-cloud', 'on-prem'], { better: 'lower' }); // ['gov-cloud', 'community-cloud']
 */
export function rankingTies(
  options: readonly DecisionOption[],
  ranking: readonly string[],
  settings: { readonly better: Better; readonly level?: number; readonly set?: number },
): string[] {
  return rankingGroups(options, ranking, settings).filter((group) => group.length > 1).flat();
}

/**
 * `ranking` as a weak order on input set `set`: consecutive options that tie (equal means, or a paired
 * difference within Monte Carlo noise, as in `rankingTies`) share a group; groups best first. A strict ranking
 * gives one option a group; options that all tie give one group, and no order is left to hold.
 *
 * @throws RangeError as `rankingTies`.
 * @example
 * rankingGroups(nominal, ['gov-cloud', 'community-cloud', 'on-prem', 'housing'], { better: 'lower' });
 * // [['gov-cloud'], ['community-cloud'], ['on-prem', 'housing']]
 */
export function rankingGroups(
  options: readonly DecisionOption[],
  ranking: readonly string[],
  settings: { readonly better: Better; readonly level?: number; readonly set?: number },
): string[][] {
  const outcomes = new OptionOutcomes(options, settings.better, requireLevel(settings.level ?? 0.95));
  const set = settings.set ?? 0;
  if (!(Number.isSafeInteger(set) && set >= 0 && set < outcomes.inputSets)) throw new RangeError(`set must be one of the ${outcomes.inputSets} input sets, got ${set}`);
  const order = ranking.map((name) => {
    const index = outcomes.names.indexOf(name);
    if (index < 0) throw new RangeError(`ranking names ${JSON.stringify(name)}, which is not an option (${outcomes.names.join(', ')})`);
    return index;
  });
  const groups: string[][] = [];
  order.forEach((q, s) => {
    const p = order[s - 1];
    const tied = p !== undefined && (outcomes.mean(p, set) === outcomes.mean(q, set) || outcomes.withinNoise(p, q, set));
    if (tied) groups[groups.length - 1]!.push(outcomes.names[q]!);
    else groups.push([outcomes.names[q]!]);
  });
  return groups;
}
