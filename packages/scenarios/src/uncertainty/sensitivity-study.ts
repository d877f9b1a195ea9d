import {
  morrisDesign,
  morrisEffects,
  saltelliDesign,
  sobolIndices,
  switchingValueAsync,
  tornado,
  tornadoDesign,
  type MorrisEffects,
  type UncertainInput,
} from '@machi/sim-core';
import { inProcessInputSets, runInputSets, STUDY_METRICS, type InputSetOutcome, type StudyExecutor } from './input-set-run.ts';
import { betterOf, inputSetTask, phaseProgress, replicatedValues, setMean, studyPlan, studyStamp, type StudyOptions, type StudyPlan } from './study-plan.ts';
import { checkStudyMemory } from './study-memory.ts';
import { inputSetRows } from './uncertainty-study.ts';
import type {
  DecisionQuantity,
  InputSetRow,
  LeadingInput,
  QuantitySwitching,
  SensitivityStudyResult,
  StudyDesign,
  StudyMetric,
} from './study-result.ts';

/** Options of `sensitivityStudy`. */
export interface SensitivityStudyOptions extends StudyOptions {
  /** Morris trajectories of the screening (default `SENSITIVITY_DEFAULTS.trajectories`). */
  readonly trajectories?: number;
  /** Coordinates given variance-based indices: the leading ones of the screening (default 6). */
  readonly leading?: number;
  /** Base rows N of Saltelli's design, a power of two (default `SENSITIVITY_DEFAULTS.baseCount`). */
  readonly baseCount?: number;
  /** Leading coordinates searched for a switching value (default 5). */
  readonly switching?: number;
  /** Metrics whose preferred option the switching values follow (default cost and the safety score). */
  readonly decisionMetrics?: readonly StudyMetric[];
  /** Replications per input set and variant, ≥ 3 (default `SENSITIVITY_DEFAULTS.replications`). */
  readonly replications?: number;
}

/**
 * The default design, sized to the cost target (≤ 30× `machi run small-town --runs 1000` for both studies
 * together, this one about 11× on this project's 2-core machine). Its input sets are cheaper than the
 * uncertainty study's (a screening step changes one input, so most of the scenario's preparation is reused),
 * which makes a replication a larger part of a set's cost; 8 replications (not 4) halve the noise variance
 * that widened the indices of the close quantities, for about 1.3× the cost per set. 12 trajectories
 * (12 × (k + 1) sets) rank the 34 coordinates of small-town more steadily than 8; Saltelli's N = 64 base rows
 * (N × (6 + 2) sets) narrow the leading indices' intervals by about √2 against 32.
 */
export const SENSITIVITY_DEFAULTS = { trajectories: 12, baseCount: 64, replications: 8 } as const;

/** The runs of one phase: its input sets' values and unit points, and their outcomes. */
interface Phase {
  readonly values: number[][];
  readonly points: (number[] | null)[];
  readonly outcomes: readonly InputSetOutcome[];
}

/**
 * Which inputs move the decision, how much, and where it switches — in four phases on the scenario's
 * ranged numbers and shared beliefs (design coordinates; see `studyCoordinates`):
 *
 * 1. Morris screening (trajectories, `morrisEffects`) of every coordinate: cheap, (k + 1) input sets per
 *    trajectory, ranks coordinates much as total indices do.
 * 2. First-order and total Sobol indices (Saltelli's design, `sobolIndices`) on the `leading` coordinates
 *    only — the variance-based estimate costs N·(k + 2) sets, so it is spent where the screening found
 *    effects; the others are held at their values.
 * 3. A tornado of every coordinate (each at the ends of its range, the others at their values).
 * 4. Switching values of the leading coordinates: where the option preferred at the nominal inputs stops
 *    being preferred on each decision metric.
 *
 * Every analysis explains the decision quantities — the paired difference of each option from the first
 * (replication by replication, common random numbers) on each headline metric and the safety score. Each
 * input set runs `replications` replications per variant; the estimators correct for the noise of so few
 * (Owen & Eckles weights, noise-corrected U-statistics: see `sobolIndices`), and ≥ 3 are needed for the
 * intervals to cover noise shared across sets. Deterministic for a seed, whatever the worker count.
 *
 * @throws RangeError for an invalid scenario, no ranged number, bad options.
 * @example
 * const result = await sensitivityStudy(PRESETS['small-town'], { seed: 1 });
 * result.leading.slice(0, 5).map((l) => l.name);
 */
export async function sensitivityStudy(input: unknown, options: SensitivityStudyOptions): Promise<SensitivityStudyResult> {
  return sensitivityStudyWith(input, options, (plan) => inProcessInputSets(plan.scenario));
}

/** `sensitivityStudy` on an executor (in-process, worker threads). */
export async function sensitivityStudyWith(
  input: unknown,
  options: SensitivityStudyOptions,
  executorFor: (plan: StudyPlan) => StudyExecutor,
): Promise<SensitivityStudyResult> {
  const plan = studyPlan(input, options);
  const executor = executorFor(plan);
  const replications = options.replications ?? SENSITIVITY_DEFAULTS.replications;
  if (!(Number.isSafeInteger(replications) && replications >= 3)) throw new RangeError(`replications must be an integer ≥ 3, got ${replications}`);
  const { names, valuesAt } = plan.coordinates;
  const k = names.length;
  const bootstrap = { seed: plan.seed, resamples: plan.resamples };
  const run = async (phase: string, values: number[][], points: (number[] | null)[]): Promise<Phase> => {
    const tasks = values.map((v) => inputSetTask(plan, v, replications));
    const { outcomes } = await runInputSets(tasks, executor, { onDone: phaseProgress(options, phase, tasks.length) });
    return { values, points, outcomes };
  };
  const quantities = decisionQuantities(plan);
  const outputs = (phase: Phase, sets: readonly number[], q: DecisionQuantity) => ({
    values: replicatedValues(phase.outcomes, sets, plan.variants.indexOf(q.variant), q.metric, q.kind === 'difference' ? plan.variants.indexOf(q.versus) : undefined),
    replications,
  });

  // Checked before any design is built: the screening's (k + 1) sets per trajectory, the indices' N·(L + 2)
  // and the tornado's 1 + 2k; the switching values' few dozen sets are not counted.
  const trajectories = options.trajectories ?? SENSITIVITY_DEFAULTS.trajectories;
  const leadingCount = Math.min(options.leading ?? 6, k);
  const baseCount = options.baseCount ?? SENSITIVITY_DEFAULTS.baseCount;
  checkStudyMemory(plan, trajectories * (k + 1) + baseCount * (leadingCount + 2) + 1 + 2 * k, replications, options.maxMemoryBytes);

  // 1. Screening
  const morris = morrisDesign(trajectories, k, { seed: plan.seed });
  const screeningPhase = await run('screening', morris.rows.map((p) => valuesAt(p)), morris.rows);
  const allSets = (phase: Phase) => phase.values.map((_, j) => j);
  const screening = quantities.map((quantity) => ({
    quantity,
    effects: morrisEffects(morris, outputs(screeningPhase, allSets(screeningPhase), quantity), { names, ...bootstrap, stream: `analysis.morris.${label(quantity)}` }),
  }));
  const leading = leadingInputs(screening);

  // 2. Variance-based indices on the leading coordinates
  const chosen = leading.slice(0, leadingCount).map((l) => names.indexOf(l.name));
  const saltelli = saltelliDesign(baseCount, chosen.length, { seed: plan.seed });
  const indicesPhase = await run('indices', saltelli.rows.map((p) => valuesAt(p, chosen)), saltelli.rows);
  const indices = quantities.map((quantity) => ({
    quantity,
    indices: sobolIndices(saltelli, outputs(indicesPhase, allSets(indicesPhase), quantity), {
      names: chosen.map((c) => names[c]!),
      ...bootstrap,
      stream: `analysis.sobol.${label(quantity)}`,
    }),
  }));

  // 3. Tornado of every design coordinate
  const bars = tornadoOfCoordinates(plan);
  const tornadoPhase = await run('tornado', bars.rows, bars.rows.map(() => null));
  const tornadoes = quantities.map((quantity) => ({ quantity, tornado: tornado(bars, outputs(tornadoPhase, allSets(tornadoPhase), quantity)) }));

  // 4. Switching values of the leading coordinates, on each decision metric
  const switchingRows: { values: number[]; outcome: InputSetOutcome }[] = [];
  const evaluate = memoised(async (values: number[]) => {
    const { outcomes } = await runInputSets([inputSetTask(plan, values, replications)], executor);
    switchingRows.push({ values, outcome: outcomes[0]! });
    return outcomes[0]!;
  });
  const decisionMetrics = options.decisionMetrics ?? (['costYen', 'safetyScore'] as const);
  const searched = leading.slice(0, Math.min(options.switching ?? 5, k));
  const progress = phaseProgress(options, 'switching', searched.length * decisionMetrics.length);
  const switching = (
    await Promise.all(
      decisionMetrics.map(async (metric) => {
        const quantity = preferredPair(plan, tornadoPhase.outcomes[0]!, metric, replications);
        return Promise.all(
          searched.map(async (lead): Promise<QuantitySwitching> => {
            const { input, valuesOf } = switchingInput(plan, names.indexOf(lead.name));
            const found = await switchingValueAsync(input, async (x) => pairedMean(await evaluate(valuesOf(x)), plan, quantity), { tolerance: 0.02 });
            progress();
            return { quantity, switching: found };
          }),
        );
      }),
    )
  ).flat();

  // Quantities that are mostly Monte Carlo noise (a metric that is almost always 0, as systems lost) have
  // indices of no meaning and unbounded intervals: the precision reached is that of the others.
  const indexWidths = indices.filter((i) => (i.indices.noise?.noiseShare ?? 0) < 0.5).flatMap((i) => i.indices.indices);
  const widest = (pick: 'first' | 'total') => Math.max(0, ...indexWidths.map((x) => (x[pick] === null ? 0 : x[pick]!.high - x[pick]!.low)));
  const sets = screeningPhase.values.length + indicesPhase.values.length + tornadoPhase.values.length + switchingRows.length;
  const design = (method: StudyDesign['method'], why: string, coordinates: readonly string[], inputSets: number, sizes: Record<string, number>): StudyDesign => ({
    method,
    why,
    coordinates,
    inputSets,
    replications,
    sizes,
  });
  const rows: InputSetRow[] = [
    ...inputSetRows(plan, screeningPhase.outcomes, 'morris-trajectories', screeningPhase.points, screeningPhase.values, 0),
    ...inputSetRows(plan, indicesPhase.outcomes, 'saltelli', indicesPhase.points, indicesPhase.values, 0),
    ...inputSetRows(plan, tornadoPhase.outcomes, 'tornado', tornadoPhase.points, tornadoPhase.values, 0),
    ...inputSetRows(plan, switchingRows.map((r) => r.outcome), 'switching-value', switchingRows.map(() => null), switchingRows.map((r) => r.values), 0),
  ];
  return {
    kind: 'sensitivity',
    stamp: studyStamp(plan, sets, replications),
    inputs: plan.study.inputs,
    factors: plan.study.factors,
    numbers: plan.study.numbers,
    quantities,
    screening: {
      design: design('morris-trajectories', 'elementary effects rank many inputs at (k + 1) input sets per trajectory, a fraction of what variance-based indices cost', names, morris.rows.length, {
        trajectories: morris.trajectories,
        levels: morris.levels,
      }),
      results: screening,
    },
    leading,
    indices: {
      design: design('saltelli', 'first-order and total indices of the inputs the screening found leading, from N·(k + 2) input sets', chosen.map((c) => names[c]!), saltelli.rows.length, {
        baseCount: saltelli.baseCount,
      }),
      results: indices,
    },
    tornado: { design: design('tornado', 'each input at the ends of its range, the others at their values', bars.bars, bars.rows.length, {}), results: tornadoes },
    switching: {
      design: design('switching-value', 'a scan of each leading input across its range, bisected where the preferred option changes', searched.map((l) => l.name), switchingRows.length, {}),
      results: switching,
    },
    precision: {
      level: 0.95,
      widestProbabilityInterval: null,
      widestFirstOrderInterval: widest('first'),
      widestTotalInterval: widest('total'),
      largestNoiseShare: Math.max(0, ...indices.map((i) => i.indices.noise?.noiseShare ?? 0)),
    },
    rows,
  };
}

/** Each option's paired difference from the first option, on every study metric. */
function decisionQuantities(plan: StudyPlan): DecisionQuantity[] {
  const [reference, ...others] = plan.variants;
  return STUDY_METRICS.flatMap((metric) => others.map((variant): DecisionQuantity => ({ kind: 'difference', variant, versus: reference!, metric })));
}

const label = (q: DecisionQuantity): string => (q.kind === 'difference' ? `${q.variant}-${q.versus}.${q.metric}` : `${q.variant}.${q.metric}`);

/**
 * Coordinates ranked by their screening: for each quantity, each coordinate's share of the μ* above the noise
 * floor; a coordinate's score is its mean share over the quantities. A coordinate that matters on one
 * quantity only still ranks, and noise alone does not.
 */
function leadingInputs(screening: readonly { quantity: DecisionQuantity; effects: MorrisEffects }[]): LeadingInput[] {
  const names = screening[0]!.effects.effects.map((e) => e.name);
  const score = new Float64Array(names.length);
  const bestShare = new Float64Array(names.length);
  const bestQuantity = new Array<number>(names.length).fill(0);
  screening.forEach(({ effects }, q) => {
    const above = effects.effects.map((e) => Math.max(0, e.muStar.estimate - (e.noiseFloor ?? 0)));
    const total = above.reduce((a, b) => a + b, 0);
    if (!(total > 0)) return;
    above.forEach((a, i) => {
      const share = a / total;
      score[i] += share / screening.length;
      if (share > bestShare[i]!) {
        bestShare[i] = share;
        bestQuantity[i] = q;
      }
    });
  });
  const order = names.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
  const top = score[order[0]!]! || 1;
  return order.map((i) => ({
    name: names[i]!,
    relativeMuStar: score[i]! / top,
    muStar: screening[bestQuantity[i]!]!.effects.effects[i]!.muStar,
    quantity: screening[bestQuantity[i]!]!.quantity,
  }));
}

/** The tornado design of the design coordinates: independent inputs one by one, each belief with all its numbers. */
function tornadoOfCoordinates(plan: StudyPlan): { bars: string[]; rows: number[][] } {
  const full = tornadoDesign(plan.space);
  const kept = new Set(plan.coordinates.names);
  const bars: string[] = [];
  const rows: number[][] = [full.rows[0]!];
  full.bars.forEach((name, b) => {
    if (!kept.has(name)) return;
    bars.push(name);
    rows.push(full.rows[2 * b + 1]!, full.rows[2 * b + 2]!);
  });
  return { bars, rows };
}

/** The difference between the options first and second best at the nominal inputs on `metric` (best − second). */
function preferredPair(plan: StudyPlan, nominal: InputSetOutcome, metric: StudyMetric, replications: number): DecisionQuantity & { kind: 'difference' } {
  const better = betterOf(metric);
  const means = plan.variants.map((variant, v) => ({ variant, mean: setMean(Float64Array.from(nominal.variants[v]!.replications[metric]), 0, replications) }));
  means.sort((a, b) => (better === 'lower' ? a.mean - b.mean : b.mean - a.mean));
  return { kind: 'difference', variant: means[0]!.variant, versus: means[1]!.variant, metric };
}

/** The mean paired difference of a quantity on one input set. */
function pairedMean(outcome: InputSetOutcome, plan: StudyPlan, q: DecisionQuantity & { kind: 'difference' }): number {
  const values = replicatedValues([outcome], [0], plan.variants.indexOf(q.variant), q.metric, plan.variants.indexOf(q.versus));
  return setMean(values, 0, values.length);
}

/**
 * The input a switching-value search scans for design coordinate `d`, and the input values at a point of it:
 * an input's own range, the others at their values; a shared belief as its probability (0.05 … 0.95), all its
 * numbers at that quantile of their ranges together.
 */
function switchingInput(plan: StudyPlan, d: number): { input: UncertainInput; valuesOf: (x: number) => number[] } {
  const c = plan.coordinates.spaceIndex[d]!;
  const { inputs, nominal } = plan.space;
  if (c < inputs.length) {
    return {
      input: inputs[c]!,
      valuesOf: (x) => nominal.map((v, i) => (i === c ? x : v)),
    };
  }
  const name = plan.space.coordinates[c]!;
  return {
    input: { name, value: 0.5, low: 0.05, high: 0.95, coverage: 0.9, shape: 'uniform' },
    valuesOf: (u) => plan.coordinates.valuesAt([u], [d]),
  };
}

/** `f` with its results kept by argument (as JSON): a switching search asks for the same input set twice. */
function memoised<T>(f: (values: number[]) => Promise<T>): (values: number[]) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (values) => {
    const key = JSON.stringify(values);
    let hit = cache.get(key);
    if (hit === undefined) cache.set(key, (hit = f(values)));
    return hit;
  };
}
