import { describe, expect, it } from 'vitest';
import { citedReferenceIds } from '../sources/reference.ts';
import { REFERENCES } from '../sources/references/index.ts';
import { disasterTravelMultiplier, drillAssemblyHours, evacuationSupportShare, listedResidentContacts, residentTaxpayers, welfarePersons } from './people-sources.ts';

describe('people numbers from national counts', () => {
  it('count taxpayers at the national share and say the result in the source', () => {
    // 62,206,393 ÷ 124.352 million = 50.0%.
    for (const [population, value] of [
      [15000, 7500],
      [115000, 57500],
      [2000000, 1000500],
    ] as const) {
      const taxpayers = residentTaxpayers(population);
      expect(taxpayers.value).toBe(value);
      expect(taxpayers.source).toContain(`× ${population.toLocaleString('en-US')} ≈ ${value.toLocaleString('en-US')}`);
    }
  });

  it('scale the listed share by the 65+ share: about 0.185 listed per resident aged 65+', () => {
    for (const [over65, value] of [
      [0.35, 0.065],
      [35621 / 114803, 0.057],
      [0.262, 0.048],
    ] as const) {
      const share = evacuationSupportShare(over65, '[census-2015-mori] x');
      expect(share.value).toBe(value);
      expect(share.source).toContain(`≈ ${Math.round(value * 1000) / 10}% of residents`);
    }
  });

  it('count one welfare contact per listed resident after a quake', () => {
    for (const [over65, value] of [
      [0.35, 65],
      [35621 / 114803, 57],
      [0.262, 48],
    ] as const) {
      const contacts = listedResidentContacts(evacuationSupportShare(over65, '[census-2015-mori] x'));
      expect(contacts.value).toBe(value);
      expect(contacts.source).toContain(`× 1,000 = ${value} per 1,000`);
      expect(citedReferenceIds(contacts.source)).toEqual(['cao-evacuation-list-2026']);
      // The share is sourced; one contact per listed person is the model's reading.
      expect(contacts.source.startsWith('assumption:')).toBe(true);
    }
  });

  it('add the disabled, the listed and, where the system keeps them, the assisted residents', () => {
    const listed = evacuationSupportShare(0.35, '');
    // 15,000 × (7.4% + 6.5% + 1.62%) = 2,328; without public assistance 2,085.
    expect(welfarePersons(15000, listed, true).value).toBe(2300);
    expect(welfarePersons(15000, listed, false).value).toBe(2100);
    expect(welfarePersons(15000, listed, false).source).not.toContain('public assistance');
  });

  it('read the drills as median arrivals, nights in a town sooner than holidays', () => {
    expect([drillAssemblyHours.townNight.value, drillAssemblyHours.cityNight.value, drillAssemblyHours.holiday.value]).toEqual([0.75, 1, 1.3]);
    expect(disasterTravelMultiplier.value).toBe(2);
  });

  it('cite only references the bibliography carries, and none is an assumption', () => {
    const known = new Set(REFERENCES.map((r) => r.id));
    const listed = evacuationSupportShare(0.3, '');
    const sources = [residentTaxpayers(1000), listed, welfarePersons(1000, listed, true), ...Object.values(drillAssemblyHours), disasterTravelMultiplier];
    for (const { source } of sources) {
      expect(source.startsWith('assumption')).toBe(false);
      const ids = citedReferenceIds(source);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(known.has(id), id).toBe(true);
    }
  });
});
