import { columnStorage } from './columns.ts';
import type { VariantBlock } from './block.ts';

export type Column = Float32Array | Float64Array;

/**
 * One variant's per-replication table: one row per (replication, simulated year), row index
 * `replication * years + year`, one column per metric. Yen columns are Float64 (every yen of a
 * year's total); the others are Float32, exact for counts below 2^24 and within 6·10⁻⁸ relative for
 * hours — 4 bytes instead of 8 per cell, which is what lets 100,000 replications fit in memory.
 */
export interface VariantTable {
  readonly variant: string;
  readonly years: number;
  readonly replications: number;
  readonly names: readonly string[];
  readonly columns: Readonly<Record<string, Column>>;
}

/** The column `name` of a table; throws a RangeError naming the column and the variant when it has none. */
export function tableColumn(table: VariantTable, name: string): Column {
  const column = table.columns[name];
  if (column === undefined) throw new RangeError(`no column "${name}" in the table of variant "${table.variant}"`);
  return column;
}

/** Bytes one replication-year takes in a table with these columns. */
export const bytesPerReplicationYear = (names: readonly string[]): number =>
  names.reduce((sum, name) => sum + (columnStorage(name) === 'float64' ? 8 : 4), 0);

/**
 * Fills one variant's table block by block, in any order; `view(n)` gives the first n replications.
 * Storage for `capacity` replications is taken at once: `runs` bounds a run's memory.
 */
export class TableBuilder {
  private readonly columns: Record<string, Column> = {};

  constructor(
    readonly variant: string,
    readonly names: readonly string[],
    readonly years: number,
    capacity: number,
  ) {
    for (const name of names) columns(this.columns, name, capacity * years);
  }

  put(first: number, block: VariantBlock): void {
    for (const name of this.names) this.columns[name]!.set(block.columns[name]!, first * this.years);
  }

  view(replications: number): VariantTable {
    const columns: Record<string, Column> = {};
    for (const name of this.names) columns[name] = this.columns[name]!.subarray(0, replications * this.years);
    return { variant: this.variant, years: this.years, replications, names: this.names, columns };
  }
}

function columns(into: Record<string, Column>, name: string, length: number): void {
  into[name] = columnStorage(name) === 'float64' ? new Float64Array(length) : new Float32Array(length);
}
