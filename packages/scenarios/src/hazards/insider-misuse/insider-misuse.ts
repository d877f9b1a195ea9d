import type { RandomStream } from '@machi/sim-core';
import { every } from '../../model/processes/every.ts';
import { toTenths } from '../../model/rounding.ts';
import type { Town } from '../../model/town.ts';
import { DATA_CLASSES, type DataClass } from '../../policy/data-class.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { insiderMisuseSectionSchema, scriptedInsiderMisuseSchema } from './insider-misuse-schema.ts';

type Act = 'lookup' | 'takeOut';

/**
 * Unauthorised look-ups and take-outs of records by staff or contractors (`threats.insiderMisuse`),
 * random and scripted. Each act opens a malicious leak incident when it comes to light, after its
 * detection delay: the policy's 不正目的 trigger makes it reportable to the regulator from one person.
 * Hosting changes nothing here — the act goes through the business application — so every variant of a
 * replication meets the same acts.
 */
export const insiderMisuseHazard = defineHazard({
  id: 'insider-misuse',
  causes: ['insiderMisuse'], reasons: [],
  section: { group: 'threats', key: 'insiderMisuse', schema: insiderMisuseSectionSchema },
  scripted: [
    scriptedForm(scriptedInsiderMisuseSchema, (town, e, stream) =>
      insiderAct(town, e.act, stream, { persons: e.persons, dataClasses: e.dataClasses, detectionDelayHours: e.detectionDelayHours }),
    ),
  ],
  start: startInsiderMisuse,
});

function startInsiderMisuse(town: Town): void {
  const misuse = town.scenario.threats.insiderMisuse;
  if (!misuse) return;
  const lookups = town.streams.get('threat.insider.lookup');
  every(town, misuse.lookups.annualRate, lookups, () => insiderAct(town, 'lookup', lookups));
  const takeOuts = town.streams.get('threat.insider.take-out');
  every(town, misuse.takeOuts.annualRate, takeOuts, () => insiderAct(town, 'takeOut', takeOuts));
}

export interface InsiderOverrides {
  persons?: number | undefined;
  dataClasses?: DataClass[] | undefined;
  detectionDelayHours?: number | undefined;
}

/**
 * One act at `now`: persons (at most the population, even when scripted), data classes, harm and the detection delay drawn
 * from `stream`; the incident opens when the act comes to light (within the horizon; one found later
 * is not counted, as a real town would not know of it either).
 */
export function insiderAct(town: Town, act: Act, stream: RandomStream, forced: InsiderOverrides = {}): void {
  const misuse = town.scenario.threats.insiderMisuse;
  if (!misuse) return;
  const spec = act === 'lookup' ? misuse.lookups : misuse.takeOuts;
  const drawn = Math.max(1, Math.round(town.prepared.quantity(spec.persons).sample(stream)));
  const classes: DataClass[] = ['general'];
  for (const c of DATA_CLASSES) if (c !== 'general' && stream.random() < (misuse.dataClassProbability[c] ?? 0)) classes.push(c);
  const harm = stream.random() < spec.directHarmProbability;
  const delay = forced.detectionDelayHours ?? town.prepared.quantity(spec.detectionDelayHours).sample(stream);
  const persons = Math.min(town.scenario.municipality.population, forced.persons ?? drawn);
  const dataClasses = forced.dataClasses ?? classes;
  if (town.env.now + delay >= town.horizonHours) return;
  town.env.schedule(delay, () =>
    town.incident('insiderMisuse', (incident) => {
      incident.kinds.add('leak');
      incident.maliciousIntent = true;
      incident.directHarm = harm;
      for (const c of dataClasses) incident.addPersons(c, persons);
      incident.note(town.env.now, 'insiderMisuse', { act, persons, undetectedHours: toTenths(delay) });
    }),
  );
}
