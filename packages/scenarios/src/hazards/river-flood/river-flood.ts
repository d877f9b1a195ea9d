import type { RandomStream } from '@machi/sim-core';
import type { Incident } from '../../model/incident.ts';
import { every } from '../../model/processes/every.ts';
import { cutRoute, sitePowerCut } from '../../model/processes/outages.ts';
import { destroySite } from '../../model/processes/recovery.ts';
import { toHundredths as round, toTenths } from '../../model/rounding.ts';
import type { SiteState, Town } from '../../model/town.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { riverFloodSectionSchema, scriptedRiverFloodSchema, type FloodRegion } from './river-flood-schema.ts';

/** One flood as it reaches the town: depth above the ground by site, and its durations (hours). */
export interface Flood {
  region?: string;
  depthAboveGroundMBySite: ReadonlyMap<string, number>;
  recedeHours: number;
  powerOutageHours: number;
  lineRepairHours: number;
  buildingRestorationHours: number;
  assemblyDelayMultiplier: number;
}

/**
 * River and inland flooding (`hazards.riverFlood`): floods of each region at its yearly rate, and
 * scripted floods with the depth at named sites. Water above a site's floor floods the room; water
 * above its generator drowns the generator; water above where its lines come in cuts them.
 */
export const riverFloodHazard = defineHazard({
  id: 'river-flood',
  causes: ['riverFlood'], reasons: ['site-flooded', 'restoring', 'power', 'line-cut'],
  section: { group: 'hazards', key: 'riverFlood', schema: riverFloodSectionSchema },
  scripted: [
    scriptedForm(scriptedRiverFloodSchema, (town, e) =>
      applyRiverFlood(town, {
        depthAboveGroundMBySite: new Map(Object.entries(e.depthAboveGroundMBySite)),
        recedeHours: e.recedeHours,
        powerOutageHours: e.powerOutageHours ?? e.recedeHours,
        lineRepairHours: e.lineRepairHours ?? 0,
        buildingRestorationHours: e.buildingRestorationHours ?? 0,
        assemblyDelayMultiplier: e.assemblyDelayMultiplier ?? 1,
      }),
    ),
  ],
  start: startRiverFloods,
});

/** Floods of every region at its rate, each region on a stream of its own (`hazard.river-flood.<id>`). */
function startRiverFloods(town: Town): void {
  for (const region of town.scenario.hazards.riverFlood?.regions ?? []) {
    const stream = town.streams.get(`hazard.river-flood.${region.id}`);
    every(town, region.annualRate, stream, () => applyRiverFlood(town, drawFlood(town, region, stream)));
  }
}

/** One flood of a region: the depth at each of its sites (in the scenario's site order), then its durations. */
export function drawFlood(town: Town, region: FloodRegion, stream: RandomStream): Flood {
  const q = (spec: Parameters<Town['prepared']['quantity']>[0]) => town.prepared.quantity(spec).sample(stream);
  const depths = new Map<string, number>();
  for (const site of town.scenario.sites) {
    const spec = region.depthAboveGroundMBySite[site.id];
    if (spec) depths.set(site.id, q(spec));
  }
  return {
    region: region.id,
    depthAboveGroundMBySite: depths,
    recedeHours: q(region.recedeHours),
    powerOutageHours: q(region.powerOutageHours),
    lineRepairHours: q(region.lineRepairHours),
    buildingRestorationHours: q(region.buildingRestorationHours),
    assemblyDelayMultiplier: region.assemblyDelayMultiplier,
  };
}

/**
 * A flood through the town. At each wet site: the grid is down for the flood's outage hours (none for
 * shallow inland water), the generator gives nothing if the water is above it (常総市 2015), the lines are cut where
 * they come in if the water is above that, and water above the server-room floor floods the room —
 * equipment and every backup kept there are lost, and the building takes new equipment only once the
 * water has gone and the rooms are usable again. Staff take longer to get in while the water is up.
 * Deterministic given the flood.
 */
export function applyRiverFlood(town: Town, flood: Flood): Incident | undefined {
  const wet = town.scenario.sites.filter((s) => (flood.depthAboveGroundMBySite.get(s.id) ?? 0) > 0);
  if (wet.length === 0) return undefined;
  const hazard = town.recordHazard({
    atHours: town.env.now,
    kind: 'riverFlood',
    detail: {
      ...(flood.region === undefined ? {} : { region: flood.region }),
      recedeHours: toTenths(flood.recedeHours),
      ...Object.fromEntries(wet.map((s) => [`depthM.${s.id}`, round(flood.depthAboveGroundMBySite.get(s.id)!)])),
    },
  });
  return town.incident(
    'riverFlood',
    (incident) => {
      incident.note(town.env.now, 'riverFlood', { hours: toTenths(flood.recedeHours) });
      if (flood.assemblyDelayMultiplier > 1) town.delays.push({ multiplier: flood.assemblyDelayMultiplier, untilHours: town.env.now + flood.recedeHours });
      const linesUnderWater = new Set<string>();
      for (const spec of wet) {
        const depthM = flood.depthAboveGroundMBySite.get(spec.id)!;
        if (depthM > (spec.lineEntryAboveGroundM ?? 0)) linesUnderWater.add(spec.id);
        floodSite(town, incident, town.site(spec.id), depthM, flood);
      }
      cutLines(town, incident, linesUnderWater, flood.recedeHours + flood.lineRepairHours);
    },
    hazard,
  );
}

/**
 * Every route of a line is cut when the water is above where it comes into the building at its office
 * end, or at every site it leads to (a line to two data centres still reaches the dry one).
 */
function cutLines(town: Town, incident: Incident, underWater: ReadonlySet<string>, hours: number): void {
  for (const link of town.links) {
    if (!underWater.has(link.spec.from) && !link.spec.to.every((t) => underWater.has(t))) continue;
    link.routeCauses.forEach((_, route) => cutRoute(town, incident, link, route, hours));
  }
}

/** What water `depthM` above the ground does at one site's power and room (heights absent: at ground level). */
function floodSite(town: Town, incident: Incident, site: SiteState, depthM: number, flood: Flood): void {
  const spec = site.spec;
  const aboveFloor = depthM - spec.floorAboveGroundM;
  incident.note(town.env.now, 'floodDepth', { site: spec.id, depthM: round(depthM), aboveFloorM: round(aboveFloor) });
  const generatorFlooded = depthM > (spec.generatorAboveGroundM ?? 0);
  if (flood.powerOutageHours > 0) sitePowerCut(town, incident, site, flood.powerOutageHours, generatorFlooded);
  if (aboveFloor > 0) destroySite(town, incident, site, 'site-flooded', flood.recedeHours + flood.buildingRestorationHours);
}
