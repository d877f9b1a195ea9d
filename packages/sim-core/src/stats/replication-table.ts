/**
 * The per-replication results table: one row per replication (indices `first` … `first + runs − 1`),
 * one Float64Array column per metric. It is the canonical output of a Monte Carlo run; every summary is
 * derived from it, so any split of the replications into chunks gives the same summaries.
 */
export interface ReplicationTable {
  /** Index of the first replication (row 0). */
  readonly first: number;
  readonly runs: number;
  /** Metric names, in column order. */
  readonly metrics: readonly string[];
  readonly columns: Readonly<Record<string, Float64Array>>;
}

/**
 * Joins tables of consecutive replication ranges (in any order) into one; they must share the metrics
 * and tile a contiguous range without gaps or overlaps.
 *
 * @example
 * concatTables([replicate({ runs: 10, first: 10, ... }).table, replicate({ runs: 10, ... }).table]);
 */
export function concatTables(tables: readonly ReplicationTable[]): ReplicationTable {
  if (tables.length === 0) throw new RangeError('concatTables needs at least one table, got 0');
  const ordered = [...tables].sort((a, b) => a.first - b.first);
  const { metrics } = ordered[0];
  let next = ordered[0].first;
  for (const table of ordered) {
    if (table.first !== next) {
      throw new RangeError(`tables must tile a contiguous range: expected a table starting at ${next}, got ${table.first}`);
    }
    if (table.metrics.join('\u0000') !== metrics.join('\u0000')) {
      throw new RangeError(`tables must share metrics: [${metrics.join(', ')}] vs [${table.metrics.join(', ')}]`);
    }
    next += table.runs;
  }
  const runs = next - ordered[0].first;
  const columns: Record<string, Float64Array> = {};
  for (const metric of metrics) {
    const column = new Float64Array(runs);
    let offset = 0;
    for (const table of ordered) {
      column.set(table.columns[metric], offset);
      offset += table.runs;
    }
    columns[metric] = column;
  }
  return { first: ordered[0].first, runs, metrics, columns };
}

/** The table as plain JSON data (columns as number arrays). */
export function tableToJSON(table: ReplicationTable): {
  first: number;
  runs: number;
  metrics: string[];
  columns: Record<string, number[]>;
} {
  const columns: Record<string, number[]> = {};
  for (const metric of table.metrics) columns[metric] = Array.from(table.columns[metric]);
  return { first: table.first, runs: table.runs, metrics: [...table.metrics], columns };
}
