import { z } from 'zod';
import type { ProcessGenerator } from '@machi/sim-core';
import { MODEL_ASSUMPTIONS } from '../../model/model-assumptions.ts';
import { every } from '../../model/processes/every.ts';
import type { SystemState, Town } from '../../model/town.ts';
import { id } from '../../schema/sourced.ts';
import { townRun } from '../../vocabulary/hosting-kinds.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { at } from '../scripted-fields.ts';

/** A scripted server failure of one system. */
export const scriptedHardwareFailureSchema = z.strictObject({ kind: z.literal('hardwareFailure'), at, system: id() });

/**
 * Server failures of town-run systems (own room or housed racks), at each system's own rate; a cloud
 * operator's hardware is in its zone and facility outages. Each system has its own stream, so its
 * failures are the same in every variant that runs it on its own hardware.
 */
export const hardwareFailureHazard = defineHazard({
  id: 'hardware-failure',
  causes: ['hardwareFailure'], reasons: ['hardware'],
  scripted: [scriptedForm(scriptedHardwareFailureSchema, (town, e) => applyHardwareFailure(town, town.system(e.system)))],
  start: startHardwareFailures,
});

function startHardwareFailures(town: Town): void {
  for (const system of town.systems) {
    if (!townRun(system.site.spec.kind)) continue;
    const stream = town.streams.get(`hardware.${system.spec.id}`);
    every(town, system.spec.hardwareFailureAnnualRate, stream, () => applyHardwareFailure(town, system));
  }
}

/** A server fails: staff triage it, then the vendor repairs it under its contract. */
export function applyHardwareFailure(town: Town, system: SystemState): void {
  town.incident('hardwareFailure', (incident) => {
    incident.kinds.add('outage');
    const cause = town.add(system.causes, incident, 'hardware');
    incident.note(town.env.now, 'hardwareFailure', { system: system.spec.id });
    const vendor = town.crew.vendor(system.spec.vendor).spec;
    const hours = town.prepared.quantity(vendor.repairHours).sample(town.streams.get(`recovery.${system.spec.id}`));
    town.work(incident, `repair ${system.spec.id}`, function* repairServer(): ProcessGenerator<void> {
      yield town.env.process(town.crew.staffWork(incident, MODEL_ASSUMPTIONS.serverTriageHours.value, `triage ${system.spec.id}`));
      yield town.env.process(town.crew.vendorWork(incident, system.spec.vendor, hours, `repair ${system.spec.id}`));
      town.remove(system.causes, cause);
    });
  });
}
