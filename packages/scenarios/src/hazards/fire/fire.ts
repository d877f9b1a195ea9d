import { holdFor } from '../../model/processes/outages.ts';
import { destroySite } from '../../model/processes/recovery.ts';
import { every } from '../../model/processes/every.ts';
import { toHundredths as round } from '../../model/rounding.ts';
import type { Town } from '../../model/town.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { fireSectionSchema, scriptedFireSchema } from './fire-schema.ts';

/**
 * Fire (`hazards.fire`) in a town-hall server room, a hall or a data centre, per site at its own rate:
 * the room burnt out (everything there lost, as a destroyed site: new hardware, restore from a copy kept
 * elsewhere, every town hosted there waiting its turn at a shared site), or the equipment stopped by
 * smoke, sprinkler water and the power cut; a fire in the hall leaves staff without an office until
 * they work elsewhere (the BCP's alternate office, if it opens sooner). Random and scripted.
 */
export const fireHazard = defineHazard({
  id: 'fire',
  causes: ['fire'], reasons: ['site-burnt', 'fire-damage', 'restoring'],
  section: { group: 'hazards', key: 'fire', schema: fireSectionSchema },
  scripted: [
    scriptedForm(scriptedFireSchema, (town, e, stream) => {
      const entry = town.scenario.hazards.fire?.sites.find((s) => s.site === e.site);
      const office = e.officeUnusableHours ?? (entry?.officeUnusableHours ? town.prepared.quantity(entry.officeUnusableHours).sample(stream) : 0);
      applyFire(town, e.site, e.roomLost, e.damageHours, office);
    }),
  ],
  start(town) {
    for (const entry of town.scenario.hazards.fire?.sites ?? []) {
      const stream = town.streams.get(`hazard.fire.${entry.site}`);
      const damage = town.prepared.quantity(entry.damageHours);
      const office = entry.officeUnusableHours && town.prepared.quantity(entry.officeUnusableHours);
      every(town, entry.annualRate, stream, () => {
        const roomLost = stream.random() < entry.roomLostProbability;
        const damageHours = damage.sample(stream);
        const officeHours = office ? office.sample(stream) : 0;
        applyFire(town, entry.site, roomLost, damageHours, officeHours);
      });
    }
  },
});

/** A fire at `siteId`: the room lost, or its equipment stopped for `damageHours`; the hall unusable for `officeHours` when it is the office. */
export function applyFire(town: Town, siteId: string, roomLost: boolean, damageHours: number, officeHours: number): void {
  const site = town.site(siteId);
  const atOffice = siteId === town.scenario.municipality.officeSite;
  const stopped = roomLost ? 0 : damageHours;
  const hallHours = atOffice ? officeHours : 0;
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'fire', detail: { site: siteId, roomLost, damageHours: round(stopped), officeUnusableHours: round(hallHours) } });
  town.incident(
    'fire',
    (incident) => {
      incident.note(town.env.now, 'fire', { site: siteId, roomLost, damageHours: round(stopped), officeUnusableHours: round(hallHours) });
      if (roomLost) destroySite(town, incident, site, 'site-burnt');
      else if (stopped > 0) holdFor(town, incident, site.causes, 'fire-damage', stopped);
      if (hallHours > 0) holdFor(town, incident, site.causes, 'fire-damage', hallHours);
    },
    hazard,
  );
}
