import { describe, expect, it } from 'vitest';
import { quietTown, quietTownInput } from '../testing/index.ts';
import { replayIncidents } from './replay-incidents.ts';
import { runMonteCarlo } from './run-monte-carlo.ts';

const input = quietTownInput();
input.threats.leaks[0]!.annualRate = 2;
const town = quietTown({ threats: input.threats });

describe('replayIncidents', () => {
  it("gives back the run's incidents: each year's largest equals the table's largest-incident cells", async () => {
    const result = await runMonteCarlo(town, { runs: 6, seed: 9, horizonYears: 3, variants: ['onprem', 'cloud'] });
    const largest = new Map<string, number>();
    const order: number[] = [];
    for (const { variant, replication, outcome } of replayIncidents(town, result.stamp)) {
      const key = `${variant}|${replication}|${outcome.year}`;
      largest.set(key, Math.max(largest.get(key) ?? 0, outcome.costYen));
      order.push(result.stamp.variants.indexOf(variant) * 1000 + replication);
    }
    expect(largest.size).toBeGreaterThan(0);
    for (const table of result.tables) {
      const column = table.columns['largest.incidentCostYen']!;
      for (let row = 0; row < column.length; row++) {
        const key = `${table.variant}|${Math.floor(row / table.years)}|${row % table.years}`;
        expect([key, largest.get(key) ?? 0]).toEqual([key, column[row]]);
      }
    }
    // option by option, replication by replication
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order.map((o) => Math.floor(o / 1000)))).toEqual(new Set([0, 1]));
  });

  it('lists no incident that started after the horizon', () => {
    for (const { outcome } of replayIncidents(town, { variants: ['onprem'], seed: 3, runs: 5, horizonYears: 1 })) expect(outcome.year).toBe(0);
  });
});
