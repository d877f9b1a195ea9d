import { z } from 'zod';
import { byId } from '../../model/by-id.ts';
import { everyVendor } from '../../model/processes/every.ts';
import type { Town } from '../../model/town.ts';
import { id } from '../../schema/sourced.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { at } from '../scripted-fields.ts';

/** A scripted compromise at one vendor. */
export const scriptedVendorCompromiseSchema = z.strictObject({ kind: z.literal('vendorCompromise'), at, vendor: id() });

/**
 * A compromise at a vendor holding the town's data, at the vendor's own rate. Its stream is keyed by
 * the vendor alone, not by the town: every town simulated with the same seed sees the same vendor event
 * (one event, many towns).
 */
export const vendorCompromiseHazard = defineHazard({
  id: 'vendor-compromise',
  causes: ['vendorCompromise'], reasons: [],
  scripted: [scriptedForm(scriptedVendorCompromiseSchema, (town, e) => applyVendorCompromise(town, e.vendor))],
  start: (town) => everyVendor(town, 'compromise', (v) => v.compromiseAnnualRate, (v) => applyVendorCompromise(town, v.id)),
});

/** The vendor's copy of the town's data is exposed: a malicious leak of every class its systems hold. */
export function applyVendorCompromise(town: Town, vendorId: string): void {
  const vendor = byId(town.scenario.people.vendors, vendorId, 'vendor');
  const held = town.systems.filter((s) => s.spec.vendor === vendorId);
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'vendorCompromise', detail: { vendor: vendorId, townsServed: vendor.townsServed } });
  if (held.length === 0) return;
  town.incident(
    'vendorCompromise',
    (incident) => {
      incident.kinds.add('leak');
      incident.maliciousIntent = true;
      const persons = Math.round(town.scenario.municipality.population * vendor.dataHeldShare);
      for (const s of held) for (const c of s.spec.dataClasses) incident.addPersons(c, Math.min(persons, s.spec.persons));
      incident.note(town.env.now, 'vendorCompromise', { vendor: vendorId, townsServed: vendor.townsServed, persons });
      incident.addCost('forensics', town.scenario.costs.forensicsYen);
    },
    hazard,
  );
}
