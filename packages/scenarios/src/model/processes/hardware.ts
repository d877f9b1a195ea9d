import type { ProcessGenerator } from '@machi/sim-core';
import type { SystemState, Town } from '../town.ts';
import { townRun } from '../../vocabulary/hosting-kinds.ts';
import { every } from './every.ts';

/**
 * Server failures of town-run systems (own room or housed racks); a cloud operator's hardware is in
 * its zone and facility outages. Each system has its own stream, so its failures are the same in every
 * variant that runs it on its own hardware.
 */
export function startHardwareFailures(town: Town): void {
  for (const system of town.systems) {
    if (!townRun(system.site.spec.kind)) continue;
    const stream = town.streams.get(`hardware.${system.spec.id}`);
    every(town, system.spec.hardwareFailureAnnualRate, stream, () => applyHardwareFailure(town, system));
  }
}

/** A server fails: staff triage it, then the vendor repairs it under its contract. */
export function applyHardwareFailure(town: Town, system: SystemState): void {
  const incident = town.open('hardwareFailure');
  incident.kinds.add('outage');
  const cause = town.add(system.causes, incident, 'hardware');
  town.begin(incident);
  incident.note(town.env.now, 'hardwareFailure', { system: system.spec.id });
  const vendor = town.crew.vendors.get(system.spec.vendor)!.spec;
  const hours = town.prepared.quantity(vendor.repairHours).sample(town.streams.get(`recovery.${system.spec.id}`));
  town.env.process(function* repairServer(): ProcessGenerator<void> {
    yield town.env.process(town.crew.staffWork(incident, 0.5, `triage ${system.spec.id}`));
    yield town.env.process(town.crew.vendorWork(incident, system.spec.vendor, hours, `repair ${system.spec.id}`));
    town.remove(system.causes, cause);
    town.end(incident);
  }, `repair ${system.spec.id}`);
}
