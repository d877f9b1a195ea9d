import { describe, expect, it } from 'vitest';
import { metricColumns, metricNames } from '../model/metric-names.ts';
import { PRESETS } from '../presets/index.ts';
import { scenarioSchema } from '../schema/index.ts';
import { tableColumns } from '../montecarlo/columns.ts';
import { columnName, columnTraits, EXCEEDANCE_METRICS, HEADLINE_METRICS, LARGEST_METRICS, METRIC_IDS, metricColumn } from './metrics.ts';

const presets = Object.values(PRESETS).map((p) => scenarioSchema.parse(structuredClone(p)));

describe('metrics', () => {
  it('metricColumns(scenario) places every metric exactly once', () => {
    for (const scenario of presets) {
      const own = metricColumns(scenario).flatMap((c) => (c.kind === 'metric' ? [c.metric] : []));
      expect([...own].sort()).toEqual([...METRIC_IDS].sort());
    }
  });

  it('metricColumn(name) takes apart every column name of both presets, and columnName puts it back', () => {
    for (const scenario of presets) {
      for (const name of tableColumns(scenario)) expect(columnName(metricColumn(name))).toBe(name);
    }
  });

  it('metricColumn(name) throws a RangeError naming an unknown column', () => {
    expect(() => metricColumn('downtimeHour')).toThrow(new RangeError('unknown metric column "downtimeHour"'));
    expect(() => metricColumn('action.sing')).toThrow(RangeError);
    expect(() => metricColumn('personsAffected.secret')).toThrow(RangeError);
    expect(() => metricColumn('largest.runningCostYen')).toThrow(RangeError);
  });

  it('keeps yen in Float64 and everything else in Float32', () => {
    const storage = Object.fromEntries(tableColumns(presets[0]!).map((n) => [n, columnTraits(metricColumn(n)).storage]));
    const float64 = Object.keys(storage).filter((n) => storage[n] === 'float64');
    expect(float64).toEqual(['runningCostYen', 'incidentCostYen', 'costYen', 'largest.incidentCostYen']);
  });

  it('lists the headline, exceedance and largest-incident metrics in their report order', () => {
    expect(HEADLINE_METRICS).toEqual([
      { metric: 'costYen', absoluteFloor: 100_000 },
      { metric: 'downtimeHours', absoluteFloor: 1 },
      { metric: 'residentHoursWithoutService', absoluteFloor: 10 },
      { metric: 'personsAffected', absoluteFloor: 1 },
      { metric: 'dataLostHours', absoluteFloor: 1 },
      { metric: 'systemsLost', absoluteFloor: 0.01 },
      { metric: 'residentsWithRecordsLost', absoluteFloor: 10 },
    ]);
    expect(EXCEEDANCE_METRICS).toEqual(['costYen', 'incidentCostYen', 'downtimeHours', 'residentHoursWithoutService', 'personsAffected', 'dataLostHours']);
    expect(LARGEST_METRICS).toEqual(['incidentCostYen', 'downtimeHours', 'residentHoursWithoutService', 'personsAffected', 'dataLostHours']);
  });

  it('keeps the systems lost with no surviving copy, and the residents whose records went with them, beside the hours of updates lost', () => {
    const names = metricNames(presets[0]!);
    const at = names.indexOf('dataLostHours');
    expect(names.slice(at, at + 3)).toEqual(['dataLostHours', 'systemsLost', 'residentsWithRecordsLost']);
    expect(columnTraits(metricColumn('systemsLost')).unit).toBe('count');
    expect(columnTraits(metricColumn('residentsWithRecordsLost')).unit).toBe('persons');
  });

  it('metricNames(scenario) is the names of metricColumns(scenario)', () => {
    expect(metricNames(presets[0]!)).toEqual(metricColumns(presets[0]!).map(columnName));
  });
});
