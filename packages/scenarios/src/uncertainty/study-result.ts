import type {
  AcrossInputSets,
  Better,
  BootstrapEstimate,
  InputShape,
  MorrisEffects,
  ProbabilityBest,
  RankingProbability,
  SobolIndices,
  SwitchingValue,
  Tornado,
} from '@machi/sim-core';
import type { HeadlineMetric } from '../vocabulary/metrics.ts';

/**
 * The results of the two-level studies (`uncertaintyStudy`, `sensitivityStudy`): plain data, keys in a
 * fixed order, so that `JSON.parse(JSON.stringify(result))` equals the result and the same study gives
 * the same bytes whatever the worker count or split of its input sets.
 */

/** What a study measures on every input set: a headline metric's expected annual value, or the safety score. */
export type StudyMetric = HeadlineMetric | 'safetyScore';

/**
 * One uncertain number of the scenario, as the study used it.
 *
 * - `kind: 'number'`: a `{ value, source, range }` number; the input is the number itself.
 * - `kind: 'scale'`: a distribution (`{ lognormal90: … , range }`); the input is a factor multiplying every
 *   quantity of the distribution (its value is 1, its range that of the factor).
 */
export interface StudyInput {
  /** Data path in the scenario (`systems[2].repairHours`): the input's name in every table of the study. */
  readonly path: string;
  readonly kind: 'number' | 'scale';
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** Probability that the true value lies in [low, high] (1: minimum and maximum). */
  readonly coverage: number;
  /** The range's meaning as written: `90%`, `min-max`, … */
  readonly meaning: string;
  readonly shape: InputShape;
  /** Why the range is what it is (the range's `source`). */
  readonly rangeSource: string;
  /** The number's own `source` (a reference or an assumption), or null when it has none. */
  readonly valueSource: string | null;
  /** Whether the number's own source is an assumption. */
  readonly assumed: boolean;
  /** The shared factor (belief) the input belongs to, or null when it is independent. */
  readonly factor: string | null;
  /** How the town can pin the number down (the range's `check`), or null when the range says not. */
  readonly check: StudyWords | null;
}

/** A text in both languages (a scenario's one-language text is the same in both). */
export interface StudyWords {
  readonly ja: string;
  readonly en: string;
}

/** One belief behind several inputs (`uncertainty.factors` of the scenario). */
export interface StudyFactor {
  readonly name: string;
  readonly label: { readonly ja: string; readonly en: string } | null;
  readonly rankCorrelation: number;
  /** Input paths that rise with the belief. */
  readonly members: readonly string[];
  /** Input paths that fall as it rises. */
  readonly opposed: readonly string[];
  readonly source: string;
  /** How the town can pin the belief down (the factor's `check`), or null when the scenario says not. */
  readonly check: StudyWords | null;
}

/** How many of the scenario's sourced numbers carry a range (the study's inputs) and how many are fixed. */
export interface StudyNumbers {
  /** Numbers with a `source` (the provenance entries). */
  readonly total: number;
  /** Numbers with a range (the study's inputs; a number may carry a range without a source). */
  readonly ranged: number;
  /** Sourced numbers without a range: held at their value in every input set. */
  readonly fixed: number;
  /** Of the fixed ones, those whose source is an assumption. */
  readonly fixedAssumptions: number;
}

/** A quantity a sensitivity analysis explains: one option's level, or the paired difference of two options. */
export type DecisionQuantity =
  | { readonly kind: 'level'; readonly variant: string; readonly metric: StudyMetric }
  | {
      readonly kind: 'difference';
      /** `variant − versus`, replication by replication (common random numbers). */
      readonly variant: string;
      readonly versus: string;
      readonly metric: StudyMetric;
    };

/** The design of one level of a study: its method, why, and its sizes. */
export interface StudyDesign {
  readonly method: 'sobol-scrambled' | 'morris-trajectories' | 'saltelli' | 'tornado' | 'switching-value';
  /** Why this design (one sentence, English; the report words it in its language). */
  readonly why: string;
  /** Coordinates of the unit cube (inputs, then shared factors) the design varies. */
  readonly coordinates: readonly string[];
  readonly inputSets: number;
  /** Replications per input set (the inner loop). */
  readonly replications: number;
  /** Design-specific sizes: `trajectories` and `levels` (Morris), `baseCount` (Saltelli). */
  readonly sizes: Readonly<Record<string, number>>;
}

/** Shared by both studies: what was run, on which inputs, how. */
export interface StudyStamp {
  readonly version: string;
  readonly scenarioName: string;
  readonly scenarioSha256: string;
  readonly seed: number | string;
  readonly horizonYears: number;
  readonly variants: readonly string[];
  readonly metrics: readonly StudyMetric[];
  /** Model runs in all: Σ input sets × replications × variants. */
  readonly replications: number;
  /** The inner loop's random numbers: replication k of every input set and variant uses the streams of (seed, k). */
  readonly commonRandomNumbers: true;
}

/** One variant and metric over the input uncertainty. */
export interface MetricAcrossInputs {
  readonly variant: string;
  readonly metric: StudyMetric;
  /** Mean over input sets with its 5/50/95% quantiles across sets, each with its Monte Carlo interval. */
  readonly across: AcrossInputSets;
  /** The value at the nominal inputs (every number at its value), from the same replications. */
  readonly nominal: number;
}

/** An exceedance curve of a metric's annual total with its band over the input uncertainty. */
export interface ExceedanceBand {
  readonly variant: string;
  readonly metric: HeadlineMetric;
  readonly points: readonly {
    /** The annual total (a threshold). */
    readonly threshold: number;
    /** P(annual total > threshold) per input set: mean over sets and 5/50/95% across sets. */
    readonly mean: number;
    readonly p05: number;
    readonly p50: number;
    readonly p95: number;
  }[];
}

/** P(each option is best) on one metric. */
export interface MetricProbabilityBest {
  readonly metric: StudyMetric;
  readonly better: Better;
  readonly result: ProbabilityBest;
}

/** P(the ranking at the nominal inputs holds) on one metric. */
export interface MetricRankingHolds {
  readonly metric: StudyMetric;
  readonly better: Better;
  /** The demo's ranking: the options ordered by their value at the nominal inputs, best first. */
  readonly result: RankingProbability;
  /**
   * The options that tie with a neighbour in that ranking at the nominal inputs — equal, or within the Monte
   * Carlo noise of their paired difference (`rankingTies`) — in ranking order; null when the ranking is strict.
   * When not null the ranking is an accident of noise and reports say that the options tie instead.
   */
  readonly nominalTie: readonly string[] | null;
}

/**
 * One input set as the CSV lists it: where in the unit cube, the input values, and every output (mean over
 * the set's replications) keyed `<variant>.<metric>`.
 */
export interface InputSetRow {
  /** Which design the set belongs to (`sobol-scrambled`, `morris-trajectories`, `saltelli`, `tornado`, …). */
  readonly design: StudyDesign['method'];
  /** Index within its design (the design's row). */
  readonly index: number;
  /** The unit-cube point (coordinates of the design), or null for a tornado or switching-value set. */
  readonly point: readonly number[] | null;
  /** The input values, in the order of the study's `inputs`. */
  readonly inputs: readonly number[];
  readonly outputs: Readonly<Record<string, number>>;
}

/** The precision a study reached: the widest interval of each kind of figure it reports. */
export interface StudyPrecision {
  readonly level: 0.95;
  /** Widest interval (high − low) of a P(best) or P(ranking holds) (uncertainty studies; null otherwise). */
  readonly widestProbabilityInterval: number | null;
  /**
   * Widest first-order and total Sobol index interval over the quantities whose per-set spread is less
   * than half noise (sensitivity studies; null otherwise).
   */
  readonly widestFirstOrderInterval: number | null;
  readonly widestTotalInterval: number | null;
  /** Largest noise share of the per-set means' variance, over the study's outputs. */
  readonly largestNoiseShare: number | null;
}

/** `uncertaintyStudy`'s result: how the outcomes and the decision vary over what nobody knows precisely. */
export interface UncertaintyStudyResult {
  readonly kind: 'uncertainty';
  readonly stamp: StudyStamp;
  readonly inputs: readonly StudyInput[];
  readonly factors: readonly StudyFactor[];
  readonly numbers: StudyNumbers;
  readonly design: StudyDesign;
  readonly metrics: readonly MetricAcrossInputs[];
  readonly exceedance: readonly ExceedanceBand[];
  readonly probabilityBest: readonly MetricProbabilityBest[];
  readonly rankingHolds: readonly MetricRankingHolds[];
  readonly precision: StudyPrecision;
  readonly rows: readonly InputSetRow[];
}

/** Morris screening of one decision quantity. */
export interface QuantityScreening {
  readonly quantity: DecisionQuantity;
  readonly effects: MorrisEffects;
}

/** First-order and total Sobol indices of one decision quantity over the leading inputs. */
export interface QuantityIndices {
  readonly quantity: DecisionQuantity;
  readonly indices: SobolIndices;
}

/** A tornado of one decision quantity. */
export interface QuantityTornado {
  readonly quantity: DecisionQuantity;
  readonly tornado: Tornado;
}

/** Where the preferred option of a paired difference changes within one leading input's range. */
export interface QuantitySwitching {
  readonly quantity: DecisionQuantity & { readonly kind: 'difference' };
  readonly switching: SwitchingValue;
}

/** A coordinate ranked by its screening: the largest μ* over the decision quantities, relative to that quantity's largest. */
export interface LeadingInput {
  readonly name: string;
  /** Largest over quantities of μ* ÷ (largest μ* of that quantity): 1 for the input that leads somewhere. */
  readonly relativeMuStar: number;
  /** The μ* interval of that quantity, in its units. */
  readonly muStar: BootstrapEstimate;
  readonly quantity: DecisionQuantity;
}

/** `sensitivityStudy`'s result: which inputs move the decision, how much, and where it switches. */
export interface SensitivityStudyResult {
  readonly kind: 'sensitivity';
  readonly stamp: StudyStamp;
  readonly inputs: readonly StudyInput[];
  readonly factors: readonly StudyFactor[];
  readonly numbers: StudyNumbers;
  /** The quantities explained: each headline metric's paired differences from the reference option, and the safety score's. */
  readonly quantities: readonly DecisionQuantity[];
  readonly screening: { readonly design: StudyDesign; readonly results: readonly QuantityScreening[] };
  /** Coordinates by screening rank, most influential first; the first `indices.design.coordinates` got indices. */
  readonly leading: readonly LeadingInput[];
  readonly indices: { readonly design: StudyDesign; readonly results: readonly QuantityIndices[] };
  readonly tornado: { readonly design: StudyDesign; readonly results: readonly QuantityTornado[] };
  readonly switching: { readonly design: StudyDesign; readonly results: readonly QuantitySwitching[] };
  readonly precision: StudyPrecision;
  readonly rows: readonly InputSetRow[];
}
