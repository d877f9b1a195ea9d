import type { RandomStream } from '@machi/sim-core';
import { byId } from '../../model/by-id.ts';
import { every } from '../../model/processes/every.ts';
import { holdFor } from '../../model/processes/outages.ts';
import { toTenths } from '../../model/rounding.ts';
import type { SystemState, Town } from '../../model/town.ts';
import type { Hazards } from '../../schema/index.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { nextOpening, saturdayNightFrom } from '../maintenance/weekend-night.ts';
import {
  applicationFailuresSectionSchema,
  scriptedApplicationReleaseSchema,
  scriptedBatchFailureSchema,
  scriptedSoftwareWrongIssuanceSchema,
} from './application-failures-schema.ts';

type Package = NonNullable<Hazards['applicationFailures']>['packages'][number];
type Releases = NonNullable<Package['releases']>;
type Defect = 'none' | 'outage' | 'wrongNotices';

/** Hours before the counters open at which the nightly batch runs (02:00; assumption: the usual night run). */
const BATCH_BEFORE_OPENING_HOURS = 6.5;

/**
 * Faults of the town's application packages (`hazards.applicationFailures`): legal-update releases that
 * stop the systems or print wrong notices, failed nightly batches that keep the counters waiting, and
 * wrong issuance (誤交付) by faulty certificate software. A package's faults do not depend on where it is
 * hosted: its streams are keyed by the package (`application.<package>.…`), so every variant meets the
 * same releases, batches and defects — and a wrong-issuance defect, drawn once per package, is the same
 * event for every town simulated with the same seed.
 */
export const applicationFailuresHazard = defineHazard({
  id: 'application-failures',
  causes: ['applicationRelease', 'batchFailure', 'softwareWrongIssuance'], reasons: ['application', 'maintenance'],
  section: { group: 'hazards', key: 'applicationFailures', schema: applicationFailuresSectionSchema },
  scripted: [
    scriptedForm(scriptedApplicationReleaseSchema, (town, e, stream) => {
      const pkg = packageOf(town, e.package);
      const draw = drawRelease(town, pkg, releasesOf(pkg), stream);
      const system = e.system === undefined ? draw.system : town.system(e.system);
      applyRelease(town, pkg, system, e.windowHours ?? draw.windowHours, e.defect ?? 'none', e.outageHours ?? draw.outageHours);
    }),
    scriptedForm(scriptedBatchFailureSchema, (town, e, stream) => {
      const pkg = packageOf(town, e.package);
      const system = e.system === undefined ? pickSystem(town, pkg, stream) : town.system(e.system);
      applyBatchFailure(town, pkg, system, e.delayHours ?? town.prepared.quantity(batchFailuresOf(pkg).delayHours).sample(stream));
    }),
    scriptedForm(scriptedSoftwareWrongIssuanceSchema, (town, e, stream) => {
      const pkg = packageOf(town, e.package);
      const issuance = wrongIssuanceOf(pkg);
      const documents = e.documents ?? Math.max(1, Math.round(town.prepared.quantity(issuance.documents).sample(stream)));
      applyWrongIssuance(town, pkg, documents, e.myNumber ?? stream.random() < issuance.myNumberProbability);
    }),
  ],
  start: startApplicationFailures,
});

const packageOf = (town: Town, id: string): Package => byId(town.scenario.hazards.applicationFailures?.packages ?? [], id, 'application package');
const systemsOf = (town: Town, pkg: Package): SystemState[] => pkg.systems.map((id) => town.system(id));
/** A group of the package a scripted event needs; a RangeError when the package has none. */
const group = <K extends 'releases' | 'batchFailures' | 'wrongIssuance'>(pkg: Package, key: K): NonNullable<Package[K]> => {
  const value = pkg[key];
  if (value === undefined) throw new RangeError(`application package "${pkg.id}" has no ${key}`);
  return value as NonNullable<Package[K]>;
};
const releasesOf = (pkg: Package) => group(pkg, 'releases');
const batchFailuresOf = (pkg: Package) => group(pkg, 'batchFailures');
const wrongIssuanceOf = (pkg: Package) => group(pkg, 'wrongIssuance');
/** The one system of the package a fault is in (a release or a batch changes one business at a time). */
const pickSystem = (town: Town, pkg: Package, stream: RandomStream): SystemState =>
  town.system(pkg.systems[Math.min(pkg.systems.length - 1, Math.floor(stream.random() * pkg.systems.length))]!);

function startApplicationFailures(town: Town): void {
  for (const pkg of town.scenario.hazards.applicationFailures?.packages ?? []) {
    if (pkg.releases) scheduleReleases(town, pkg, pkg.releases, town.streams.get(`application.${pkg.id}.release`));
    const failures = pkg.batchFailures;
    const batch = town.streams.get(`application.${pkg.id}.batch`);
    // A failure drawn at any hour shows in the next business morning's run.
    if (failures) every(town, failures.annualRate, batch, () => {
      const delay = town.prepared.quantity(failures.delayHours).sample(batch);
      const system = pickSystem(town, pkg, batch);
      const run = nextOpening(town.calendar, town.env.now) - BATCH_BEFORE_OPENING_HOURS;
      town.env.schedule(Math.max(0, run - town.env.now), () => applyBatchFailure(town, pkg, system, delay));
    });
    const wrong = pkg.wrongIssuance;
    const issuance = town.streams.get(`application.${pkg.id}.wrong-issuance`);
    if (wrong) every(town, wrong.annualRate, issuance, () => {
      const hit = issuance.random() < wrong.townProbability;
      const documents = Math.max(1, Math.round(town.prepared.quantity(wrong.documents).sample(issuance)));
      const myNumber = issuance.random() < wrong.myNumberProbability;
      town.recordHazard({ atHours: town.env.now, kind: 'softwareWrongIssuance', detail: { package: pkg.id, hitHere: hit } });
      if (hit) applyWrongIssuance(town, pkg, documents, myNumber, town.hazardEvents.length - 1);
    });
  }
}

/** What one release draws, always in the same order (so later releases draw the same in every variant). */
function drawRelease(town: Town, pkg: Package, releases: Releases, stream: RandomStream) {
  const windowHours = town.prepared.quantity(releases.windowHours).sample(stream);
  const defective = stream.random() < releases.defectProbability;
  const stops = stream.random() < releases.outageProbability;
  const outageHours = town.prepared.quantity(releases.outageHours).sample(stream);
  const system = pickSystem(town, pkg, stream);
  const defect: Defect = !defective ? 'none' : stops ? 'outage' : 'wrongNotices';
  return { windowHours, defect, outageHours, system };
}

/** Each release month of each year, on the first Saturday night from the 1st, up to the horizon. */
function scheduleReleases(town: Town, pkg: Package, releases: Releases, stream: RandomStream): void {
  if (releases.months.length === 0) return;
  const firstYear = town.calendar.civilAt(0).year;
  const months = [...releases.months].sort((a, b) => a - b);
  const dues: number[] = [];
  for (let year = firstYear; ; year++) {
    const yearStart = town.calendar.hoursAt(`${year}-01-01`);
    if (yearStart >= town.horizonHours) break;
    for (const month of months) {
      const from = town.calendar.hoursAt(`${year}-${String(month).padStart(2, '0')}-01`);
      if (from < 0) continue;
      const due = saturdayNightFrom(town.calendar, from);
      if (due < town.horizonHours) dues.push(due);
    }
  }
  let k = 0;
  const next = () => {
    if (k >= dues.length) return;
    town.env.schedule(dues[k++]! - town.env.now, () => {
      const draw = drawRelease(town, pkg, releases, stream);
      applyRelease(town, pkg, draw.system, draw.windowHours, draw.defect, draw.outageHours);
      next();
    });
  };
  next();
}

/**
 * A release goes live: the package's systems stop for the announced window (planned); a defect in the
 * changed business (`system`) then either stops it for `outageHours` more (an outage) or prints wrong
 * figures on notices to a share of its persons, corrected by a letter to each (not a leak: each notice
 * reaches its own addressee, with wrong figures).
 */
export function applyRelease(town: Town, pkg: Package, system: SystemState, windowHours: number, defect: Defect, outageHours: number): void {
  const systems = systemsOf(town, pkg);
  const wrongNotices = defect === 'wrongNotices' ? Math.round(releasesOf(pkg).wrongNoticePersonsShare * system.spec.persons) : 0;
  town.incident('applicationRelease', (incident) => {
    incident.note(town.env.now, 'applicationRelease', { package: pkg.id, defect, outageHours: defect === 'outage' ? toTenths(outageHours) : 0, wrongNotices });
    for (const s of systems) holdFor(town, incident, s.causes, 'maintenance', windowHours);
    if (defect === 'outage') holdFor(town, incident, system.causes, 'application', outageHours, windowHours);
    if (wrongNotices > 0) incident.addCost('correctionLetters', wrongNotices * town.scenario.costs.notificationLetterYen);
  });
}

/**
 * The night's batch run of one business failed: its system cannot be used for counter work (yesterday's
 * data is half processed) from the next opening of the counters until the batch has been rerun,
 * `delayHours` later. The night itself is batch time, when the system serves nobody either way.
 */
export function applyBatchFailure(town: Town, pkg: Package, system: SystemState, delayHours: number): void {
  const opening = nextOpening(town.calendar, town.env.now);
  town.incident('batchFailure', (incident) => {
    incident.note(town.env.now, 'batchFailure', { package: pkg.id, delayHours: toTenths(delayHours) });
    holdFor(town, incident, system.causes, 'application', delayHours, opening - town.env.now);
  });
}

/**
 * Faulty certificate software hands residents other people's certificates: each wrong certificate
 * gives one household's record to someone else — a leak of those persons, with a My Number when a
 * certificate bore one, decided by the policy like any leak.
 */
export function applyWrongIssuance(town: Town, pkg: Package, documents: number, myNumber: boolean, hazardEventIndex?: number): void {
  const perDocument = wrongIssuanceOf(pkg).personsPerDocument;
  const persons = Math.min(town.scenario.municipality.population, Math.round(documents * perDocument));
  town.incident(
    'softwareWrongIssuance',
    (incident) => {
      incident.kinds.add('leak');
      incident.addPersons('general', persons);
      if (myNumber) incident.addPersons('myNumber', Math.min(persons, Math.max(1, Math.round(perDocument))));
      incident.note(town.env.now, 'softwareWrongIssuance', { package: pkg.id, documents, persons, myNumber });
    },
    hazardEventIndex,
  );
}

