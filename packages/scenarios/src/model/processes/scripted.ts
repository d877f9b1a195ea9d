import type { ScriptedEvent } from '../../schema/index.ts';
import type { Town } from '../town.ts';
import { applyEarthquake } from './earthquake.ts';
import { applyHardwareFailure } from './hardware.ts';
import { applyLeak, applyVendorCompromise } from './leaks.ts';
import { applyRansomware } from './ransomware.ts';
import { applySiteOutage, applyZoneOutage } from './cloud.ts';
import { applyEruption } from './volcano.ts';
import { applyGridOutage, applyHeavySnow, applyLgwanOutage, applyLineCut } from './weather-and-grid.ts';
import { applyVendorExit } from './vendor-exit.ts';

/**
 * Schedules the scenario's scripted events at their calendar times. Each draws from a stream of its own
 * (`scripted.<index>`), so adding a scripted event never changes the random ones.
 */
export function scheduleScripted(town: Town, events: readonly ScriptedEvent[]): void {
  events.forEach((event, index) => {
    const at = town.calendar.hoursAt(event.at);
    if (at >= town.horizonHours) return;
    town.env.schedule(at, () => applyScripted(town, event, index));
  });
}

function applyScripted(town: Town, e: ScriptedEvent, index: number): void {
  const stream = town.streams.get(`scripted.${index}`);
  const q = town.prepared;
  const hz = town.scenario.hazards;
  switch (e.kind) {
    case 'earthquake': {
      const quake = { epicentre: e.epicentre, magnitude: e.magnitude, depthKm: e.depthKm, faultType: 'crustal' as const, offshore: (e.tsunamiHeightM ?? 0) > 0 };
      applyEarthquake(town, { ...quake, ...(e.intensityBySite ? { intensityBySite: e.intensityBySite } : {}), ...(e.tsunamiHeightM !== undefined ? { tsunamiHeightM: e.tsunamiHeightM } : {}) }, stream);
      return;
    }
    case 'eruption':
      return applyEruption(town, e.size, stream);
    case 'heavySnow':
      return applyHeavySnow(town, stream, true, e.durationHours);
    case 'powerOutage':
      return applyGridOutage(town, e.powerRegion, e.durationHours ?? q.quantity(hz.power.regionalOutageHours).sample(stream));
    case 'lineCut': {
      const link = town.links.find((l) => l.spec.id === e.link)!;
      const hours = e.repairHours ?? q.quantity(link.spec.repairHours).sample(stream);
      return applyLineCut(town, e.link, e.routes === undefined || e.routes >= link.spec.routes ? 'all' : e.routes - 1, hours);
    }
    case 'lgwanOutage':
      return applyLgwanOutage(town, e.durationHours ?? q.quantity(hz.lgwan.outageHours).sample(stream));
    case 'hardwareFailure':
      return applyHardwareFailure(town, town.system(e.system));
    case 'ransomware':
      return applyRansomware(town, e.entrySegment, stream, e.dataTheft);
    case 'leak':
      return applyLeak(town, town.scenario.threats.leaks.find((c) => c.id === e.cause)!, stream, e);
    case 'vendorCompromise':
      return applyVendorCompromise(town, e.vendor);
    case 'zoneOutage':
      return applyZoneOutage(town, town.site(e.site), e.zone, e.durationHours ?? q.quantity(town.scenario.providers.cloud.zoneOutageHours).sample(stream), stream.random());
    case 'regionOutage':
      return applySiteOutage(town, town.site(e.site), 'region-outage', e.durationHours ?? q.quantity(town.scenario.providers.cloud.regionOutageHours).sample(stream));
    case 'facilityOutage':
      return applySiteOutage(town, town.site(e.site), 'facility', e.durationHours ?? q.quantity(town.site(e.site).spec.facilityOutageHours).sample(stream));
    case 'vendorExit':
      return applyVendorExit(town, e.vendor);
  }
}
