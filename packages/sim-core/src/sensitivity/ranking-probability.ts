import { wilsonInterval } from '../stats/confidence.ts';
import { OptionOutcomes, type Better, type DecisionOption } from './option-outcomes.ts';

/** How often a ranking of options holds across the input sets, plain data. */
export interface RankingProbability {
  /** Option names, best first. */
  readonly ranking: readonly string[];
  readonly better: Better;
  readonly level: number;
  readonly inputSets: number;
  /** Share of input sets on which the mean outcomes follow the ranking strictly. */
  readonly probability: number;
  /** Wilson interval: from the decided share's lower bound to the possible share's upper bound. */
  readonly low: number;
  readonly high: number;
  /** Share where every consecutive pair is in order by more than Monte Carlo noise. */
  readonly decided: number;
  /** Share where no consecutive pair is out of order by more than noise (ties count as possible). */
  readonly possible: number;
}

/**
 * The probability that `ranking` (option names, best first; any two or more of the options) holds over the
 * input uncertainty: the share of input sets on which each named option's mean outcome is strictly better
 * than the next one's — e.g. whether the ranking at the nominal inputs survives what nobody knows precisely.
 * Intervals as `probabilityBest`: Wilson over input sets, widened by the sets where a consecutive pair is
 * within Monte Carlo noise (replicated outputs). Deterministic.
 *
 * @throws RangeError for a ranking of fewer than two names, an unknown or repeated name, or bad options.
 * @example
 * rankingProbability(options, ['gov-cloud', 'community-cloud', 'on-prem'], { better: 'lower' }).probability; // 0.71
 */
export function rankingProbability(
  options: readonly DecisionOption[],
  ranking: readonly string[],
  settings: { readonly better: Better; readonly level?: number },
): RankingProbability {
  const level = settings.level ?? 0.95;
  const outcomes = new OptionOutcomes(options, settings.better, level);
  if (ranking.length < 2) throw new RangeError(`a ranking needs at least two options, got ${ranking.length}`);
  const order = ranking.map((name) => {
    const index = outcomes.names.indexOf(name);
    if (index < 0) throw new RangeError(`ranking names ${JSON.stringify(name)}, which is not an option (${outcomes.names.join(', ')})`);
    return index;
  });
  if (new Set(order).size !== order.length) throw new RangeError(`ranking names an option twice: ${ranking.join(', ')}`);
  const n = outcomes.inputSets;
  let holds = 0;
  let decided = 0;
  let possible = 0;
  for (let j = 0; j < n; j++) {
    let strict = true;
    let sure = true;
    let reversed = false;
    for (let s = 0; s + 1 < order.length; s++) {
      const [p, q] = [order[s], order[s + 1]];
      const noisy = outcomes.withinNoise(p, q, j);
      const inOrder = outcomes.mean(p, j) < outcomes.mean(q, j);
      strict &&= inOrder;
      sure &&= inOrder && !noisy;
      reversed ||= outcomes.mean(p, j) > outcomes.mean(q, j) && !noisy;
    }
    if (strict) holds += 1;
    if (sure) decided += 1;
    if (!reversed) possible += 1;
  }
  return {
    ranking: [...ranking],
    better: settings.better,
    level,
    inputSets: n,
    probability: holds / n,
    low: wilsonInterval(decided, n, { level }).low,
    high: wilsonInterval(possible, n, { level }).high,
    decided: decided / n,
    possible: possible / n,
  };
}
