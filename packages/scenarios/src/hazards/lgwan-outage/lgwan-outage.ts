import type { RandomStream } from '@machi/sim-core';
import { every } from '../../model/processes/every.ts';
import { holdFor } from '../../model/processes/outages.ts';
import { toTenths } from '../../model/rounding.ts';
import type { Town } from '../../model/town.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { lgwanSectionSchema, scriptedLgwanOutageSchema } from './lgwan-outage-schema.ts';

/** Nationwide LGWAN outages (`hazards.lgwan`): every line carried over LGWAN and every system that needs LGWAN stop. */
export const lgwanOutageHazard = defineHazard({
  id: 'lgwan-outage',
  causes: ['lgwanOutage'], reasons: ['lgwan-outage'],
  section: { group: 'hazards', key: 'lgwan', schema: lgwanSectionSchema },
  scripted: [scriptedForm(scriptedLgwanOutageSchema, (town, e, stream) => applyLgwanOutage(town, e.durationHours ?? outageHours(town, stream)))],
  start(town) {
    const stream = town.streams.get('hazard.lgwan');
    every(town, town.scenario.hazards.lgwan.outageAnnualRate, stream, () => applyLgwanOutage(town, outageHours(town, stream)));
  },
});

const outageHours = (town: Town, stream: RandomStream) => town.prepared.quantity(town.scenario.hazards.lgwan.outageHours).sample(stream);

export function applyLgwanOutage(town: Town, hours: number): void {
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'lgwanOutage', detail: { hours: toTenths(hours) } });
  town.incident(
    'lgwanOutage',
    (incident) => {
      incident.note(town.env.now, 'lgwanOutage', { hours: toTenths(hours) });
      holdFor(town, incident, town.lgwanCauses, 'lgwan-outage', hours);
      for (const link of town.links) if (link.spec.overLgwan) link.routeCauses.forEach((r) => holdFor(town, incident, r, 'lgwan-outage', hours));
    },
    hazard,
  );
}
