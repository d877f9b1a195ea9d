import type { ProcessGenerator } from '@machi/sim-core';
import type { Town } from '../town.ts';
import { every } from './every.ts';
import { holdFor } from './outages.ts';

/** Vendors ending their service (地場ベンダー withdrawing, jp-facts.md#3.2). */
export function startVendorExits(town: Town): void {
  for (const vendor of town.scenario.people.vendors) {
    const stream = town.streams.get(`vendor.${vendor.id}.exit`);
    every(town, vendor.exitAnnualRate, stream, () => applyVendorExit(town, vendor.id));
  }
}

/**
 * A vendor ends its service: after the notice period every system it supports migrates to a new vendor
 * at a cost; the cutover may stop them, and data conversion may corrupt records (kind `damage`).
 */
export function applyVendorExit(town: Town, vendorId: string): void {
  const ve = town.scenario.providers.vendorExit;
  const stream = town.streams.get(`vendor.${vendorId}.migration`);
  const systems = town.systems.filter((s) => s.spec.vendor === vendorId);
  const months = town.prepared.quantity(ve.noticeMonths).sample(stream);
  const outage = stream.random() < ve.cutoverOutageProbability;
  const outageHours = town.prepared.quantity(ve.cutoverOutageHours).sample(stream);
  const defect = stream.random() < ve.conversionDefectProbability;
  const costs = systems.map(() => town.prepared.quantity(ve.migrationCostYenPerSystem).sample(stream));
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'vendorExit', detail: { vendor: vendorId } });
  if (systems.length === 0) return;
  const incident = town.open('vendorExit', hazard);
  town.begin(incident);
  incident.note(town.env.now, 'vendorExit', { vendor: vendorId, noticeMonths: Math.round(months * 10) / 10, systems: systems.length });
  town.env.process(function* migrate(): ProcessGenerator<void> {
    yield town.env.timeout(months * 730);
    costs.forEach((yen) => incident.addCost('migration', yen));
    incident.note(town.env.now, 'cutover', { outage, outageHours: Math.round(outageHours), conversionDefect: defect });
    if (outage) for (const s of systems) holdFor(town, incident, s.causes, 'cutover', outageHours);
    if (defect) {
      incident.kinds.add('damage');
      for (const s of systems) for (const c of s.spec.dataClasses) incident.addPersons(c, Math.round(s.spec.persons * ve.conversionDefectPersonsShare));
    }
    town.end(incident);
  }, `migrate off ${vendorId}`);
}
