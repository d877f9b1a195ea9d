import { wilsonInterval } from '../stats/confidence.ts';
import { RandomStreams } from '../random/streams.ts';
import { bootstrapEstimate, exponentialWeights, resampleCounts, type BootstrapEstimate, type BootstrapSettings } from './bootstrap-estimate.ts';
import type { OptionOutcomes } from './option-outcomes.ts';

/**
 * What one input set says about a decision, from the options' mean outcomes on it (lower is better):
 * the index of the tally it counts towards, or −1 for none. `means[o]` is option o's mean on the set.
 */
export type SetVerdict = (means: Float64Array) => number;

/** A share of input sets with its interval: the plug-in share, the bootstrap's percentile ends, Wilson's. */
export interface DecisionShare {
  /** Share of the study's input sets whose mean outcomes give this verdict. */
  readonly probability: number;
  /** Interval at the analysis' level (see `decisionShares`). */
  readonly low: number;
  readonly high: number;
}

/**
 * The share of input sets giving each verdict (tallies `0 … slots − 1`), with intervals that hold both
 * sources of Monte Carlo error of a two-level study: the finite input sets and the few replications per set.
 *
 * Why a two-way bootstrap. With common random numbers, replication k of every input set and every option
 * uses the same random streams, so the outputs form a crossed array (input sets × replication streams), not
 * nested draws. Each bootstrap resample draws the input sets with replacement (multinomial counts) and,
 * independently, reweights the replication streams (Rubin's exponential weights, the same weight for stream k
 * on every set and option, so differences stay paired) — the pigeonhole bootstrap for crossed arrays (Owen
 * 2007, Ann. Appl. Stat. 1:386-411; with random weights, Owen & Eckles 2012, Ann. Appl. Stat. 6:895-927),
 * as `acrossInputSets` does for means. A set whose options are within noise of each other then gives one
 * verdict in some resamples and another in others, so its uncertainty widens the interval; a set whose
 * best option wins in every replication keeps its verdict. With the union of the old "decided" and
 * "possible" Wilson bounds, every close call counted as wholly unknown, which made intervals of 0–100%
 * with 8 replications wherever two options were close.
 *
 * Which interval. The resampled shares see the replication noise twice (once in the data, once from the
 * reweighting), so their centre drifts from the plug-in share by about the plug-in's own bias from the
 * noise; the basic (reflected) bootstrap interval [2p̂ − q_hi, 2p̂ − q_lo] (Davison & Hinkley 1997,
 * Bootstrap Methods and their Application, §5.2) corrects that drift to first order, where the percentile
 * interval would double it (the coverage test in `decision-bootstrap.test.ts` shows the difference). At a
 * share of 0 or 1 every resample agrees and the bootstrap interval collapses to a point; the interval is
 * therefore widened to hold Wilson's interval of the plug-in count over the input sets (Wilson 1927), the
 * binomial floor of the input-set error. Clamped to [0, 1]. Deterministic for the stream.
 */
export function decisionShares(outcomes: OptionOutcomes, slots: number, verdict: SetVerdict, bootstrap: BootstrapSettings): DecisionShare[] {
  const { inputSets: n, replications: r } = outcomes;
  const m = outcomes.names.length;
  const means = new Float64Array(m);
  const counts = new Float64Array(n);
  const weights = new Float64Array(r).fill(1);
  const tally = (setCounts: Float64Array | null): Float64Array => {
    const shares = new Float64Array(slots);
    for (let j = 0; j < n; j++) {
      const count = setCounts === null ? 1 : setCounts[j];
      if (count === 0) continue;
      for (let o = 0; o < m; o++) means[o] = outcomes.weightedMean(o, j, weights);
      const slot = verdict(means);
      if (slot >= 0) shares[slot] += count;
    }
    // Counts are whole numbers until here, so a share of k sets is exactly k / n.
    for (let s = 0; s < slots; s++) shares[s] /= n;
    return shares;
  };
  const point = tally(null);
  const stream = new RandomStreams(bootstrap.seed).get(bootstrap.stream);
  const replicates = Array.from({ length: slots }, () => new Float64Array(bootstrap.resamples));
  for (let b = 0; b < bootstrap.resamples; b++) {
    resampleCounts(stream, counts);
    if (r > 1) exponentialWeights(stream, weights);
    tally(counts).forEach((share, s) => (replicates[s]![b] = share));
  }
  return Array.from(point, (probability, s) => {
    const spread = bootstrapEstimate(probability, replicates[s]!, bootstrap.level) as BootstrapEstimate;
    const wilson = wilsonInterval(Math.round(probability * n), n, { level: bootstrap.level });
    return {
      probability,
      low: Math.max(0, Math.min(spread.low, 2 * probability - spread.high, wilson.low)),
      high: Math.min(1, Math.max(spread.high, 2 * probability - spread.low, wilson.high)),
    };
  });
}
