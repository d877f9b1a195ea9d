import { every } from '../../model/processes/every.ts';
import { holdFor } from '../../model/processes/outages.ts';
import { toTenths } from '../../model/rounding.ts';
import type { Town } from '../../model/town.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { jukiNetSectionSchema, scriptedJukiNetOutageSchema } from './juki-net-outage-schema.ts';

/**
 * Nationwide outages of 住基ネット, J-LIS's resident-registry network (`hazards.jukiNet`): every service
 * channel that needs it (転入 and 広域交付 lookups at the counter) stops, whatever the hosting. It is a
 * network of its own, not the LGWAN: an LGWAN outage leaves it running.
 */
export const jukiNetOutageHazard = defineHazard({
  id: 'juki-net-outage',
  causes: ['jukiNetOutage'], reasons: ['juki-net-outage'],
  section: { group: 'hazards', key: 'jukiNet', schema: jukiNetSectionSchema },
  scripted: [scriptedForm(scriptedJukiNetOutageSchema, (town, e) => applyJukiNetOutage(town, e.durationHours))],
  start(town) {
    const section = town.scenario.hazards.jukiNet;
    if (section === undefined) return;
    const stream = town.streams.get('hazard.juki-net');
    const hours = town.prepared.quantity(section.outageHours);
    every(town, section.outageAnnualRate, stream, () => applyJukiNetOutage(town, hours.sample(stream)));
  },
});

export function applyJukiNetOutage(town: Town, hours: number): void {
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'jukiNetOutage', detail: { hours: toTenths(hours) } });
  town.incident(
    'jukiNetOutage',
    (incident) => {
      incident.note(town.env.now, 'jukiNetOutage', { hours: toTenths(hours) });
      holdFor(town, incident, town.networks.get('juki-net')!.causes, 'juki-net-outage', hours);
    },
    hazard,
  );
}
