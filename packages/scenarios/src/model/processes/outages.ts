import type { ProcessGenerator } from '@machi/sim-core';
import type { Cause, Reason } from '../cause.ts';
import type { Incident } from '../incident.ts';
import { toHundredths as round } from '../rounding.ts';
import type { LinkState, SiteState, Town } from '../town.ts';

/** Holds a cause of `reason` on `list` for `hours` (after `startAfterHours`), as one work item of the incident. */
export function holdFor(town: Town, incident: Incident, list: Cause[], reason: Reason, hours: number, startAfterHours = 0): void {
  town.work(incident, `${reason} ${hours.toFixed(1)}h`, function* hold(): ProcessGenerator<void> {
    if (startAfterHours > 0) yield town.env.timeout(startAfterHours);
    const cause = town.add(list, incident, reason);
    yield town.env.timeout(hours);
    town.remove(list, cause);
  });
}

/**
 * The grid is down in a region for `hours`. Each site rides it out on its generator for its fuel hours
 * (longer with a priority fuel-supply agreement), unless the generator fails to start; after that the
 * site is down until the grid returns.
 */
export function gridOutage(town: Town, incident: Incident, region: string, hours: number): void {
  incident.note(town.env.now, 'gridOutage', { powerRegion: region, hours: round(hours) });
  for (const site of town.sites.values()) if (site.spec.powerRegion === region) sitePowerCut(town, incident, site, hours);
}

/**
 * The grid is down at one site for `hours`, ridden out on its generator (`rideOut`) with the draw of the
 * site's own generator stream; a generator under water (`generatorFlooded`) gives nothing. The draw is
 * made either way, so that a flood does not shift the site's later draws.
 */
export function sitePowerCut(town: Town, incident: Incident, site: SiteState, hours: number, generatorFlooded = false): void {
  rideOut(town, incident, site, hours, town.streams.get(`power.generator.${site.spec.id}`).random(), generatorFlooded);
}

/**
 * One site loses grid power for `hours`: it rides the cut out on its generator for its fuel hours
 * (longer with a priority fuel-supply agreement), unless the generator fails to start — when
 * `generatorDraw` (uniform on [0, 1), from the caller's stream) falls below its failure probability —
 * or is under water; after that the site is down until the power returns.
 */
export function rideOut(town: Town, incident: Incident, site: SiteState, hours: number, generatorDraw: number, generatorFlooded = false): void {
  const resupply = town.scenario.bcp.fuelResupplyAfterHours;
  const failed = generatorDraw < site.spec.generatorFailureProbability;
  let runs = failed || generatorFlooded ? 0 : site.spec.generatorHours;
  if (runs > 0 && resupply !== undefined && resupply <= runs) runs = Infinity;
  if (runs >= hours) return;
  const kind = generatorFlooded && site.spec.generatorHours > 0 ? 'generatorFlooded' : failed || site.spec.generatorHours === 0 ? 'noGenerator' : 'generatorFuelOut';
  incident.note(town.env.now, kind, { site: site.spec.id, afterHours: round(runs) });
  powerLoss(town, incident, site, hours - runs, runs);
}

function powerLoss(town: Town, incident: Incident, site: SiteState, hours: number, afterHours: number): void {
  holdFor(town, incident, site.causes, 'power', hours, afterHours);
}

/** One route of a line is cut and repaired after `hours`. */
export function cutRoute(town: Town, incident: Incident, link: LinkState, route: number, hours: number): void {
  incident.note(town.env.now, 'lineCut', { link: link.spec.id, route: route + 1, routes: link.spec.routes, repairHours: round(hours) });
  holdFor(town, incident, link.routeCauses[route]!, 'line-cut', hours);
}

