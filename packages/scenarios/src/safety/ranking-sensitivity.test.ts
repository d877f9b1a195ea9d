import { describe, expect, it } from 'vitest';
import { rankBySafety, rankingSensitivity } from './ranking-sensitivity.ts';
import { replicationMeans } from './safety-score.ts';
import { evenSettings, safetyTable } from './test-support.ts';

describe('rankBySafety', () => {
  it('ranks from the highest mean to the lowest, equal means in the order given', () => {
    expect(rankBySafety([{ id: 'a', mean: 60 }, { id: 'b', mean: 70 }, { id: 'c', mean: 60 }])).toEqual(['b', 'a', 'c']);
  });
});

describe('rankingSensitivity', () => {
  // Two metrics weigh (downtime, persons), scales 1. Variant "cloud" has downtime 1, persons 3: parts ½ and ¼;
  // "onprem" has downtime 3, persons 1: parts ¼ and ½. Weights 1 and 1.5 favour onprem (1.0 vs 0.875);
  // doubling the downtime weight (2 and 1.5) favours cloud (1.375 vs 1.25); halving keeps onprem ahead.
  const settings = evenSettings({ incidentCostYen: 0, downtimeHours: 1, residentHoursWithoutService: 0, personsAffected: 1.5, dataLostHours: 0, residentsWithRecordsLost: 0 });
  const variant = (id: string, downtime: number, persons: number) => ({
    id,
    means: replicationMeans(safetyTable(id, 2, 1, (m) => (m === 'downtimeHours' ? downtime : m === 'personsAffected' ? persons : 0))),
  });
  const shifts = rankingSensitivity([variant('cloud', 1, 3), variant('onprem', 3, 1)], settings);

  it('lists every metric halved and doubled, in SAFETY_METRICS order', () => {
    expect(shifts.map((s) => `${s.metric}×${s.factor}`)).toEqual([
      'incidentCostYen×0.5', 'incidentCostYen×2', 'downtimeHours×0.5', 'downtimeHours×2', 'residentHoursWithoutService×0.5',
      'residentHoursWithoutService×2', 'personsAffected×0.5', 'personsAffected×2', 'dataLostHours×0.5', 'dataLostHours×2',
      'residentsWithRecordsLost×0.5', 'residentsWithRecordsLost×2',
    ]);
  });

  it('doubling the downtime weight flips the order; halving it, or moving a weight of 0, does not', () => {
    const at = (metric: string, factor: number) => shifts.find((s) => s.metric === metric && s.factor === factor)!;
    expect(at('downtimeHours', 2)).toEqual({
      metric: 'downtimeHours',
      factor: 2,
      ranking: ['cloud', 'onprem'],
      changed: true,
      // 100 · 1.375 / 3.5 and 100 · 1.25 / 3.5
      means: { cloud: (100 * 1.375) / 3.5, onprem: (100 * 1.25) / 3.5 },
    });
    expect(at('downtimeHours', 0.5)).toMatchObject({ ranking: ['onprem', 'cloud'], changed: false });
    expect(at('incidentCostYen', 2)).toMatchObject({ ranking: ['onprem', 'cloud'], changed: false });
    expect(shifts.filter((s) => s.changed).map((s) => `${s.metric}×${s.factor}`)).toEqual(['downtimeHours×2', 'personsAffected×0.5']);
  });
});
