import { describe, expect, it } from 'vitest';
import { citedReferenceIds } from '../sources/reference.ts';
import { REFERENCES } from '../sources/references/index.ts';
import { careApplications, careApplicationsOnline, childAllowanceFilings, disasterCertificatesBaseline, familyRegisterNotifications, publicAssistanceApplications, residentOnlineTaxFilings, residentTaxConsultations } from './service-rates.ts';

describe('service rates from national counts', () => {
  it('give the values their written arithmetic gives', () => {
    // 2,961,738 notifications ÷ 124.352 million; 251,364 applications ÷ the same.
    expect(familyRegisterNotifications.value).toBe(24);
    expect(publicAssistanceApplications.value).toBe(2);
    // 7,000 consultations ÷ 383,493 residents.
    expect(residentTaxConsultations.value).toBe(18);
    // 5.85 births per 1,000, 57.1% of 呉市's claims and amount changes online.
    expect(childAllowanceFilings.counter.value).toBe(2.5);
    expect(childAllowanceFilings.online.value).toBe(3.3);
    // 6.91 million self-filed e-Tax returns; 17,844 fire households + 31,424 flooded buildings; both ÷ 124.352 million.
    expect(residentOnlineTaxFilings.value).toBe(56);
    expect(disasterCertificatesBaseline.value).toBe(0.4);
  });

  it('scale care applications by the 65+ share and say the result in the source', () => {
    const cases: [number, number][] = [
      [0.35, 66],
      [0.31, 58],
      [0.262, 49],
    ];
    for (const [share, value] of cases) {
      const rate = careApplications(share, '[census-2015-mori] x');
      expect(rate.value).toBe(value);
      expect(rate.source).toContain(`≈ ${value};`);
      expect(rate.source).toContain(`× ${Math.round(share * 1000)} aged 65+ per 1,000 ([census-2015-mori] x)`);
    }
  });

  it('cite only references the bibliography carries, and say when a value is an assumption', () => {
    const known = new Set(REFERENCES.map((r) => r.id));
    const sources = [familyRegisterNotifications, publicAssistanceApplications, residentTaxConsultations, childAllowanceFilings.counter, childAllowanceFilings.online, careApplications(0.3, ''), disasterCertificatesBaseline];
    for (const { source } of sources) {
      expect(source.startsWith('assumption')).toBe(false);
      for (const id of citedReferenceIds(source)) expect(known.has(id), id).toBe(true);
    }
    expect(careApplicationsOnline.source.startsWith('assumption:')).toBe(true);
    // National e-Tax returns stand in for the town's online tax business; they do not measure it.
    expect(residentOnlineTaxFilings.source.startsWith('assumption:')).toBe(true);
    for (const id of citedReferenceIds(residentOnlineTaxFilings.source)) expect(known.has(id), id).toBe(true);
  });
});
