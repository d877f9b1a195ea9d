import { describe, expect, it } from 'vitest';
import { PRESETS } from '../presets/index.ts';
import { loadScenario } from '../scenario-file/index.ts';
import { scenarioSchema } from '../schema/index.ts';
import { DEFAULT_SAFETY_WEIGHTS, safetyWeights } from './safety-weights.ts';

describe('safetyWeights', () => {
  it('without a safetyScore section: equal weights and scales for the town (15,000 residents in small-town), all assumptions', () => {
    expect(safetyWeights(scenarioSchema.parse(PRESETS['small-town']))).toEqual({
      weights: DEFAULT_SAFETY_WEIGHTS,
      scales: { incidentCostYen: 15_000_000, downtimeHours: 24, residentHoursWithoutService: 15_000, personsAffected: 150, dataLostHours: 24, residentsWithRecordsLost: 150 },
      sources: {
        weights: 'assumption',
        scales: { incidentCostYen: 'assumption', downtimeHours: 'assumption', residentHoursWithoutService: 'assumption', personsAffected: 'assumption', dataLostHours: 'assumption', residentsWithRecordsLost: 'assumption' },
      },
    });
  });

  it('per-resident default scales grow with the town (designated-city: 2,000,000 residents)', () => {
    const { scales } = safetyWeights(scenarioSchema.parse(PRESETS['designated-city']));
    expect(scales).toEqual({ incidentCostYen: 2_000_000_000, downtimeHours: 24, residentHoursWithoutService: 2_000_000, personsAffected: 20_000, dataLostHours: 24, residentsWithRecordsLost: 20_000 });
  });

  it('uses the weights and the scales a validated file gives, and the default scale for the others', () => {
    const safetyScore = {
      weights: { incidentCostYen: 0, downtimeHours: 2, residentHoursWithoutService: 1, personsAffected: { value: 4, source: 'council decision 2027-06' }, dataLostHours: 1, residentsWithRecordsLost: 1 },
      scales: { downtimeHours: 8 },
    };
    const loaded = loadScenario(JSON.stringify({ ...PRESETS['small-town'], safetyScore }), 'town.json');
    if (!loaded.ok) throw new Error('the file must validate');
    expect(safetyWeights(loaded.value)).toEqual({
      weights: { incidentCostYen: 0, downtimeHours: 2, residentHoursWithoutService: 1, personsAffected: 4, dataLostHours: 1, residentsWithRecordsLost: 1 },
      scales: { incidentCostYen: 15_000_000, downtimeHours: 8, residentHoursWithoutService: 15_000, personsAffected: 150, dataLostHours: 24, residentsWithRecordsLost: 150 },
      sources: {
        weights: 'scenario',
        scales: { incidentCostYen: 'assumption', downtimeHours: 'scenario', residentHoursWithoutService: 'assumption', personsAffected: 'assumption', dataLostHours: 'assumption', residentsWithRecordsLost: 'assumption' },
      },
    });
  });
});
