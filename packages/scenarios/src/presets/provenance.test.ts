import { describe, expect, it } from 'vitest';
import { collectProvenance, countProvenance, unsourcedNumbers } from './provenance.ts';

const input = {
  municipality: { population: { value: 15000, source: '[mori-population-projection]' }, households: 6900, location: { latitude: 42.1, longitude: 140.6 } },
  systems: [
    { id: 'a', backups: [{ site: 'x', intervalHours: { value: 24, source: 'assumption: nightly' }, offline: false }] },
    { id: 'b', restoreHours: { lognormal90: [4, 24], source: 'assumption: a day or two' }, annualCostYen: { onprem: 5 } },
  ],
  services: [{ monthlyMultipliers: { march: 1.6 }, surge: { afterJmaIntensityAtLeast: 6, overDays: 90, startAfterDays: 7 } }],
};

describe('collectProvenance', () => {
  it('collectProvenance(input) lists every { value, source } and sourced spec in document order', () => {
    expect(collectProvenance(input)).toEqual([
      { path: 'municipality.population', value: 15000, source: '[mori-population-projection]', assumed: false },
      { path: 'systems[0].backups[0].intervalHours', value: 24, source: 'assumption: nightly', assumed: true },
      { path: 'systems[1].restoreHours', value: { lognormal90: [4, 24] }, source: 'assumption: a day or two', assumed: true },
    ]);
  });

  it('collectProvenance(input) keeps a sourced object whole, even when it holds other sourced objects', () => {
    expect(collectProvenance({ a: { value: { value: 1, source: 'inner' }, source: 'outer' } })).toEqual([
      { path: 'a', value: { value: 1, source: 'inner' }, source: 'outer', assumed: false },
    ]);
  });

  it('collectProvenance(input) names the root "(root)" and ignores non-string sources', () => {
    expect(collectProvenance({ value: 3, source: 'assumption' })).toEqual([{ path: '(root)', value: 3, source: 'assumption', assumed: true }]);
    expect(collectProvenance({ x: { value: 3, source: 7 } })).toEqual([]);
  });
});

describe('countProvenance', () => {
  it('countProvenance(entries) splits referenced and assumed numbers', () => {
    expect(countProvenance(collectProvenance(input))).toEqual({ sourced: 1, assumed: 2, total: 3 });
    expect(countProvenance([])).toEqual({ sourced: 0, assumed: 0, total: 0 });
  });
});

describe('unsourcedNumbers', () => {
  it('unsourcedNumbers(input) lists bare numbers outside sourced objects, except coordinates and plain-number schema fields', () => {
    expect(unsourcedNumbers(input)).toEqual(['municipality.households', 'systems[1].annualCostYen.onprem', 'services[0].surge.startAfterDays']);
  });

  it('unsourcedNumbers(input, []) exempts nothing', () => {
    expect(unsourcedNumbers(input, [])).toEqual([
      'municipality.households',
      'municipality.location.latitude',
      'municipality.location.longitude',
      'systems[1].annualCostYen.onprem',
      'services[0].monthlyMultipliers.march',
      'services[0].surge.afterJmaIntensityAtLeast',
      'services[0].surge.overDays',
      'services[0].surge.startAfterDays',
    ]);
  });

  it('unsourcedNumbers matches "*" against one key and "**." against any prefix only', () => {
    expect(unsourcedNumbers({ a: { b: { c: 1 } }, c: 2, xc: 3 }, [{ pattern: 'a.*.c' }])).toEqual(['c', 'xc']);
    expect(unsourcedNumbers({ a: { b: { c: 1 } }, c: 2, xc: 3 }, [{ pattern: '**.c' }])).toEqual(['xc']);
  });
});
