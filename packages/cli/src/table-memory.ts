import { totalmem } from 'node:os';
import { bytesPerReplicationYear, tableColumns, type Scenario } from '@machi/scenarios';
import { CliError, EXIT } from './cli-error.ts';
import type { Messages } from './messages.ts';

/** The most a run's per-replication tables may take: 4 GiB, and at most a quarter of this machine's memory. */
export const tableMemoryLimit = (machineBytes = totalmem()): number => Math.min(4 * 2 ** 30, Math.floor(machineBytes / 4));

/**
 * Checks, before any work, that the per-replication tables of `runs` replications × `years` × the
 * variants fit in memory: they are taken at once (`runs` is also the most a `--precision` run may
 * need), and they are most of what a large run holds.
 *
 * @throws CliError (usage) stating the memory needed and the limit, so the user can choose `--runs`.
 * @example
 * checkTableMemory(scenario, ['onprem', 'public-cloud'], 100_000, 10, t);
 */
export function checkTableMemory(scenario: Scenario, variants: readonly string[], runs: number, years: number, t: Messages, limit = tableMemoryLimit()): void {
  const perRow = bytesPerReplicationYear(tableColumns(scenario));
  const needed = runs * years * variants.length * perRow;
  if (needed > limit) throw new CliError(EXIT.usage, t.tableTooLarge({ runs, years, variants: variants.length, perRow, needed, limit }));
}
