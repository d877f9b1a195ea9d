import type { RandomStream } from '@machi/sim-core';
import { afterDisaster } from '../../model/processes/disaster.ts';
import { every } from '../../model/processes/every.ts';
import { gridOutage, holdFor } from '../../model/processes/outages.ts';
import { toTenths } from '../../model/rounding.ts';
import type { Town } from '../../model/town.ts';
import { HOURS_PER_DAY } from '../../model/year-metrics.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { scriptedEruptionSchema, volcanoSectionSchema } from './volcano-schema.ts';

/** Large and small eruptions of the scenario's volcano (`hazards.volcano`), random and scripted. */
export const volcanoHazard = defineHazard({
  id: 'volcano',
  causes: ['eruption'], reasons: ['evacuated', 'power'],
  section: { group: 'hazards', key: 'volcano', schema: volcanoSectionSchema },
  scripted: [scriptedForm(scriptedEruptionSchema, (town, e, stream) => applyEruption(town, e.size, stream))],
  start: startVolcano,
});

function startVolcano(town: Town): void {
  const v = town.scenario.hazards.volcano;
  if (!v) return;
  const large = town.streams.get('hazard.volcano.large');
  const small = town.streams.get('hazard.volcano.small');
  every(town, v.largeEruptionAnnualRate, large, () => applyEruption(town, 'large', large));
  every(town, v.smallEruptionAnnualRate, small, () => applyEruption(town, 'small', small));
}

/**
 * An eruption closes the evacuation zone — a town hall inside it cannot be used, and systems there can
 * be neither reached nor maintained — and ash cuts power at exposed sites. Draws are made for every site.
 */
export function applyEruption(town: Town, size: 'large' | 'small', stream: RandomStream): void {
  const v = town.scenario.hazards.volcano;
  if (!v) return;
  const evacuate = size === 'large' || stream.random() < v.smallEvacuationProbability;
  const days = town.prepared.quantity(size === 'large' ? v.evacuationDays : v.smallEvacuationDays).sample(stream);
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'eruption', detail: { volcano: v.name, size, evacuation: evacuate, evacuationDays: toTenths(days) } });
  town.incident(
    'eruption',
    (incident) => {
      incident.note(town.env.now, 'eruption', { volcano: v.name, size });
      const ashRegions = new Set<string>();
      for (const site of town.sites.values()) {
        const ash = stream.random() < v.ashPowerOutageProbability;
        const ashHours = town.prepared.quantity(v.ashPowerOutageHours).sample(stream);
        if (site.spec.volcanoZone === 'none') continue;
        if (evacuate && site.spec.volcanoZone === 'evacuation') {
          incident.note(town.env.now, 'evacuated', { site: site.spec.id, days: toTenths(days) });
          holdFor(town, incident, site.causes, 'evacuated', HOURS_PER_DAY * days);
        }
        // One grid outage per region per eruption, however many of its sites are exposed.
        if (ash && !ashRegions.has(site.spec.powerRegion)) {
          ashRegions.add(site.spec.powerRegion);
          gridOutage(town, incident, site.spec.powerRegion, ashHours);
        }
      }
      const office = town.office.spec.volcanoZone;
      if (size === 'large' && office !== 'none') afterDisaster(town, incident, 0);
    },
    hazard,
  );
}
