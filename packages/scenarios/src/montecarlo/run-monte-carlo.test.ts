import { describe, expect, it } from 'vitest';
import { quietTown, quietTownInput } from '../testing/index.ts';
import { resultToJSON, runMonteCarlo } from './run-monte-carlo.ts';

const input = quietTownInput();
input.threats.leaks[0]!.annualRate = 2;
const town = quietTown({ threats: input.threats });

describe('runMonteCarlo (in-process)', () => {
  it('is plain data that goes to JSON and back unchanged; the tables stay out of it', async () => {
    const result = await runMonteCarlo(town, { runs: 8, seed: 4, horizonYears: 3, variants: ['onprem', 'housing'] });
    expect(Object.keys(result)).toEqual(['stamp', 'headline', 'variants', 'comparisons', 'safety']);
    expect(JSON.parse(resultToJSON(result))).toEqual(result);
    expect(result.tables.map((t) => [t.variant, t.replications, t.years, t.columns.incidents!.length])).toEqual([
      ['onprem', 8, 3, 24],
      ['housing', 8, 3, 24],
    ]);
  });

  it('writes null, not NaN, for what one replication cannot estimate', async () => {
    const result = await runMonteCarlo(town, { runs: 1, seed: 4, horizonYears: 2, variants: ['onprem'] });
    const json = resultToJSON(result);
    expect(json).not.toMatch(/NaN|Infinity/);
    expect(result.variants[0]!.metrics.incidents).toMatchObject({ stderr: null, ciLow: null, ciHigh: null });
    expect(JSON.parse(json)).toEqual(result);
  });

  it('runs every variant in file order by default, each with the paired comparisons of every pair', async () => {
    const result = await runMonteCarlo(town, { runs: 2, seed: 1, horizonYears: 1 });
    const ids = Object.keys(town.variants);
    expect(result.variants.map((v) => v.id)).toEqual(ids);
    const pairs = new Set(result.comparisons.map((c) => `${c.a}|${c.b}`));
    expect(pairs.size).toBe((ids.length * (ids.length - 1)) / 2);
  });

  it('refuses what it cannot do, naming the value', async () => {
    await expect(runMonteCarlo(town, { runs: 1, seed: 1, variants: ['cloud', 'nowhere'] })).rejects.toThrow(
      'unknown variant "nowhere"; known: onprem, cloud, cloud-single, housing, cloud-two-lines',
    );
    await expect(runMonteCarlo(town, { runs: 1, seed: 1, variants: ['cloud', 'cloud'] })).rejects.toThrow('each variant once');
    await expect(runMonteCarlo(town, { runs: 0, seed: 1 })).rejects.toThrow('runs must be a positive integer, got 0');
    await expect(runMonteCarlo(town, { runs: 1, seed: 1, precision: 5 })).rejects.toThrow('precision must be a relative half-width in (0, 1)');
    await expect(runMonteCarlo(town, { runs: 1, seed: 1, workers: 2 })).rejects.toThrow('use runMonteCarlo from @machi/scenarios/node');
    await expect(runMonteCarlo(town, { runs: 1, seed: 1.5 })).rejects.toThrow('seed must be a safe integer or a non-empty string, got 1.5');
  });
});
