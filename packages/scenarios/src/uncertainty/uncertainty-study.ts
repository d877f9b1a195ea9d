import { acrossInputSets, probabilityBest, quantiles, rankingGroups, rankingProbability, sobolPoints } from '@machi/sim-core';
import { EXCEEDANCE_STUDY_METRICS, inProcessInputSets, runInputSets, STUDY_METRICS, type InputSetOutcome, type StudyExecutor } from './input-set-run.ts';
import { checkStudyMemory } from './study-memory.ts';
import { betterOf, inputSetTask, phaseProgress, replicatedValues, setMean, studyPlan, studyStamp, type StudyOptions, type StudyPlan } from './study-plan.ts';
import type { ExceedanceBand, InputSetRow, MetricAcrossInputs, StudyDesign, StudyPrecision, UncertaintyStudyResult } from './study-result.ts';

/** Options of `uncertaintyStudy`. */
export interface UncertaintyStudyOptions extends StudyOptions {
  /** Input sets of the outer loop, a power of two (default `UNCERTAINTY_DEFAULTS.inputSets`). */
  readonly inputSets?: number;
  /** Replications per input set and variant, ≥ 2 (default `UNCERTAINTY_DEFAULTS.replications`). */
  readonly replications?: number;
}

/**
 * The default design, sized to the cost target (≤ 30× `machi run small-town --runs 1000` for both studies
 * together, each about 11× on this project's 2-core machine). An input set costs a fixed part (preparing the
 * scenario for its inputs: earthquake rates, demand profiles) worth about 40 replications, so replications
 * are cheap next to sets: 32 of them halve the noise of 8 on every close call for 1.7× the cost per set,
 * which is what the P(best) and ranking intervals lacked; 256 sets keep the input-set error of a share
 * within ±6%.
 */
export const UNCERTAINTY_DEFAULTS = { inputSets: 256, replications: 32 } as const;

const EXCEEDANCE_PROBABILITIES = [0.5, 0.2, 0.1, 0.05, 0.02, 0.01];

/** The input sets of an uncertainty study: the nominal set (every number at its value), then the Sobol points. */
export function uncertaintyDesign(plan: StudyPlan, inputSets: number): { design: StudyDesign; points: number[][]; values: number[][] } {
  if (!(Number.isSafeInteger(inputSets) && inputSets >= 2 && (inputSets & (inputSets - 1)) === 0)) {
    throw new RangeError(`inputSets must be a power of two ≥ 2 (the Sobol net's balance), got ${inputSets}`);
  }
  const { names, valuesAt } = plan.coordinates;
  const points = sobolPoints(inputSets, names.length, { seed: plan.seed, stream: 'design.uncertainty' });
  return {
    design: {
      method: 'sobol-scrambled',
      why: 'a scrambled Sobol net fills the input space more evenly than random or Latin hypercube sets, so the mean and the shares over inputs converge faster, and scrambling gives unbiased estimates with a measurable error',
      coordinates: names,
      inputSets,
      replications: 0,
      sizes: {},
    },
    points,
    values: [plan.space.nominal.slice(), ...points.map((p) => valuesAt(p))],
  };
}

/**
 * How the outcomes and the decision vary over what nobody knows precisely: an outer loop over input sets
 * (a scrambled Sobol net over the scenario's ranged numbers and shared beliefs), an inner loop of
 * replications with common random numbers across input sets and variants. Per variant and headline metric
 * (and the safety score): the mean over inputs with its 5/50/95% points and their Monte Carlo error;
 * exceedance curves with their band over inputs; P(each option is best); P(the ranking at the nominal inputs
 * holds). In-process and browser-safe; `@machi/scenarios/node` has the same over worker threads.
 *
 * Deterministic: the same scenario, options and seed give the same result, byte for byte, whatever the
 * worker count (each input set depends on its task alone; every statistic reduces in set order).
 *
 * @throws RangeError for an invalid scenario, no ranged number, bad options.
 * @example
 * const result = await uncertaintyStudy(PRESETS['small-town'], { seed: 1 });
 * result.probabilityBest[0].result.options; // [{ name: 'onprem', probability: 0.02, … }, …]
 */
export async function uncertaintyStudy(input: unknown, options: UncertaintyStudyOptions): Promise<UncertaintyStudyResult> {
  return uncertaintyStudyWith(input, options, (plan) => inProcessInputSets(plan.scenario));
}

/** `uncertaintyStudy` on an executor (in-process, worker threads). */
export async function uncertaintyStudyWith(
  input: unknown,
  options: UncertaintyStudyOptions,
  executorFor: (plan: StudyPlan) => StudyExecutor,
): Promise<UncertaintyStudyResult> {
  const plan = studyPlan(input, options);
  const replications = options.replications ?? UNCERTAINTY_DEFAULTS.replications;
  const inputSets = options.inputSets ?? UNCERTAINTY_DEFAULTS.inputSets;
  // Before the design is built: the nominal set and the design's.
  checkStudyMemory(plan, inputSets + 1, replications, options.maxMemoryBytes);
  const { values } = uncertaintyDesign(plan, inputSets);
  const tasks = values.map((v) => inputSetTask(plan, v, replications));
  const { outcomes } = await runInputSets(tasks, executorFor(plan), { onDone: phaseProgress(options, 'uncertainty', tasks.length) });
  return uncertaintyResult(plan, options, outcomes);
}

/**
 * The uncertainty study's result from the outcomes of its input sets (the nominal set, then the design's):
 * a pure function, so outcomes computed in parts (`runInputSets` on ranges, `mergeInputSetRuns`) give the
 * same result.
 */
export function uncertaintyResult(plan: StudyPlan, options: UncertaintyStudyOptions, outcomes: readonly InputSetOutcome[]): UncertaintyStudyResult {
  const replications = outcomes[0]!.variants[0]!.replications.costYen.length;
  const built = uncertaintyDesign(plan, options.inputSets ?? UNCERTAINTY_DEFAULTS.inputSets);
  if (outcomes.length !== built.values.length) throw new RangeError(`the study has ${built.values.length} input sets, got ${outcomes.length} outcomes`);
  const design = { ...built.design, replications };
  const sets = built.points.map((_, j) => j + 1);
  const bootstrap = { seed: plan.seed, resamples: plan.resamples };
  const metrics: MetricAcrossInputs[] = [];
  for (const [v, variant] of plan.variants.entries()) {
    for (const metric of STUDY_METRICS) {
      const across = acrossInputSets({ values: replicatedValues(outcomes, sets, v, metric), replications }, { ...bootstrap, stream: `analysis.across.${variant}.${metric}` });
      metrics.push({ variant, metric, across, nominal: setMean(replicatedValues(outcomes, [0], v, metric), 0, replications) });
    }
  }
  const probability = STUDY_METRICS.map((metric) => {
    const better = betterOf(metric);
    const decision = plan.variants.map((name, v) => ({ name, outputs: { values: replicatedValues(outcomes, sets, v, metric), replications } }));
    const atNominal = plan.variants.map((name, v) => ({ name, outputs: { values: replicatedValues(outcomes, [0], v, metric), replications } }));
    const nominal = atNominal.map(({ name, outputs }) => ({ name, value: setMean(outputs.values, 0, replications) }));
    const ranking = nominal.sort((a, b) => (better === 'lower' ? a.value - b.value : b.value - a.value)).map((n) => n.name);
    const groups = rankingGroups(atNominal, ranking, { better });
    const tie = groups.filter((group) => group.length > 1).flat();
    return {
      best: { metric, better, result: probabilityBest(decision, { better, ...bootstrap, stream: `analysis.best.${metric}` }) },
      ranking: {
        metric,
        better,
        result: rankingProbability(decision, ranking, { better, groups, ...bootstrap, stream: `analysis.ranking.${metric}` }),
        nominalTie: tie.length > 0 ? tie : null,
      },
    };
  });
  const probabilityBestResults = probability.map((p) => p.best);
  const rankingHolds = probability.map((p) => p.ranking);
  const widths = [
    ...probabilityBestResults.flatMap((p) => p.result.options.map((o) => o.high - o.low)),
    ...rankingHolds.map((r) => r.result.high - r.result.low),
  ];
  const precision: StudyPrecision = {
    level: 0.95,
    widestProbabilityInterval: Math.max(...widths),
    widestFirstOrderInterval: null,
    widestTotalInterval: null,
    largestNoiseShare: Math.max(...metrics.map((m) => m.across.noiseShare ?? 0)),
  };
  return {
    kind: 'uncertainty',
    stamp: studyStamp(plan, outcomes.length, replications),
    inputs: plan.study.inputs,
    factors: plan.study.factors,
    numbers: plan.study.numbers,
    design,
    metrics,
    exceedance: exceedanceBands(plan, outcomes, sets),
    probabilityBest: probabilityBestResults,
    rankingHolds,
    precision,
    rows: inputSetRows(plan, outcomes, 'sobol-scrambled', built.points, built.values, 1),
  };
}

/** Each exceedance metric's curve at thresholds from the pooled years of every set, with its band over sets. */
function exceedanceBands(plan: StudyPlan, outcomes: readonly InputSetOutcome[], sets: readonly number[]): ExceedanceBand[] {
  return plan.variants.flatMap((variant, v) =>
    EXCEEDANCE_STUDY_METRICS.map((metric): ExceedanceBand => {
      const perSet = sets.map((s) => outcomes[s]!.variants[v]!.years[metric]!);
      const thresholds = [...new Set(quantiles(perSet.flat(), EXCEEDANCE_PROBABILITIES.map((p) => 1 - p)))].filter((t) => t > 0);
      return {
        variant,
        metric,
        points: thresholds.map((threshold) => {
          const shares = perSet.map((years) => years.filter((y) => y > threshold).length / years.length);
          const [p05, p50, p95] = quantiles(shares, [0.05, 0.5, 0.95]) as [number, number, number];
          return { threshold, mean: shares.reduce((a, b) => a + b, 0) / shares.length, p05, p50, p95 };
        }),
      };
    }),
  );
}

/** The CSV rows of input sets `first …` of a design: point, input values and every set mean `<variant>.<metric>`. */
export function inputSetRows(
  plan: StudyPlan,
  outcomes: readonly InputSetOutcome[],
  design: StudyDesign['method'],
  points: readonly (readonly number[] | null)[],
  values: readonly (readonly number[])[],
  first: number,
): InputSetRow[] {
  return points.map((point, index) => {
    const outcome = outcomes[first + index]!;
    const outputs: Record<string, number> = {};
    for (const part of outcome.variants) {
      for (const metric of STUDY_METRICS) {
        const reps = part.replications[metric];
        outputs[`${part.variant}.${metric}`] = reps.reduce((a, b) => a + b, 0) / reps.length;
      }
    }
    return { design, index, point: point === null ? null : [...point], inputs: [...values[first + index]!], outputs };
  });
}
