import type { ProcessGenerator } from '@machi/sim-core';
import { everyVendor } from '../../model/processes/every.ts';
import { holdFor } from '../../model/processes/outages.ts';
import { toTenths } from '../../model/rounding.ts';
import type { Town } from '../../model/town.ts';
import { HOURS_PER_MONTH } from '../../model/year-metrics.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { scriptedVendorExitSchema } from './vendor-exit-schema.ts';

/** Vendors ending their service (地場ベンダー withdrawing, [vendor-withdrawal-toyokeizai]), at each vendor's own rate. */
export const vendorExitHazard = defineHazard({
  id: 'vendor-exit',
  causes: ['vendorExit'], reasons: ['cutover'],
  scripted: [scriptedForm(scriptedVendorExitSchema, (town, e) => applyVendorExit(town, e.vendor))],
  start: (town) => everyVendor(town, 'exit', (v) => v.exitAnnualRate, (v) => applyVendorExit(town, v.id)),
});

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
  town.incident(
    'vendorExit',
    (incident) => {
      incident.note(town.env.now, 'vendorExit', { vendor: vendorId, noticeMonths: toTenths(months), systems: systems.length });
      town.work(incident, `migrate off ${vendorId}`, function* migrate(): ProcessGenerator<void> {
        yield town.env.timeout(months * HOURS_PER_MONTH);
        costs.forEach((yen) => incident.addCost('migration', yen));
        incident.note(town.env.now, 'cutover', { outage, outageHours: Math.round(outageHours), conversionDefect: defect });
        if (outage) for (const s of systems) holdFor(town, incident, s.causes, 'cutover', outageHours);
        if (defect) {
          incident.kinds.add('damage');
          for (const s of systems) for (const c of s.spec.dataClasses) incident.addPersons(c, Math.round(s.spec.persons * ve.conversionDefectPersonsShare));
        }
      });
    },
    hazard,
  );
}
