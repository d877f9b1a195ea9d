import { RandomStreams, runBlocks, type StoppedBy } from '@machi/sim-core';
import { safetyResult, type SafetyResult } from '../safety/safety-result.ts';
import { variantIds, type Scenario } from '../schema/index.ts';
import { aggregateVariant, compareVariants, type Comparison, type VariantResult } from './aggregate.ts';
import { runScenarioBlock, type BlockTask, type ScenarioBlock, type VariantBlock } from './block.ts';
import { tableColumns } from './columns.ts';
import { headlineEstimates, type HeadlineEstimate } from './headline.ts';
import { MACHI_VERSION, MODEL_ALGORITHMS, scenarioSha256 } from './stamp.ts';
import { bytesPerReplicationYear, TableBuilder, type VariantTable } from './table.ts';

export interface MonteCarloOptions {
  /** Variants to run, in this order; default every variant of the scenario. */
  readonly variants?: readonly string[];
  /** Most replications to run (with `precision`, the run may stop earlier). Bounds memory. */
  readonly runs: number;
  readonly seed: number | string;
  /** Simulated years per replication (default 10). */
  readonly horizonYears?: number;
  /** Worker threads; this browser-safe entry runs in-process only (1). See `@machi/scenarios/node`. */
  readonly workers?: number;
  /** Stop once every headline 95% interval has at most this relative half-width (e.g. 0.05). */
  readonly precision?: number;
  /** Replications per batch: the stopping rule is checked, and convergence reported, per batch (default 250). */
  readonly batchSize?: number;
  /** Replications per unit of work (default 25). Does not change results. */
  readonly blockSize?: number;
  /** Called as the finished prefix grows: replications done out of `runs`. */
  readonly onProgress?: (progress: { replications: number; runs: number }) => void;
  /** Aborting returns the finished prefix, marked incomplete. */
  readonly signal?: AbortSignal;
}

/** The driver counts of one block, per variant in run order. */
type BlockDrivers = VariantBlock['drivers'][];

/** Runs one block somewhere (in-process, on a worker thread) and resolves with it. */
export type BlockExecutor = (task: BlockTask) => Promise<ScenarioBlock>;

export interface MonteCarloStamp {
  readonly version: string;
  readonly scenarioName: string;
  readonly scenarioSha256: string;
  readonly seed: number | string;
  /** Replications the figures rest on (the finished prefix when cancelled or stopped early). */
  readonly runs: number;
  /** Most replications asked for. */
  readonly maxRuns: number;
  readonly horizonYears: number;
  readonly variants: readonly string[];
  readonly stoppedBy: StoppedBy;
  /** False when cancelled: the figures are those of the finished prefix. */
  readonly complete: boolean;
  readonly batchSize: number;
  /** The relative half-width the headline estimates are held to (requested, or 0.05 to report against). */
  readonly precision: { readonly requested: boolean; readonly relativeHalfWidth: number };
  readonly confidenceLevel: 0.95;
  readonly bytesPerReplicationYear: number;
  readonly algorithms: typeof MODEL_ALGORITHMS;
}

export interface MonteCarloResult {
  readonly stamp: MonteCarloStamp;
  /** The headline estimates and whether each meets the precision target (see `HEADLINE_METRICS`). */
  readonly headline: HeadlineEstimate[];
  readonly variants: VariantResult[];
  /** Paired comparisons of every pair of variants on every metric (empty with one variant). */
  readonly comparisons: Comparison[];
  /** The safety score of every variant, its weights and scales, and how the ranking moves with them. */
  readonly safety: SafetyResult;
  /**
   * The per-replication tables, one per variant (`replications.csv`). Non-enumerable: the rest of the
   * result is plain data that goes to JSON (`result.json`) and back unchanged.
   */
  readonly tables: VariantTable[];
}

const DEFAULT_PRECISION = 0.05;

/**
 * Monte Carlo of a validated scenario: `runs` replications of every variant (replication k of each
 * variant on the streams of (seed, k): common random numbers), summarised per variant with intervals,
 * return-period risk, exceedance curves and action probabilities, compared pair by pair, and given a
 * safety score (`safetyResult`).
 *
 * Deterministic: the tables are filled by replication index and every statistic is reduced in a fixed
 * order over them, so the result is byte-identical for any number of workers and any block size. With
 * `precision` the run stops at the first batch boundary where every headline estimate is that precise.
 *
 * @throws RangeError for an unknown variant or a bad count.
 * @example
 * const result = await runMonteCarlo(scenario, { runs: 1000, seed: 1 });
 * result.variants[0].metrics.costYen.mean;
 */
export async function runMonteCarlo(scenario: Scenario, options: MonteCarloOptions): Promise<MonteCarloResult> {
  if ((options.workers ?? 1) !== 1) {
    throw new RangeError(`workers: this entry runs in-process (1); for ${options.workers} worker threads use runMonteCarlo from @machi/scenarios/node`);
  }
  return runMonteCarloWith(scenario, options, { concurrency: 1, execute: inProcess(scenario) });
}

/** In-process blocks, yielding to the event loop before each so that progress and aborts get through. */
export function inProcess(scenario: Scenario): BlockExecutor {
  return (task) =>
    new Promise((resolve, reject) =>
      setTimeout(() => {
        try {
          resolve(runScenarioBlock(scenario, task));
        } catch (error) {
          reject(error);
        }
      }, 0),
    );
}

/**
 * `runMonteCarlo` on an executor: what the worker-thread entry shares with the in-process one.
 * `release`, if given, is awaited once the last block is in, before the statistics are computed, so
 * that worker threads give their memory back before the statistics take theirs.
 */
export async function runMonteCarloWith(
  scenario: Scenario,
  options: MonteCarloOptions,
  executor: { concurrency: number; execute: BlockExecutor; release?: () => Promise<void> },
): Promise<MonteCarloResult> {
  const { variants, horizonYears, blockSize, batchSize } = checkedOptions(scenario, options);
  const precision = { relativeHalfWidth: options.precision ?? DEFAULT_PRECISION };

  const names = tableColumns(scenario);
  const builders = variants.map((v) => new TableBuilder(v, names, horizonYears, options.runs));
  const views = (replications: number) => builders.map((b) => b.view(replications));
  // A finished block's columns go straight into the tables; only its driver counts are kept (holding
  // every block would double the memory of a run).
  const { results, replications, stoppedBy } = await runBlocks<BlockDrivers>({
    runs: options.runs,
    blockSize,
    batchSize,
    concurrency: executor.concurrency,
    signal: options.signal,
    onProgress: (n) => options.onProgress?.({ replications: n, runs: options.runs }),
    runBlock: async (first, count) => {
      const block = await executor.execute({ variants, seed: options.seed, horizonYears, first, count });
      block.variants.forEach((part, i) => builders[i]!.put(first, part));
      return block.variants.map((v) => v.drivers);
    },
    ...(options.precision === undefined
      ? {}
      : { shouldStop: (_: readonly BlockDrivers[], n: number) => headlineEstimates(views(n), precision).every((e) => e.met) }),
  });

  await executor.release?.();
  const tables = views(replications);
  const stamp: MonteCarloStamp = {
    version: MACHI_VERSION,
    scenarioName: scenario.name,
    scenarioSha256: scenarioSha256(scenario),
    seed: options.seed,
    runs: replications,
    maxRuns: options.runs,
    horizonYears,
    variants,
    stoppedBy,
    complete: stoppedBy !== 'cancelled',
    batchSize,
    precision: { requested: options.precision !== undefined, relativeHalfWidth: precision.relativeHalfWidth },
    confidenceLevel: 0.95,
    bytesPerReplicationYear: bytesPerReplicationYear(names),
    algorithms: MODEL_ALGORITHMS,
  };
  const figures =
    replications === 0
      ? { stamp, headline: [], variants: [], comparisons: [], safety: safetyResult(scenario, []) }
      : {
          stamp,
          headline: headlineEstimates(tables, precision),
          variants: tables.map((t, i) => aggregateVariant(t, results.map((drivers) => drivers[i]!), batchSize)),
          comparisons: compareVariants(tables),
          safety: safetyResult(scenario, tables),
        };
  return Object.defineProperty(figures, 'tables', { value: tables, enumerable: false }) as MonteCarloResult;
}

/** The result as `result.json` holds it (the tables are not part of it): 2-space JSON ending in "\n". */
export const resultToJSON = (result: MonteCarloResult): string => `${JSON.stringify(result, null, 2)}\n`;

/** The options with their defaults, checked before anything runs. */
export function checkedOptions(scenario: Scenario, options: MonteCarloOptions) {
  const known = variantIds(scenario);
  const variants = [...(options.variants ?? known)];
  if (variants.length === 0) throw new RangeError('variants: name at least one variant');
  for (const v of variants) {
    if (!known.includes(v)) throw new RangeError(`unknown variant "${v}"; known: ${known.join(', ')}`);
  }
  if (new Set(variants).size !== variants.length) throw new RangeError(`variants: each variant once, got ${variants.join(', ')}`);
  new RandomStreams(options.seed, 0); // throws for a seed no stream can take
  const horizonYears = options.horizonYears ?? 10;
  const blockSize = options.blockSize ?? 25;
  const batchSize = options.batchSize ?? 250;
  positiveInteger('horizonYears', horizonYears);
  positiveInteger('runs', options.runs);
  positiveInteger('blockSize', blockSize);
  positiveInteger('batchSize', batchSize);
  if (options.precision !== undefined && !(options.precision > 0 && options.precision < 1)) {
    throw new RangeError(`precision must be a relative half-width in (0, 1), e.g. 0.05, got ${options.precision}`);
  }
  return { variants, horizonYears, blockSize, batchSize };
}

function positiveInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
}
