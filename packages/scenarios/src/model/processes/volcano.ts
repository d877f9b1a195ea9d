import type { RandomStream } from '@machi/sim-core';
import type { Town } from '../town.ts';
import { afterDisaster } from './disaster.ts';
import { every } from './every.ts';
import { gridOutage, holdFor } from './outages.ts';

/** Large and small eruptions of the scenario's volcano. */
export function startVolcano(town: Town): void {
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
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'eruption', detail: { volcano: v.name, size, evacuation: evacuate, evacuationDays: Math.round(days * 10) / 10 } });
  const incident = town.open('eruption', hazard);
  town.begin(incident);
  incident.note(town.env.now, 'eruption', { volcano: v.name, size });
  const ashRegions = new Set<string>();
  for (const site of town.sites.values()) {
    const ash = stream.random() < v.ashPowerOutageProbability;
    const ashHours = town.prepared.quantity(v.ashPowerOutageHours).sample(stream);
    if (site.spec.volcanoZone === 'none') continue;
    if (evacuate && site.spec.volcanoZone === 'evacuation') {
      incident.note(town.env.now, 'evacuated', { site: site.spec.id, days: Math.round(days * 10) / 10 });
      holdFor(town, incident, site.causes, 'evacuated', 24 * days);
    }
    // One grid outage per region per eruption, however many of its sites are exposed.
    if (ash && !ashRegions.has(site.spec.powerRegion)) {
      ashRegions.add(site.spec.powerRegion);
      gridOutage(town, incident, site.spec.powerRegion, ashHours);
    }
  }
  const office = town.office.spec.volcanoZone;
  if (size === 'large' && office !== 'none') afterDisaster(town, incident, 0);
  town.end(incident);
}

