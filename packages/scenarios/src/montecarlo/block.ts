import { simulate } from '../model/index.ts';
import type { Scenario } from '../schema/index.ts';
import { metricColumn } from '../vocabulary/metrics.ts';
import { recordLargest, tableColumns } from './columns.ts';

/** What a block of replications is asked to run (plain data: it crosses to worker threads). */
export interface BlockTask {
  readonly variants: readonly string[];
  readonly seed: number | string;
  readonly horizonYears: number;
  /** First replication index of the block. */
  readonly first: number;
  readonly count: number;
}

/** One variant's part of a block: rows `replication * years + year`, relative to the block's first. */
export interface VariantBlock {
  readonly variant: string;
  readonly columns: Record<string, Float64Array>;
  /**
   * For each action, how many incidents that triggered it had each kind and each cause
   * (`kind.<kind>` / `cause.<cause>` → count). An incident of several kinds counts once under each.
   */
  readonly drivers: Record<string, Record<string, number>>;
}

export interface ScenarioBlock {
  readonly first: number;
  readonly count: number;
  readonly variants: VariantBlock[];
}

/**
 * Simulates replications first … first + count − 1 of every variant in `task` and collects their rows:
 * every metric of each simulated year, the largest single incident of the year per exceedance metric,
 * and which incident kinds and causes triggered each action. Replication k of every variant uses the
 * streams of (seed, k): common random numbers. Depends on the task alone, so any worker gives the same
 * block.
 *
 * @example
 * runScenarioBlock(scenario, { variants: ['onprem'], seed: 1, horizonYears: 10, first: 0, count: 25 });
 */
export function runScenarioBlock(scenario: Scenario, task: BlockTask): ScenarioBlock {
  const { horizonYears: years, first, count } = task;
  const names = tableColumns(scenario);
  const yearly = names.filter((name) => metricColumn(name).kind !== 'largest');
  const variants = task.variants.map((variant): VariantBlock => {
    const columns: Record<string, Float64Array> = {};
    for (const name of names) columns[name] = new Float64Array(count * years);
    return { variant, columns, drivers: {} };
  });
  // Replication by replication, every variant in turn: the variants of one replication derive the same
  // stream seeds, which the streams then hash only once.
  for (let row = 0; row < count; row++) {
    for (const { variant, columns, drivers } of variants) {
      const result = simulate(scenario, { variant, seed: task.seed, replication: first + row, horizonYears: years });
      const offset = row * years;
      for (let y = 0; y < years; y++) {
        const values = result.years[y]!;
        for (const name of yearly) columns[name]![offset + y] = values[name]!;
      }
      recordLargest(columns, offset, result.outcomes, scenario, years);
      for (const outcome of result.outcomes) {
        for (const { action } of outcome.actions) {
          const counts = (drivers[action] ??= {});
          for (const key of [...outcome.kinds.map(driverKey.kind), driverKey.cause(outcome.cause)]) counts[key] = (counts[key] ?? 0) + 1;
        }
      }
    }
  }
  return { first, count, variants };
}

/** The keys of a block's driver counts: `kind.<incident kind>` and `cause.<outcome cause>`. */
export const driverKey = {
  kind: (kind: string): string => `kind.${kind}`,
  cause: (cause: string): string => `cause.${cause}`,
};

/** A driver count's key taken apart (the inverse of `driverKey`). */
export function parseDriverKey(key: string): { kind: string; cause?: never } | { kind?: never; cause: string } {
  if (key.startsWith('kind.')) return { kind: key.slice('kind.'.length) };
  if (key.startsWith('cause.')) return { cause: key.slice('cause.'.length) };
  throw new RangeError(`not a driver key: "${key}"`);
}

/** The buffers of a block, to move it to another thread rather than copy it. */
export const blockBuffers = (block: ScenarioBlock): ArrayBuffer[] =>
  block.variants.flatMap((v) => Object.values(v.columns).map((c) => c.buffer as ArrayBuffer));
