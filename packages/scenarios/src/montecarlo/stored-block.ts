import type { ScenarioBlock } from './block.ts';
import { columnStorage } from './columns.ts';
import type { Column } from './table.ts';

/**
 * A finished block as shards and checkpoints keep it: every column already in the precision of the
 * result tables (Float64 for yen, Float32 otherwise), which is all a result ever reads of it — half
 * the bytes of the block as computed, and the same result.
 */
export interface StoredBlock {
  readonly first: number;
  readonly count: number;
  readonly variants: readonly {
    readonly variant: string;
    readonly columns: Readonly<Record<string, Column>>;
    readonly drivers: Readonly<Record<string, Readonly<Record<string, number>>>>;
  }[];
}

/** `block` in the tables' precision, columns in `names` order. */
export function storedBlock(block: ScenarioBlock, names: readonly string[]): StoredBlock {
  return {
    first: block.first,
    count: block.count,
    variants: block.variants.map((v) => ({
      variant: v.variant,
      drivers: v.drivers,
      columns: Object.fromEntries(names.map((name) => [name, columnStorage(name) === 'float64' ? v.columns[name]! : Float32Array.from(v.columns[name]!)])),
    })),
  };
}

/**
 * The block a run takes from a stored one. The Float32 columns widen exactly, and the tables narrow
 * them back to the same Float32 values, so a run fed stored blocks fills the same tables.
 */
export function scenarioBlock(stored: StoredBlock): ScenarioBlock {
  return {
    first: stored.first,
    count: stored.count,
    variants: stored.variants.map((v) => ({
      variant: v.variant,
      drivers: structuredClone(v.drivers) as Record<string, Record<string, number>>,
      columns: Object.fromEntries(Object.entries(v.columns).map(([name, c]) => [name, c instanceof Float64Array ? c : Float64Array.from(c)])),
    })),
  };
}
