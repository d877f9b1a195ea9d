import { RandomStreams } from '../random/index.ts';
import type { ReplicationTable } from './replication-table.ts';

/** What a model sees of its replication. */
export interface ReplicationContext {
  /** Replication index k: its streams depend on (seed, k, stream name) only. */
  readonly replication: number;
  /** Lazily created named streams of this replication. */
  readonly streams: RandomStreams;
  /** Whether this replication was asked to keep an event trace (pass it to `new Environment`). */
  readonly trace: boolean;
}

/** A model: one replication in, one number per metric out. */
export type Model = (context: ReplicationContext) => Readonly<Record<string, number>>;

export interface ReplicateOptions {
  /** Number of replications to run (a positive integer). */
  readonly runs: number;
  /** Master seed: a safe integer or a non-empty string. */
  readonly seed: number | string;
  readonly model: Model;
  /** First replication index, for running one chunk of a larger study (default 0). */
  readonly first?: number;
  /** Metric names in column order; by default the keys of the first replication's result. */
  readonly metrics?: readonly string[];
  /** Which replications keep an event trace (default none). */
  readonly trace?: (replication: number) => boolean;
}

/**
 * Runs `model` once per replication index first … first + runs − 1, each with its own named streams
 * from (seed, index), and collects the per-replication table. The rows depend only on (seed, index, model),
 * so running 0..999 at once or as chunks 0..6, 7..13, ... joined with `concatTables` gives the same table.
 * Every replication must return exactly the table's metrics, as finite numbers or NaN (a metric that does
 * not apply); anything else throws naming the replication and the metric.
 *
 * @example
 * const { table } = replicate({ runs: 100, seed: 42, model: ({ streams }) => ({ x: streams.get('x').random() }) });
 * summarize(table).x.mean; // ≈ 0.5
 */
export function replicate(options: ReplicateOptions): { table: ReplicationTable } {
  const { runs, seed, model } = options;
  const first = options.first ?? 0;
  if (!Number.isSafeInteger(runs) || runs < 1) throw new RangeError(`runs must be a positive integer, got ${runs}`);
  if (!Number.isSafeInteger(first) || first < 0) {
    throw new RangeError(`first must be a non-negative integer, got ${first}`);
  }
  let metrics = options.metrics;
  let columns: Record<string, Float64Array> | undefined;
  for (let row = 0; row < runs; row++) {
    const replication = first + row;
    const result = model({
      replication,
      streams: new RandomStreams(seed, replication),
      trace: options.trace?.(replication) ?? false,
    });
    if (metrics === undefined) metrics = Object.keys(result);
    if (columns === undefined) columns = allocate(metrics, runs);
    store(columns, metrics, result, row, replication);
  }
  return { table: { first, runs, metrics: [...metrics!], columns: columns! } };
}

function allocate(metrics: readonly string[], runs: number): Record<string, Float64Array> {
  if (metrics.length === 0) throw new RangeError('a model must return at least one metric, got none');
  const columns: Record<string, Float64Array> = {};
  for (const metric of metrics) columns[metric] = new Float64Array(runs);
  return columns;
}

function store(
  columns: Record<string, Float64Array>,
  metrics: readonly string[],
  result: Readonly<Record<string, number>>,
  row: number,
  replication: number,
): void {
  const keys = Object.keys(result);
  if (keys.length !== metrics.length || keys.some((key) => !Object.hasOwn(columns, key))) {
    throw new RangeError(
      `replication ${replication} returned metrics [${keys.join(', ')}], expected [${metrics.join(', ')}]`,
    );
  }
  for (const metric of metrics) {
    const value = result[metric];
    if (typeof value !== 'number' || value === Infinity || value === -Infinity) {
      throw new RangeError(`replication ${replication}: metric ${metric} must be a finite number or NaN, got ${value}`);
    }
    columns[metric][row] = value;
  }
}
