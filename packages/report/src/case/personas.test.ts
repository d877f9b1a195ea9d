import { resolveVariant } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { buildCase } from './build-case.ts';
import { casePersonas } from './personas.ts';
import { scriptedTown, scriptedYear } from './test-support.ts';

const scenario = scriptedTown();
const vc = buildCase(scriptedYear(scenario), { scenario, year: 0 });
const [quake, leak, ransomware] = vc.incidents;

describe('casePersonas', () => {
  it('after the tsunami: an elderly resident on the evacuation-support list, a family waiting for a disaster-victim certificate, a resident whose data was lost', () => {
    const list = quake!.notes.find((n) => n.what === 'evacuationListUnreachable')!.detail;
    const surge = quake!.notes.find((n) => n.what === 'demandSurge')!.detail;
    const certificates = quake!.services.find((s) => s.service === 'disaster-certificates')!;
    expect(quake!.personas).toEqual([
      { label: 'A', role: 'evacuationSupport', cohort: 'over65', cohortResidents: 3420, system: 'welfare', hours: list.hours, residents: list.residentsUncovered },
      {
        label: 'B',
        role: 'disasterCertificate',
        cohort: 'from15to64',
        cohortResidents: 4770,
        service: 'disaster-certificates',
        hours: certificates.downHours,
        residents: certificates.residentsWithoutService,
        extraRequests: surge.extraRequests,
        overDays: surge.overDays,
      },
      { label: 'C', role: 'dataSubject', cohort: 'over65', cohortResidents: 3420, residents: quake!.personsAffected, dataClasses: ['general', 'sensitive'], kinds: ['loss'], notified: true, compensated: false },
    ]);
  });

  it('a leak of special-care data gives one data subject aged 65 or over; an outage of the website gives nobody', () => {
    expect(leak!.personas.map((p) => [p.label, p.role, p.cohort, p.residents])).toEqual([['A', 'dataSubject', 'over65', 150]]);
    expect(ransomware!.personas).toEqual([]);
  });

  it('a stopped service without a surge gives a counter visitor for the service most residents needed', () => {
    const { personas: _, ...draft } = quake!;
    const calm = { ...draft, notes: draft.notes.filter((n) => n.what !== 'demandSurge' && n.what !== 'evacuationListUnreachable'), personsAffected: 0 };
    const visitor = casePersonas(calm, resolveVariant(scenario, 'onprem'));
    const [busiest] = [...quake!.services].sort((a, b) => b.residentsWithoutService - a.residentsWithoutService);
    expect(busiest!.service).toBe('certificates');
    expect(visitor).toEqual([{ label: 'A', role: 'counterVisitor', cohort: 'from15to64', cohortResidents: 4770, service: busiest!.service, hours: busiest!.downHours, residents: busiest!.residentsWithoutService }]);
  });

  it('is a function of its inputs: the same incident gives the same personas', () => {
    const { personas: _, ...draft } = quake!;
    expect(casePersonas(draft, resolveVariant(scenario, 'onprem'))).toEqual(quake!.personas);
  });
});
