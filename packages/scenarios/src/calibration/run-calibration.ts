import { PRESETS } from '../presets/index.ts';
import { MACHI_VERSION, scenarioSha256 } from '../montecarlo/stamp.ts';
import { scenarioSchema, type Scenario } from '../schema/index.ts';
import { calibrationBlock, comparableQuantities, type CalibrationBlock, type CalibrationRun, type CalibrationTask } from './calibration-block.ts';
import { observedRate, verdictWithin, type ObservedRate, type Verdict } from './compare.ts';
import { exactPoissonInterval } from './poisson-interval.ts';
import { CLASS_REPRESENTATION, MUNICIPALITY_CLASSES } from './municipality-classes.ts';
import { NATIONAL_QUANTITIES, type NationalQuantity, type Observation, type Scaling } from './national-counts.ts';
import { nationalPerReplication, runKey, scalingTerms, type ScalingTerm } from './scaling.ts';

type Text = { readonly ja: string; readonly en: string };

export interface CalibrationOptions {
  /** Replications of every run. */
  readonly runs: number;
  readonly seed: number | string;
  /** Simulated years per replication (default 10). */
  readonly horizonYears?: number;
  /** Replications per unit of work (default 25). Does not change results. */
  readonly blockSize?: number;
  /** Called as blocks finish: blocks done out of all. */
  readonly onProgress?: (progress: { blocks: number; of: number }) => void;
}

/** One class as the study represented it. */
export interface CalibrationClass {
  readonly id: string;
  readonly name: Text;
  readonly bodies: number;
  readonly meanPopulation: number;
  readonly preset: string;
  readonly presetPopulation: number;
  readonly hosting: { readonly variant: string; readonly share: number }[];
}

/** One row of the calibration table. */
export interface CalibrationRow {
  readonly id: string;
  readonly label: Text;
  readonly observed: ObservedRate & Pick<Observation, 'events' | 'years' | 'window' | 'yearBasis' | 'source'>;
  /**
   * The simulated national yearly mean with its 95% Monte Carlo interval (from fewer than 20 simulated
   * events, the scaled exact Poisson interval of their count); null when not comparable.
   */
  readonly simulated: { readonly mean: number; readonly ciLow: number; readonly ciHigh: number; readonly scaling: Scaling['kind']; readonly why: Text } | null;
  /** Simulated mean ÷ observed central value; null when not comparable. */
  readonly ratio: number | null;
  readonly verdict: Verdict;
  /** Why the row cannot be compared. */
  readonly reason?: Text;
}

export interface CalibrationResult {
  readonly stamp: {
    readonly version: string;
    readonly seed: number | string;
    readonly runs: number;
    readonly horizonYears: number;
    readonly confidenceLevel: 0.95;
    readonly presets: { readonly name: string; readonly scenarioSha256: string }[];
  };
  readonly classes: CalibrationClass[];
  readonly rows: CalibrationRow[];
}

/** Runs calibration blocks somewhere, `concurrency` at a time. */
export interface CalibrationExecutor {
  readonly concurrency: number;
  execute(task: CalibrationTask): Promise<CalibrationBlock>;
}

/** The presets the study runs, validated: every preset a class or a quantity names. */
export function calibrationScenarios(): Record<string, Scenario> {
  const names = new Set<string>();
  for (const c of MUNICIPALITY_CLASSES) names.add(CLASS_REPRESENTATION[c.id]!.preset);
  for (const q of comparableQuantities()) {
    const s = q.counterpart.scaling;
    if (s.kind === 'national' || s.kind === 'perPlatform') names.add(s.preset);
  }
  const out: Record<string, Scenario> = {};
  for (const name of [...names].sort()) {
    const input = PRESETS[name];
    if (!input) throw new RangeError(`calibration: unknown preset "${name}"`);
    out[name] = scenarioSchema.parse(input);
  }
  return out;
}

/**
 * The calibration study in-process (browser-safe): every class's preset run in its hosting variants,
 * each comparable quantity counted per town-year, scaled to the class and summed over Japan, and set
 * against the observed national yearly counts with intervals, ratio and verdict. Plain data, the same
 * bytes for the same options; `@machi/scenarios/node` spreads the blocks over worker threads.
 *
 * @example
 * const result = await calibrate(calibrationScenarios(), { runs: 200, seed: 1 });
 * result.rows.map((r) => [r.id, r.ratio, r.verdict]);
 */
export function calibrate(scenarios: Readonly<Record<string, Scenario>>, options: CalibrationOptions): Promise<CalibrationResult> {
  return calibrateWith(scenarios, options, {
    concurrency: 1,
    execute: (task) => new Promise((resolve, reject) => setTimeout(() => {
      try {
        resolve(calibrationBlock(scenarios, task));
      } catch (error) {
        reject(error);
      }
    }, 0)),
  });
}

/** `calibrate` on an executor: what the worker-thread entry shares with the in-process one. */
export async function calibrateWith(scenarios: Readonly<Record<string, Scenario>>, options: CalibrationOptions, executor: CalibrationExecutor): Promise<CalibrationResult> {
  const years = options.horizonYears ?? 10;
  const blockSize = options.blockSize ?? 25;
  for (const [name, n] of [['runs', options.runs], ['horizonYears', years], ['blockSize', blockSize]] as const) {
    if (!(Number.isSafeInteger(n) && n > 0)) throw new RangeError(`${name} must be a positive integer, got ${n}`);
  }
  const population: Record<string, number> = {};
  for (const [name, s] of Object.entries(scenarios)) population[name] = s.municipality.population;
  const quantities = comparableQuantities();
  const terms = new Map<string, ScalingTerm[]>(quantities.map((q) => [q.id, scalingTerms(q.counterpart.scaling, MUNICIPALITY_CLASSES, CLASS_REPRESENTATION, population)]));

  const runs: CalibrationRun[] = [];
  for (const list of terms.values()) for (const t of list) if (!runs.some((r) => runKey(r) === runKey(t.run))) runs.push(t.run);
  const counts = await runAll(runs, scenarios, options, years, blockSize, executor);

  const rows = NATIONAL_QUANTITIES.map((q) => calibrationRow(q, terms.get(q.id), counts, options.runs, years));
  return {
    stamp: {
      version: MACHI_VERSION,
      seed: options.seed,
      runs: options.runs,
      horizonYears: years,
      confidenceLevel: 0.95,
      presets: Object.keys(scenarios).sort().map((name) => ({ name, scenarioSha256: scenarioSha256(scenarios[name]!) })),
    },
    classes: MUNICIPALITY_CLASSES.map((c) => {
      const rep = CLASS_REPRESENTATION[c.id]!;
      return {
        id: c.id,
        name: c.name,
        bodies: c.bodies.value,
        meanPopulation: c.meanPopulation.value,
        preset: rep.preset,
        presetPopulation: population[rep.preset]!,
        hosting: Object.entries(rep.hosting).map(([variant, share]) => ({ variant, share: share.value })),
      };
    }),
    rows,
  };
}

/** Every run's per-replication counts, by run key then quantity, filled by replication index. */
async function runAll(
  runs: readonly CalibrationRun[],
  scenarios: Readonly<Record<string, Scenario>>,
  options: CalibrationOptions,
  years: number,
  blockSize: number,
  executor: CalibrationExecutor,
): Promise<Map<string, Record<string, Float64Array>>> {
  const tasks: CalibrationTask[] = [];
  for (const run of runs) {
    if (!scenarios[run.preset]) throw new RangeError(`calibration: no scenario for preset "${run.preset}"`);
    for (let first = 0; first < options.runs; first += blockSize) {
      tasks.push({ kind: 'calibration', run, seed: options.seed, horizonYears: years, first, count: Math.min(blockSize, options.runs - first) });
    }
  }
  const out = new Map<string, Record<string, Float64Array>>();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      const block = await executor.execute(task);
      const into = out.get(runKey(task.run)) ?? {};
      out.set(runKey(task.run), into);
      for (const [id, values] of Object.entries(block.counts)) {
        const column = (into[id] ??= new Float64Array(options.runs));
        values.forEach((v, i) => (column[block.first + i] = v));
      }
      options.onProgress?.({ blocks: ++done, of: tasks.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(executor.concurrency, tasks.length) }, worker));
  return out;
}

function calibrationRow(q: NationalQuantity, terms: readonly ScalingTerm[] | undefined, counts: Map<string, Record<string, Float64Array>>, runs: number, years: number): CalibrationRow {
  const o = q.observed;
  const observed = { ...observedRate(o), events: o.events, years: o.years, window: o.window, yearBasis: o.yearBasis, source: o.source };
  if (!('count' in q.counterpart) || !terms) {
    const reason = 'notComparable' in q.counterpart ? q.counterpart.notComparable : { ja: '', en: '' };
    return { id: q.id, label: q.label, observed, simulated: null, ratio: null, verdict: 'notComparable', reason };
  }
  const countsOf = (run: CalibrationRun) => counts.get(runKey(run))![q.id]!;
  const national = nationalPerReplication(terms, countsOf, runs, years);
  const { mean, halfWidth } = meanAndHalfWidth(national);
  const events = terms.reduce((sum, t) => sum + countsOf(t.run).reduce((a, b) => a + b, 0), 0);
  const [ciLow, ciHigh] = events < FEW_EVENTS ? fewEventsInterval(events, terms, runs * years) : [Math.max(0, mean - halfWidth), mean + halfWidth];
  const simulated = { mean, ciLow, ciHigh, scaling: q.counterpart.scaling.kind, why: q.counterpart.why };
  return { id: q.id, label: q.label, observed, simulated, ratio: observed.central > 0 ? mean / observed.central : null, verdict: verdictWithin(mean, ciLow, ciHigh, observed) };
}

// Below this many simulated events in all runs, the replications' normal interval is no interval at
// all (none simulated: 0 – 0), so the count's exact Poisson interval is used instead.
const FEW_EVENTS = 20;

/**
 * The 95% interval of a national mean made of few simulated events: the exact Poisson interval of the
 * event count, each event weighted as the lightest (low end) or the heaviest (high end) term weighs
 * one event — a safe bound, since the mean lies between those weights times the count.
 */
function fewEventsInterval(events: number, terms: readonly ScalingTerm[], townYears: number): [number, number] {
  const { low, high } = exactPoissonInterval(events);
  const weights = terms.map((t) => t.coefficient / townYears);
  return [low * Math.min(...weights), high * Math.max(...weights)];
}


/** Mean of the replications' national counts and the half-width of its 95% normal interval. */
function meanAndHalfWidth(xs: Float64Array): { mean: number; halfWidth: number } {
  const n = xs.length;
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  if (n < 2) return { mean, halfWidth: 0 };
  let ss = 0;
  for (const x of xs) ss += (x - mean) ** 2;
  return { mean, halfWidth: 1.959963984540054 * Math.sqrt(ss / (n - 1) / n) };
}
