import type { ProcessGenerator, RandomStream } from '@machi/sim-core';
import { every } from '../../model/processes/every.ts';
import { restore } from '../../model/processes/recovery.ts';
import type { Town } from '../../model/town.ts';
import { valueForKind } from '../../schema/by-hosting-kind.ts';
import { townRun } from '../../vocabulary/hosting-kinds.ts';
import { SEGMENTS, type Segment } from '../../vocabulary/segments.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { ransomwareSchema, scriptedRansomwareSchema } from './ransomware-schema.ts';

/** Ransomware attacks on the town's own network (`threats.ransomware`), random and scripted. */
export const ransomwareHazard = defineHazard({
  id: 'ransomware',
  causes: ['ransomware'], reasons: ['encrypted', 'isolated'],
  section: { group: 'threats', key: 'ransomware', schema: ransomwareSchema },
  scripted: [scriptedForm(scriptedRansomwareSchema, (town, e, stream) => applyRansomware(town, e.entrySegment, stream, e.dataTheft))],
  start: startRansomware,
});

function startRansomware(town: Town): void {
  const r = town.scenario.threats.ransomware;
  const stream = town.streams.get('threat.ransomware');
  const entries = r.entrySegments;
  every(town, r.annualRate, stream, () => {
    const entry = entries[Math.floor(stream.random() * entries.length)]!;
    applyRansomware(town, entry, stream);
  });
}

/**
 * An attack enters one segment and reaches the others only across their separation (三層の対策 keeps
 * the My Number segment apart). On every reached segment it encrypts systems with a probability by
 * hosting kind, and with each one every online backup kept at the same site; offline and remote copies
 * survive. The reached segments are isolated during containment (the town pulls the plug), then each
 * encrypted system is restored from its newest surviving copy or rebuilt. The persons on every
 * encrypted system are counted as possibly leaked (the attacker held the server: exfiltration cannot be
 * ruled out, PPC rule art. 43(3)), and with a drawn data theft those on the isolated systems too.
 * Draws are made for every segment and system, whatever the variant.
 */
export function applyRansomware(town: Town, entry: Segment, stream: RandomStream, forceTheft?: boolean): void {
  const r = town.scenario.threats.ransomware;
  const reached = new Set<Segment>([entry]);
  for (const seg of SEGMENTS) if (stream.random() < r.crossSegmentProbability[seg] && seg !== entry) reached.add(seg);
  const encryptDraws = town.systems.map(() => stream.random());
  const theft = forceTheft ?? stream.random() < r.dataTheftProbability;
  const containment = town.prepared.quantity(r.containmentHours).sample(stream);
  town.incident('ransomware', (incident) => {
    incident.maliciousIntent = true;
    incident.note(town.env.now, 'ransomware', { entry, reached: [...reached].join(','), dataTheft: theft, containmentHours: Math.round(containment) });
    const contained = town.env.timeout(containment);
    const encrypted = town.systems.filter((s, i) => reached.has(s.spec.segment) && encryptDraws[i]! < valueForKind(r.encryptProbability, s.site.spec.kind));
    for (const s of encrypted) {
      s.spec.backups.forEach((b, i) => {
        if (!b.offline && b.site === s.site.spec.id) s.backupsLostUntil.set(i, town.env.now);
      });
      incident.note(town.env.now, 'encrypted', { system: s.spec.id });
    }
    // Isolation: reached segments of town-run sites are cut off until containment ends.
    const isolated = town.systems.filter((s) => reached.has(s.spec.segment) && !encrypted.includes(s) && townRun(s.site.spec.kind));
    for (const s of isolated) {
      const cause = town.add(s.causes, incident, 'isolated');
      town.work(incident, `isolate ${s.spec.id}`, function* isolate(): ProcessGenerator<void> {
        yield contained;
        town.remove(s.causes, cause);
      });
    }
    for (const s of encrypted) restore(town, incident, s, 'encrypted', town.env.now, contained);
    if (encrypted.length > 0) incident.addCost('forensics', town.scenario.costs.forensicsYen + town.scenario.costs.forensicsYenPerServer * encrypted.length);
    // A possible leak (漏えいのおそれ, PPC rule art. 43(3)): exfiltration from an encrypted system cannot
    // be ruled out, stolen or not; from an isolated one only the drawn theft counts.
    const exposed = theft ? [...encrypted, ...isolated] : encrypted;
    if (exposed.some((s) => s.spec.persons > 0)) {
      incident.kinds.add('leak');
      for (const s of exposed) for (const c of s.spec.dataClasses) incident.addPersons(c, s.spec.persons);
    }
  });
}
