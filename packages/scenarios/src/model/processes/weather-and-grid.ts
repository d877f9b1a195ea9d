import type { RandomStream } from '@machi/sim-core';
import type { Town } from '../town.ts';
import { every } from './every.ts';
import { cutRoute, gridOutage, holdFor } from './outages.ts';

/** Sites within this distance of the town share its weather. */
const LOCAL_WEATHER_KM = 100;

/**
 * Heavy snow only in its months: arrivals of a Poisson process run at the season's rate, and arrivals
 * outside the months are dropped (thinning), so the count per season has the configured mean.
 */
export function startHeavySnow(town: Town): void {
  const snow = town.scenario.hazards.heavySnow;
  if (!snow) return;
  const stream = town.streams.get('hazard.snow');
  const seasonShare = snow.months.length / 12;
  every(town, snow.annualRate / seasonShare, stream, () => {
    const inSeason = snow.months.includes(town.calendar.monthAt(town.env.now));
    applyHeavySnow(town, stream, inSeason);
  });
}

/** A snowstorm: local sites may lose power, lines from the office may be cut, staff arrive late. */
export function applyHeavySnow(town: Town, stream: RandomStream, happens = true, forcedHours?: number): void {
  const snow = town.scenario.hazards.heavySnow;
  if (!snow) return;
  const hours = forcedHours ?? town.prepared.quantity(snow.durationHours).sample(stream);
  const regions = town.prepared.powerRegions;
  const local = town.prepared.snowPowerRegions(LOCAL_WEATHER_KM);
  const power = regions.map(() => [stream.random() < snow.powerOutageProbability, town.prepared.quantity(snow.powerOutageHours).sample(stream)] as const);
  // One stream per route (named after the storm's stream): variants differ in routes, and a shared
  // stream would shift the later storms' draws in the variant with more.
  const cuts = town.routeStreams(stream.name).map((routes) => routes.map((routeStream) => routeStream.random() < snow.lineCutProbability));
  if (!happens) return;
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'heavySnow', detail: { durationHours: Math.round(hours * 10) / 10 } });
  const incident = town.open('heavySnow', hazard);
  town.begin(incident);
  incident.note(town.env.now, 'heavySnow', { hours: Math.round(hours * 10) / 10 });
  town.delays.push({ multiplier: snow.assemblyDelayMultiplier, untilHours: town.env.now + hours });
  regions.forEach((r, i) => local.has(r) && power[i]![0] && gridOutage(town, incident, r, power[i]![1]));
  town.links.forEach((l, i) => {
    if (l.spec.from !== town.scenario.municipality.officeSite) return;
    cuts[i]!.forEach((cut, route) => cut && cutRoute(town, incident, l, route, hours));
  });
  town.end(incident);
}

/** Regional grid outages, per grid region. */
export function startGridOutages(town: Town): void {
  const p = town.scenario.hazards.power;
  for (const region of town.prepared.powerRegions) {
    const stream = town.streams.get(`hazard.power.${region}`);
    every(town, p.regionalOutageAnnualRate, stream, () => applyGridOutage(town, region, town.prepared.quantity(p.regionalOutageHours).sample(stream)));
  }
}

export function applyGridOutage(town: Town, region: string, hours: number): void {
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'powerOutage', detail: { powerRegion: region, hours: Math.round(hours * 10) / 10 } });
  const incident = town.open('powerOutage', hazard);
  town.begin(incident);
  gridOutage(town, incident, region, hours);
  town.end(incident);
}

/** Nationwide LGWAN outages: every line carried over LGWAN and every system that needs LGWAN stop. */
export function startLgwanOutages(town: Town): void {
  const l = town.scenario.hazards.lgwan;
  const stream = town.streams.get('hazard.lgwan');
  every(town, l.outageAnnualRate, stream, () => applyLgwanOutage(town, town.prepared.quantity(l.outageHours).sample(stream)));
}

export function applyLgwanOutage(town: Town, hours: number): void {
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'lgwanOutage', detail: { hours: Math.round(hours * 10) / 10 } });
  const incident = town.open('lgwanOutage', hazard);
  town.begin(incident);
  incident.note(town.env.now, 'lgwanOutage', { hours: Math.round(hours * 10) / 10 });
  holdFor(town, incident, town.lgwanCauses, 'lgwan-outage', hours);
  for (const link of town.links) if (link.spec.overLgwan) link.routeCauses.forEach((r) => holdFor(town, incident, r, 'lgwan-outage', hours));
  town.end(incident);
}

/** Everyday faults of each route of each line (construction cuts, carrier equipment). */
export function startLineFaults(town: Town): void {
  for (const link of town.links) {
    const stream = town.streams.get(`line.${link.spec.id}`);
    const repair = town.prepared.quantity(link.spec.repairHours);
    // One process per route keeps each route's draws on the link's stream whatever the variant's routes;
    // draws for route k come from a stream of its own so adding a route does not shift the others.
    link.routeCauses.forEach((_, route) => {
      const routeStream = route === 0 ? stream : town.streams.get(`line.${link.spec.id}.${route}`);
      every(town, link.spec.faultAnnualRatePerRoute, routeStream, () => applyLineCut(town, link.spec.id, route, repair.sample(routeStream)));
    });
  }
}

export function applyLineCut(town: Town, linkId: string, route: number | 'all', hours: number): void {
  const link = town.links.find((l) => l.spec.id === linkId)!;
  const incident = town.open('lineCut');
  town.begin(incident);
  const routes = route === 'all' ? link.routeCauses.map((_, i) => i) : [route];
  for (const r of routes) cutRoute(town, incident, link, r, hours);
  town.end(incident);
}
