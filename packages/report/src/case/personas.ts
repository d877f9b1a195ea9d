import type { ResolvedScenario } from '@machi/scenarios';
import type { CaseIncident, CaseNote, Cohort, Persona } from './virtual-case.ts';

const LABELS = ['A', 'B', 'C'];

/**
 * The residents who show what an incident meant for people, drawn from the town's cohorts by what the
 * incident did, at most one of each in this order:
 * 1. `evacuationSupport` — a resident aged 65 or over on the evacuation-support list, when the list was
 *    unreachable after a disaster (the `evacuationListUnreachable` note: its hours and residents uncovered);
 * 2. `disasterCertificate` — a working-age resident of a damaged household, when a service with a
 *    post-disaster surge was down (the longest such one; its `demandSurge` note), or else
 *    `counterVisitor` — a resident who came for the stopped service that the most residents needed
 *    (aged 65+ when the service runs on the system holding the evacuation-support list);
 * 3. `dataSubject` — a resident whose data was leaked, lost or damaged (aged 65+ when special-care data
 *    was involved), told whether the policy has the town notify and compensate them.
 * Deterministic: a function of the incident and the scenario only (ties go to scenario order); every
 * number is copied from the records or is a cohort's size (population × share, rounded).
 *
 * @example
 * casePersonas(incident, resolveVariant(scenario, 'onprem')).map((p) => p.role); // ['evacuationSupport', 'disasterCertificate', 'dataSubject']
 */
export function casePersonas(incident: Omit<CaseIncident, 'personas'>, scenario: Pick<ResolvedScenario, 'municipality' | 'services' | 'systems'>): Persona[] {
  const m = scenario.municipality;
  const cohort = (c: Cohort) => ({ cohort: c, cohortResidents: Math.round(m.population * m.ageShares[c]) });
  const drafts: Omit<Persona, 'label'>[] = [];
  const listHolder = scenario.systems.find((s) => s.holdsEvacuationSupportList);

  const unreachable = incident.notes.find(isNote('evacuationListUnreachable'));
  if (unreachable) {
    drafts.push({
      role: 'evacuationSupport',
      ...cohort('over65'),
      ...(listHolder ? { system: listHolder.id } : {}),
      hours: unreachable.detail.hours,
      residents: unreachable.detail.residentsUncovered,
    });
  }

  const surged = new Map(incident.notes.filter(isNote('demandSurge')).map((n) => [n.detail.service, n.detail]));
  const serviceOrder = new Map(scenario.services.map((s, i) => [s.id, i]));
  const byOrder = (a: { service: string }, b: { service: string }) => (serviceOrder.get(a.service) ?? 0) - (serviceOrder.get(b.service) ?? 0);
  const down = incident.services.filter((s) => s.downHours > 0).sort(byOrder);
  const surgeDown = down.filter((s) => surged.has(s.service)).sort((a, b) => b.downHours - a.downHours || byOrder(a, b));
  if (surgeDown.length > 0) {
    const s = surgeDown[0]!;
    const surge = surged.get(s.service)!;
    drafts.push({
      role: 'disasterCertificate',
      ...cohort('from15to64'),
      service: s.service,
      hours: s.downHours,
      residents: s.residentsWithoutService,
      extraRequests: surge.extraRequests,
      overDays: surge.overDays,
    });
  } else if (down.length > 0) {
    const s = [...down].sort((a, b) => b.residentsWithoutService - a.residentsWithoutService || byOrder(a, b))[0]!;
    const onList = listHolder !== undefined && scenario.services.find((x) => x.id === s.service)?.dependsOn.includes(listHolder.id) === true;
    drafts.push({ role: 'counterVisitor', ...cohort(onList ? 'over65' : 'from15to64'), service: s.service, hours: s.downHours, residents: s.residentsWithoutService });
  }

  if (incident.personsAffected > 0) {
    const actions = new Set(incident.actions.map((a) => a.action));
    drafts.push({
      role: 'dataSubject',
      ...cohort(incident.dataClasses.includes('sensitive') ? 'over65' : 'from15to64'),
      residents: incident.personsAffected,
      dataClasses: incident.dataClasses,
      kinds: incident.kinds.filter((k) => k !== 'outage'),
      notified: actions.has('notifyIndividuals'),
      compensated: actions.has('compensateResidents'),
    });
  }
  return drafts.map((d, i) => ({ label: LABELS[i]!, ...d }));
}

/** A test for notes of one kind, which also tells TypeScript the shape of their detail. */
const isNote =
  <K extends CaseNote['what']>(what: K) =>
  (note: CaseNote): note is Extract<CaseNote, { what: K }> =>
    note.what === what;
