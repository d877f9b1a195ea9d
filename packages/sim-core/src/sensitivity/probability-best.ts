import { wilsonInterval } from '../stats/confidence.ts';
import { OptionOutcomes, type Better, type DecisionOption } from './option-outcomes.ts';

/** How often one option is the best across the input sets. */
export interface OptionBest {
  readonly name: string;
  /** Share of input sets where its mean outcome is the best (a tie for best shares the set equally). */
  readonly probability: number;
  /** Wilson interval: from the decided share's lower bound to the possible share's upper bound. */
  readonly low: number;
  readonly high: number;
  /** Share of input sets where it is best by more than Monte Carlo noise (and without a tie). */
  readonly decided: number;
  /** Share where it is best, tied for best, or within noise of the best. */
  readonly possible: number;
}

/** P(each option is best) across a study's input sets, plain data. */
export interface ProbabilityBest {
  readonly better: Better;
  readonly level: number;
  readonly inputSets: number;
  readonly replications: number;
  readonly options: readonly OptionBest[];
  /** Share of input sets where the best option is tied or within noise of another. */
  readonly undecided: number;
}

/**
 * The probability that each option is the best, over the input uncertainty: the share of input sets (drawn
 * from the inputs' beliefs by a design) on which its mean outcome is the best.
 *
 * Two sources of error are bounded separately. Finite input sets: a Wilson interval (Wilson 1927), which
 * treats the sets as independent draws — for a scrambled Sobol or Latin hypercube design a conservative
 * assumption for smooth outcomes. Finite replications per set: with replicated outputs an option whose
 * paired difference from the best is within t·se (Student's t at `level`, paired under common random
 * numbers) may be the best too; such sets count as "possible" but not "decided". The interval runs from the
 * Wilson lower bound of the decided count to the Wilson upper bound of the possible count, so it covers
 * both. Deterministic.
 *
 * @throws RangeError for fewer than two options, duplicate names, outputs of different shapes or non-finite values.
 * @example
 * probabilityBest([{ name: 'on-prem', outputs: costOnPrem }, { name: 'gov-cloud', outputs: costCloud }], { better: 'lower' });
 * // options: [{ name: 'on-prem', probability: 0.13, low: 0.1, high: 0.17, … }, { name: 'gov-cloud', probability: 0.87, … }]
 */
export function probabilityBest(
  options: readonly DecisionOption[],
  settings: { readonly better: Better; readonly level?: number },
): ProbabilityBest {
  const level = settings.level ?? 0.95;
  const outcomes = new OptionOutcomes(options, settings.better, level);
  const m = options.length;
  const n = outcomes.inputSets;
  const shares = new Float64Array(m);
  const decided = new Int32Array(m);
  const possible = new Int32Array(m);
  let undecided = 0;
  for (let j = 0; j < n; j++) {
    let best = Infinity;
    for (let o = 0; o < m; o++) best = Math.min(best, outcomes.mean(o, j));
    const tied: number[] = [];
    for (let o = 0; o < m; o++) if (outcomes.mean(o, j) === best) tied.push(o);
    for (const o of tied) shares[o] += 1 / tied.length;
    const candidates = new Set(tied);
    for (let o = 0; o < m; o++) if (!candidates.has(o) && outcomes.withinNoise(o, tied[0], j)) candidates.add(o);
    for (const o of candidates) possible[o] += 1;
    if (candidates.size === 1) decided[tied[0]] += 1;
    else undecided += 1;
  }
  return {
    better: settings.better,
    level,
    inputSets: n,
    replications: outcomes.replications,
    options: outcomes.names.map((name, o) => ({
      name,
      probability: shares[o] / n,
      low: wilsonInterval(decided[o], n, { level }).low,
      high: wilsonInterval(possible[o], n, { level }).high,
      decided: decided[o] / n,
      possible: possible[o] / n,
    })),
    undecided: undecided / n,
  };
}
