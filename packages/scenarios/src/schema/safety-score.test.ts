import { describe, expect, it } from 'vitest';
import { formatIssues } from '../load/index.ts';
import { PRESETS } from '../presets/index.ts';
import { loadScenario } from '../scenario-file/index.ts';
import { scenarioSchema } from './scenario.ts';

const weights = { incidentCostYen: 1, downtimeHours: 2, residentHoursWithoutService: 1, personsAffected: 3, dataLostHours: 1, residentsWithRecordsLost: 1 };

/** small-town as a JSON file with `safetyScore` first, so that its lines do not move with the preset. */
const file = (safetyScore: unknown): string => JSON.stringify({ safetyScore, ...PRESETS['small-town'] }, null, 2);

function report(safetyScore: unknown): string {
  const loaded = loadScenario(file(safetyScore), 'town.json');
  return loaded.ok ? 'ok' : `${formatIssues(loaded.issues, 'ja')}\n${formatIssues(loaded.issues, 'en')}`;
}

describe('safetyScoreSchema', () => {
  it('a scenario without a safetyScore section parses to one without the key (its hash does not move)', () => {
    expect('safetyScore' in scenarioSchema.parse(PRESETS['small-town'])).toBe(false);
  });

  it('weights and scales may carry their source and parse to plain numbers', () => {
    const loaded = loadScenario(file({ weights: { ...weights, downtimeHours: { value: 2, source: 'council 2027-06' } }, scales: { dataLostHours: 48 } }), 'town.json');
    expect(loaded.ok && loaded.value.safetyScore).toEqual({ weights, scales: { dataLostHours: 48 } });
  });

  it('an unknown metric in weights is located at its key and suggests the metric meant', () => {
    const { downtimeHours, ...rest } = weights;
    expect(report({ weights: { ...rest, downtimeHour: downtimeHours } })).toMatchInlineSnapshot(`
      "town.json:9:7  safetyScore.weights.downtimeHour  不明なフィールド "downtimeHour" です。"downtimeHours" のことですか？
      town.json:9:7  safetyScore.weights.downtimeHour  Unknown field "downtimeHour". Did you mean "downtimeHours"?"
    `);
  });

  it('a metric the score does not weigh (running cost) is an unknown field listing the metrics it does', () => {
    expect(report({ scales: { runningCostYen: 1e8 } })).toMatchInlineSnapshot(`
      "town.json:4:7  safetyScore.scales.runningCostYen  不明なフィールド "runningCostYen" です（使えるフィールド: "incidentCostYen"、"downtimeHours"、"residentHoursWithoutService"、"personsAffected"、"dataLostHours"、"residentsWithRecordsLost"）
      town.json:4:7  safetyScore.scales.runningCostYen  Unknown field "runningCostYen" (known fields: "incidentCostYen", "downtimeHours", "residentHoursWithoutService", "personsAffected", "dataLostHours", "residentsWithRecordsLost")"
    `);
  });

  it('weights are none below 0 and not all 0', () => {
    expect(report({ weights: { ...weights, personsAffected: -1 } })).toMatchInlineSnapshot(`
      "town.json:7:26  safetyScore.weights.personsAffected  0 以上の値を指定してください（-1 が指定されました）
      town.json:7:26  safetyScore.weights.personsAffected  Must be at least 0 (got -1)"
    `);
    expect(report({ weights: { incidentCostYen: 0, downtimeHours: 0, residentHoursWithoutService: 0, personsAffected: 0, dataLostHours: 0, residentsWithRecordsLost: 0 } })).toMatchInlineSnapshot(`
      "town.json:3:16  safetyScore.weights  0 より大きい値を指定してください
      town.json:3:16  safetyScore.weights  Must be greater than 0"
    `);
  });

  it('weights may be given one by one: a metric left out (one added to the score later) keeps its default weight', async () => {
    const { residentsWithRecordsLost: _, ...older } = weights;
    expect(report({ weights: older })).toBe('ok');
    expect(report({ weights: { downtimeHours: 0, incidentCostYen: 0 } })).toBe('ok');
    const { safetyWeights } = await import('../safety/safety-weights.ts');
    const parsed = scenarioSchema.parse({ ...PRESETS['small-town'], safetyScore: { weights: older } });
    expect(safetyWeights(parsed).weights).toEqual({ ...older, residentsWithRecordsLost: 1 });
  });

  it('a scale is above 0', () => {
    expect(report({ scales: { downtimeHours: 0 } })).toMatchInlineSnapshot(`
      "town.json:4:24  safetyScore.scales.downtimeHours  0 より大きい値を指定してください（0 が指定されました）
      town.json:4:24  safetyScore.scales.downtimeHours  Must be greater than 0 (got 0)"
    `);
  });
});
