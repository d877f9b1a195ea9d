import { PRESETS, scenarioSchema } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import { en } from './locales/en.ts';
import { ja } from './locales/ja.ts';
import { checkTableMemory, tableMemoryLimit } from './table-memory.ts';

const smallTown = scenarioSchema.parse(PRESETS['small-town']);
const variants = ['onprem', 'housing', 'community-cloud', 'public-cloud'];

describe('checkTableMemory(scenario, variants, runs, years, t, limit)', () => {
  it('lets a run whose table fits through: 100,000 replications of small-town take 640 MB', () => {
    // 36 columns: 32 of Float32 (with the planned downtime) and 4 yen columns of Float64 = 160 bytes a replication-year.
    expect(() => checkTableMemory(smallTown, variants, 100_000, 10, en, 645e6)).not.toThrow();
    expect(() => checkTableMemory(smallTown, variants, 100_000, 10, en, 635e6)).toThrow(CliError);
  });

  it('refuses one that does not, saying what it needs and what is allowed, before any work', () => {
    expect(() => checkTableMemory(smallTown, variants, 1_000_000, 10, en, 4 * 2 ** 30)).toThrow(
      new CliError(
        2,
        '--runs 1,000,000 × --years 10 × 4 variants need about 6.4 GB of memory for the per-replication table (160 bytes per replication-year and variant); at most 4.3 GB here (4 GiB, and no more than a quarter of this machine\'s memory). Use fewer --runs or --years; with --precision, --runs is the most that may run',
      ),
    );
    expect(() => checkTableMemory(smallTown, ['onprem'], 10_000_000, 100, ja, 4 * 2 ** 30)).toThrow(
      '--runs 10,000,000 × --years 100 × 比較案 1 では、反復ごとの表に約 160 GB のメモリが必要です',
    );
  });

  it('allows 4 GiB, and no more than a quarter of the machine', () => {
    expect(tableMemoryLimit(64 * 2 ** 30)).toBe(4 * 2 ** 30);
    expect(tableMemoryLimit(8 * 2 ** 30)).toBe(2 * 2 ** 30);
  });
});
