import { bootstrapSettings, type BootstrapOptions, type BootstrapSettings } from './bootstrap-estimate.ts';
import { decisionShares, type DecisionShare } from './decision-bootstrap.ts';
import { OptionOutcomes, type Better, type DecisionOption } from './option-outcomes.ts';

/** How often one option is the best across the input sets. */
export interface OptionBest extends DecisionShare {
  readonly name: string;
}

/**
 * Options that never differ on a metric: on every input set every option has the same mean outcome, e.g.
 * a rare harm that happened in no run of any option. No option is better; the share of outcomes that are 0
 * says whether the metric simply never happened.
 */
export interface NoDifference {
  /** Share of all outcomes (every option, input set and replication) that are exactly 0. */
  readonly zeroShare: number;
}

/** P(each option is best) across a study's input sets, plain data. */
export interface ProbabilityBest {
  readonly better: Better;
  readonly level: number;
  readonly inputSets: number;
  readonly replications: number;
  /** Each option's share of input sets where it alone is best (a tie for best counts in `tied`, not here). */
  readonly options: readonly OptionBest[];
  /** Share of input sets where two or more options tie exactly for best (e.g. all at 0). */
  readonly tied: DecisionShare;
  /** Share of input sets where the best option is within Monte Carlo noise of another (a close call). */
  readonly undecided: number;
  /** Not null when the options never differ: then every share is a tie and the metric decides nothing. */
  readonly noDifference: NoDifference | null;
  readonly bootstrap: BootstrapSettings;
}

/**
 * The probability that each option is the best, over the input uncertainty: the share of input sets (drawn
 * from the inputs' beliefs by a design) on which its mean outcome is the best — alone: a set where several
 * options tie exactly for best counts as a tie (`tied`), not as shares of one. When no option ever differs
 * from the others (`noDifference`), every set is a tie and the metric says nothing about the choice.
 *
 * The interval holds both the input-set error and the replication noise of a few replications per set:
 * a two-way bootstrap over input sets and paired replication streams, reflected and floored by Wilson's
 * interval (see `decisionShares` for why). `undecided` counts the close calls: the sets whose best option is
 * within t·se of another (paired Student's t at `level` on the replications).
 *
 * @throws RangeError for fewer than two options, duplicate names, outputs of different shapes or non-finite values.
 * @example
 * probabilityBest([{ name: 'on-prem', outputs: costOnPrem }, { name: 'gov-cloud', outputs: costCloud }], { better: 'lower' });
 * // options: [{ name: 'on-prem', probability: 0.13, low: 0.1, high: 0.17 }, { name: 'gov-cloud', probability: 0.87, … }]
 */
export function probabilityBest(options: readonly DecisionOption[], settings: { readonly better: Better } & BootstrapOptions): ProbabilityBest {
  const bootstrap = bootstrapSettings(settings, 'analysis.probability-best');
  const outcomes = new OptionOutcomes(options, settings.better, bootstrap.level);
  const m = options.length;
  const shares = decisionShares(outcomes, m + 1, (means) => bestOf(means) ?? m, bootstrap);
  let undecided = 0;
  for (let j = 0; j < outcomes.inputSets; j++) {
    const means = Float64Array.from(outcomes.names, (_, o) => outcomes.mean(o, j));
    const best = bestOf(means);
    const closeCall = best === null || outcomes.names.some((_, o) => o !== best && outcomes.withinNoise(o, best, j));
    if (closeCall) undecided += 1;
  }
  return {
    better: settings.better,
    level: bootstrap.level,
    inputSets: outcomes.inputSets,
    replications: outcomes.replications,
    options: outcomes.names.map((name, o) => ({ name, ...shares[o]! })),
    tied: shares[m]!,
    undecided: undecided / outcomes.inputSets,
    noDifference: outcomes.noDifference() ? { zeroShare: outcomes.zeroShare() } : null,
    bootstrap,
  };
}

/** The option with the lowest mean, or null when two or more share it exactly. */
function bestOf(means: Float64Array): number | null {
  let best = 0;
  let tie = false;
  for (let o = 1; o < means.length; o++) {
    if (means[o] < means[best]) [best, tie] = [o, false];
    else if (means[o] === means[best]) tie = true;
  }
  return tie ? null : best;
}
