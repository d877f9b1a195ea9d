import type { RandomStream } from '@machi/sim-core';
import { DATA_CLASSES, type DataClass } from '../../policy/index.ts';
import type { LeakCause } from '../../schema/index.ts';
import type { Town } from '../town.ts';
import { every } from './every.ts';

/** Personal-data leaks by cause (mis-sending, lost media, misconfiguration...), each at its own rate. */
export function startLeaks(town: Town): void {
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
  const incident = town.open(`leak.${cause.id}`);
  town.begin(incident);
  incident.kinds.add('leak');
  incident.maliciousIntent = cause.maliciousIntent;
  incident.recoveredUnviewed = forced.recoveredUnviewed ?? recovered;
  incident.directHarm = forced.directHarm ?? harm;
  incident.highlyEncrypted = forced.highlyEncrypted ?? encrypted;
  const n = forced.persons ?? persons;
  for (const c of forced.dataClasses ?? classes) incident.addPersons(c, n);
  incident.note(town.env.now, 'leak', { cause: cause.id, persons: n });
  town.end(incident);
}

/**
 * A compromise at a vendor holding the town's data. Its stream is keyed by the vendor alone, not by
 * the town: every town simulated with the same seed sees the same vendor event (one event, many towns).
 */
export function startVendorCompromises(town: Town): void {
  for (const vendor of town.scenario.people.vendors) {
    const stream = town.streams.get(`vendor.${vendor.id}.compromise`);
    every(town, vendor.compromiseAnnualRate, stream, () => applyVendorCompromise(town, vendor.id));
  }
}

export function applyVendorCompromise(town: Town, vendorId: string): void {
  const vendor = town.scenario.people.vendors.find((v) => v.id === vendorId)!;
  const held = town.systems.filter((s) => s.spec.vendor === vendorId);
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'vendorCompromise', detail: { vendor: vendorId, townsServed: vendor.townsServed } });
  if (held.length === 0) return;
  const incident = town.open('vendorCompromise', hazard);
  town.begin(incident);
  incident.kinds.add('leak');
  incident.maliciousIntent = true;
  const persons = Math.round(town.scenario.municipality.population * vendor.dataHeldShare);
  for (const s of held) for (const c of s.spec.dataClasses) incident.addPersons(c, Math.min(persons, s.spec.persons));
  incident.note(town.env.now, 'vendorCompromise', { vendor: vendorId, townsServed: vendor.townsServed, persons });
  incident.addCost('forensics', town.scenario.costs.forensicsYen);
  town.end(incident);
}
