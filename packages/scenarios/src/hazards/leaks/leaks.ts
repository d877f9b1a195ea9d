import type { ProcessGenerator, RandomStream } from '@machi/sim-core';
import { byId } from '../../model/by-id.ts';
import { every } from '../../model/processes/every.ts';
import type { Town } from '../../model/town.ts';
import { DATA_CLASSES, type DataClass } from '../../policy/data-class.ts';
import type { LeakCause } from '../../schema/index.ts';
import { toTenths } from '../../model/rounding.ts';
import { outcomeCause } from '../../vocabulary/incident-causes.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { leaksSectionSchema, scriptedLeakSchema } from './leaks-schema.ts';

/** Personal-data leaks by cause (`threats.leaks`: mis-sending, lost media, misconfiguration...), each at its own rate. */
export const leaksHazard = defineHazard({
  id: 'leaks',
  causes: ['leak'], reasons: [],
  section: { group: 'threats', key: 'leaks', schema: leaksSectionSchema },
  scripted: [scriptedForm(scriptedLeakSchema, (town, e, stream) => applyLeak(town, byId(town.scenario.threats.leaks, e.cause, 'leak cause'), stream, e))],
  start: startLeaks,
});

function startLeaks(town: Town): void {
  for (const cause of town.scenario.threats.leaks) {
    const stream = town.streams.get(`leak.${cause.id}`);
    every(town, cause.annualRate, stream, () => applyLeak(town, cause, stream));
  }
}

export interface LeakOverrides {
  persons?: number | undefined;
  dataClasses?: DataClass[] | undefined;
  recoveredUnviewed?: boolean | undefined;
  directHarm?: boolean | undefined;
  highlyEncrypted?: boolean | undefined;
}

/**
 * One leak: persons from the cause's heavy-tailed size distribution (at most the population), data
 * classes and circumstances drawn per cause. A cause tied to a hosting kind (a misconfiguration of the
 * town's server room, housed racks, community cloud or government cloud) only happens when the town
 * hosts something there, and exposes at most what is hosted there (the largest system's persons, the
 * classes those systems hold); its draws are made regardless. A cause with an exposure time keeps the
 * incident open until the exposure is found.
 */
export function applyLeak(town: Town, cause: LeakCause, stream: RandomStream, forced: LeakOverrides = {}): void {
  const persons = Math.min(town.scenario.municipality.population, Math.max(1, Math.round(town.prepared.quantity(cause.persons).sample(stream))));
  const classes: DataClass[] = ['general'];
  for (const c of DATA_CLASSES) if (c !== 'general' && stream.random() < (cause.dataClassProbability[c] ?? 0)) classes.push(c);
  const recovered = stream.random() < cause.recoveredUnviewedProbability;
  const harm = stream.random() < cause.directHarmProbability;
  const encrypted = stream.random() < cause.highlyEncryptedProbability;
  const exposureHours = cause.exposureHours === undefined ? 0 : town.prepared.quantity(cause.exposureHours).sample(stream);
  const hosted = cause.requiresHostingKind === undefined ? undefined : town.systems.filter((s) => s.site.spec.kind === cause.requiresHostingKind);
  if (hosted?.length === 0) return;
  const limit = hosted === undefined ? Infinity : Math.max(...hosted.map((s) => s.spec.persons));
  const heldClasses = hosted === undefined ? undefined : new Set(hosted.flatMap((s) => s.spec.dataClasses));
  town.incident(outcomeCause('leak', cause.id), (incident) => {
    incident.kinds.add('leak');
    incident.maliciousIntent = cause.maliciousIntent;
    incident.recoveredUnviewed = forced.recoveredUnviewed ?? recovered;
    incident.directHarm = forced.directHarm ?? harm;
    incident.highlyEncrypted = forced.highlyEncrypted ?? encrypted;
    const n = forced.persons ?? Math.min(persons, limit);
    // A forced list is taken as given; a drawn one keeps only what the exposed systems hold.
    for (const c of forced.dataClasses ?? classes) if (forced.dataClasses || c === 'general' || heldClasses === undefined || heldClasses.has(c)) incident.addPersons(c, n);
    incident.note(town.env.now, 'leak', { cause: cause.id, persons: n });
    if (exposureHours > 0) {
      incident.note(town.env.now, 'misconfigurationExposure', { site: hosted?.[0]?.site.spec.id ?? town.office.spec.id, exposureHours: toTenths(exposureHours) });
      town.work(incident, `exposure ${cause.id}`, function* exposed(): ProcessGenerator<void> {
        yield town.env.timeout(exposureHours);
      });
    }
  });
}
