import { every } from '../../model/processes/every.ts';
import { holdFor } from '../../model/processes/outages.ts';
import { toHundredths as round } from '../../model/rounding.ts';
import type { SiteState, Town } from '../../model/town.ts';
import { hasAvailabilityZones } from '../../vocabulary/hosting-kinds.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { scriptedFacilityOutageSchema, scriptedRegionOutageSchema, scriptedZoneOutageSchema } from './provider-outages-schema.ts';

/**
 * Operator events: outages of one availability zone (a multi-AZ deployment fails over, unless the
 * failover fails) and of a whole region (`providers.cloud`), and facility outages of any data centre or
 * server room (each site's own rate). Per site in scenario order, so each site's events come together.
 */
export const providerOutagesHazard = defineHazard({
  id: 'provider-outages',
  causes: ['zoneOutage', 'regionOutage', 'facilityOutage'], reasons: ['zone-outage', 'region-outage', 'facility'],
  scripted: [
    scriptedForm(scriptedZoneOutageSchema, (town, e, stream) => {
      const hours = e.durationHours ?? town.prepared.quantity(town.scenario.providers.cloud.zoneOutageHours).sample(stream);
      applyZoneOutage(town, town.site(e.site), e.zone, hours, stream.random());
    }),
    scriptedForm(scriptedRegionOutageSchema, (town, e, stream) => {
      applySiteOutage(town, town.site(e.site), 'region-outage', e.durationHours ?? town.prepared.quantity(town.scenario.providers.cloud.regionOutageHours).sample(stream));
    }),
    scriptedForm(scriptedFacilityOutageSchema, (town, e, stream) => {
      applySiteOutage(town, town.site(e.site), 'facility', e.durationHours ?? facilityOutageHours(town, town.site(e.site)).sample(stream));
    }),
  ],
  start: startProviderOutages,
});

function startProviderOutages(town: Town): void {
  const cloud = town.scenario.providers.cloud;
  for (const site of town.sites.values()) {
    const id = site.spec.id;
    for (const zone of site.spec.zones) {
      const stream = town.streams.get(`provider.${id}.zone.${zone}`);
      every(town, cloud.zoneOutageAnnualRatePerZone, stream, () =>
        applyZoneOutage(town, site, zone, town.prepared.quantity(cloud.zoneOutageHours).sample(stream), stream.random()),
      );
    }
    if (hasAvailabilityZones(site.spec.kind)) {
      const stream = town.streams.get(`provider.${id}.region`);
      every(town, cloud.regionOutageAnnualRate, stream, () => applySiteOutage(town, site, 'region-outage', town.prepared.quantity(cloud.regionOutageHours).sample(stream)));
    }
    // A site without facility outages (a public cloud's are its zones') never creates the stream.
    if (!(site.spec.facilityOutageAnnualRate > 0)) continue;
    const facility = town.streams.get(`provider.${id}.facility`);
    every(town, site.spec.facilityOutageAnnualRate, facility, () =>
      applySiteOutage(town, site, 'facility', facilityOutageHours(town, site).sample(facility)),
    );
  }
}

/** How long one facility outage of `site` lasts; present wherever one can happen (`checkReferences` requires it). */
function facilityOutageHours(town: Town, site: SiteState) {
  return town.prepared.quantity(site.spec.facilityOutageHours!);
}

/** One zone is down: single-zone systems in it stop; multi-AZ systems survive unless failover fails. */
export function applyZoneOutage(town: Town, site: SiteState, zone: string, hours: number, failoverDraw: number): void {
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'zoneOutage', detail: { site: site.spec.id, zone, hours: round(hours) } });
  town.incident(
    'zoneOutage',
    (incident) => {
      incident.note(town.env.now, 'zoneOutage', { site: site.spec.id, zone, hours: round(hours) });
      holdFor(town, incident, site.zoneCauses.get(zone)!, 'zone-outage', hours);
      const failoverFails = failoverDraw < town.scenario.providers.cloud.multiAzFailoverFailureProbability;
      for (const s of town.systems) {
        if (s.site !== site || s.spec.deployment !== 'multiAz') continue;
        if (failoverFails) {
          incident.note(town.env.now, 'failoverFailed', { system: s.spec.id });
          holdFor(town, incident, s.causes, 'zone-outage', hours);
        } else incident.note(town.env.now, 'failedOver', { system: s.spec.id });
      }
    },
    hazard,
  );
}

/** The whole site (a cloud region, a data centre) is down for `hours`. */
export function applySiteOutage(town: Town, site: SiteState, reason: 'region-outage' | 'facility', hours: number): void {
  const cause = reason === 'facility' ? 'facilityOutage' : 'regionOutage';
  const hazard = town.recordHazard({ atHours: town.env.now, kind: cause, detail: { site: site.spec.id, hours: round(hours) } });
  town.incident(
    cause,
    (incident) => {
      incident.note(town.env.now, cause, { site: site.spec.id, hours: round(hours) });
      holdFor(town, incident, site.causes, reason, hours);
    },
    hazard,
  );
}
