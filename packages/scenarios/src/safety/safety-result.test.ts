import { describe, expect, it } from 'vitest';
import { resultToJSON, runMonteCarlo } from '../montecarlo/index.ts';
import { PRESETS } from '../presets/index.ts';
import { scenarioSchema } from '../schema/index.ts';
import { safetyResult } from './safety-result.ts';
import { safetyScore } from './safety-score.ts';
import { safetyWeights } from './safety-weights.ts';

const smallTown = scenarioSchema.parse(PRESETS['small-town']);
const options = { runs: 6, seed: 2027, blockSize: 2 };

describe('safetyResult', () => {
  it('a Monte Carlo result carries each variant’s score, with the weights, the ranking and its sensitivity, as plain data', async () => {
    const result = await runMonteCarlo(smallTown, { ...options, variants: ['onprem', 'public-cloud'] });
    const { safety } = result;
    expect(safety.weights).toEqual(safetyWeights(smallTown).weights);
    expect(safety.variants.map((v) => v.id)).toEqual(['onprem', 'public-cloud']);
    result.tables.forEach((table, i) => expect(safety.variants[i]).toEqual(safetyScore(table, safety)));
    for (const v of safety.variants) {
      expect(v.mean).toBeGreaterThanOrEqual(0);
      expect(v.mean).toBeLessThanOrEqual(100);
      expect(v.ciLow!).toBeLessThanOrEqual(v.mean);
      expect(v.ciHigh!).toBeGreaterThanOrEqual(v.mean);
    }
    expect([...safety.ranking].sort()).toEqual(['onprem', 'public-cloud']);
    expect(safety.sensitivity).toHaveLength(12);
    expect(JSON.parse(resultToJSON(result)).safety).toEqual(safety);
  });

  it('a variant’s score does not depend on which other variants were run', async () => {
    const both = await runMonteCarlo(smallTown, { ...options, variants: ['onprem', 'public-cloud'] });
    const alone = await runMonteCarlo(smallTown, { ...options, variants: ['onprem'] });
    expect(alone.safety.variants).toEqual([both.safety.variants[0]]);
  });

  it('the scenario’s own weights and scales reach the result, and move the scores', async () => {
    const weighted = scenarioSchema.parse({
      ...PRESETS['small-town'],
      safetyScore: { weights: { incidentCostYen: 0, downtimeHours: 1, residentHoursWithoutService: 0, personsAffected: 0, dataLostHours: 0, residentsWithRecordsLost: 0 }, scales: { downtimeHours: 1 } },
    });
    const result = await runMonteCarlo(weighted, { ...options, variants: ['onprem'] });
    expect(result.safety.weights.downtimeHours).toBe(1);
    expect(result.safety.scales.downtimeHours).toBe(1);
    expect(result.safety.sources.weights).toBe('scenario');
    // Only downtime weighs, at scale 1: each replication scores 100 / (1 + its mean annual downtime).
    const { columns, years } = result.tables[0]!;
    const byHand = Array.from({ length: 6 }, (_, r) => 100 / (1 + [...columns.downtimeHours!.subarray(r * years, (r + 1) * years)].reduce((a, b) => a + b, 0) / years));
    expect(result.safety.variants[0]!.mean).toBeCloseTo(byHand.reduce((a, b) => a + b, 0) / 6, 10);
    const plain = await runMonteCarlo(smallTown, { ...options, variants: ['onprem'] });
    expect(result.safety.variants[0]!.mean).not.toBe(plain.safety.variants[0]!.mean);
  });

  it('with no replication finished there is nothing to score: the weights, and empty lists', () => {
    expect(safetyResult(smallTown, [])).toMatchObject({ variants: [], ranking: [], sensitivity: [] });
  });
});
