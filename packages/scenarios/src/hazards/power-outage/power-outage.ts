import { every } from '../../model/processes/every.ts';
import { gridOutage } from '../../model/processes/outages.ts';
import { toTenths } from '../../model/rounding.ts';
import type { Town } from '../../model/town.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { powerSectionSchema, scriptedPowerOutageSchema } from './power-outage-schema.ts';

/** Regional grid outages (`hazards.power`), per grid region of the sites, random and scripted. */
export const powerOutageHazard = defineHazard({
  id: 'power-outage',
  causes: ['powerOutage'], reasons: ['power'],
  section: { group: 'hazards', key: 'power', schema: powerSectionSchema },
  scripted: [
    scriptedForm(scriptedPowerOutageSchema, (town, e, stream) => {
      applyGridOutage(town, e.powerRegion, e.durationHours ?? town.prepared.quantity(town.scenario.hazards.power.regionalOutageHours).sample(stream));
    }),
  ],
  start: startGridOutages,
});

function startGridOutages(town: Town): void {
  const p = town.scenario.hazards.power;
  for (const region of town.prepared.powerRegions) {
    const stream = town.streams.get(`hazard.power.${region}`);
    every(town, p.regionalOutageAnnualRate, stream, () => applyGridOutage(town, region, town.prepared.quantity(p.regionalOutageHours).sample(stream)));
  }
}

/** The grid of `region` is down for `hours`: each site there rides it out on its generator, or not. */
export function applyGridOutage(town: Town, region: string, hours: number): void {
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'powerOutage', detail: { powerRegion: region, hours: toTenths(hours) } });
  town.incident('powerOutage', (incident) => gridOutage(town, incident, region, hours), hazard);
}
