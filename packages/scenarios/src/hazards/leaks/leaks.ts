import type { RandomStream } from '@machi/sim-core';
import { byId } from '../../model/by-id.ts';
import { every } from '../../model/processes/every.ts';
import type { Town } from '../../model/town.ts';
import { DATA_CLASSES, type DataClass } from '../../policy/data-class.ts';
import type { LeakCause } from '../../schema/index.ts';
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
 * classes and circumstances drawn per cause. A cause tied to a hosting kind (cloud misconfiguration)
 * only happens when the town hosts something there; its draws are made regardless.
 */
export function applyLeak(town: Town, cause: LeakCause, stream: RandomStream, forced: LeakOverrides = {}): void {
  const persons = Math.min(town.scenario.municipality.population, Math.max(1, Math.round(town.prepared.quantity(cause.persons).sample(stream))));
  const classes: DataClass[] = ['general'];
  for (const c of DATA_CLASSES) if (c !== 'general' && stream.random() < (cause.dataClassProbability[c] ?? 0)) classes.push(c);
  const recovered = stream.random() < cause.recoveredUnviewedProbability;
  const harm = stream.random() < cause.directHarmProbability;
  const encrypted = stream.random() < cause.highlyEncryptedProbability;
  if (cause.requiresHostingKind && !town.systems.some((s) => s.site.spec.kind === cause.requiresHostingKind)) return;
  town.incident(outcomeCause('leak', cause.id), (incident) => {
    incident.kinds.add('leak');
    incident.maliciousIntent = cause.maliciousIntent;
    incident.recoveredUnviewed = forced.recoveredUnviewed ?? recovered;
    incident.directHarm = forced.directHarm ?? harm;
    incident.highlyEncrypted = forced.highlyEncrypted ?? encrypted;
    const n = forced.persons ?? persons;
    for (const c of forced.dataClasses ?? classes) incident.addPersons(c, n);
    incident.note(town.env.now, 'leak', { cause: cause.id, persons: n });
  });
}
