import type { ProcessGenerator } from '@machi/sim-core';
import type { Incident } from '../incident.ts';
import { MODEL_ASSUMPTIONS } from '../model-assumptions.ts';
import type { Town } from '../town.ts';
import { HOURS_PER_DAY, HOURS_PER_YEAR } from '../year-metrics.ts';

/** Hours after a disaster in which the evacuation-support list is needed (the 初動 72 hours, `MODEL_ASSUMPTIONS`). */
export const EVACUATION_WINDOW_HOURS = MODEL_ASSUMPTIONS.evacuationListWindowHours.value;
const CHECK_EVERY_HOURS = MODEL_ASSUMPTIONS.evacuationListCheckHours.value;

/**
 * What a disaster at the town does besides breaking things: IT staff are pulled into the disaster HQ,
 * everyone takes longer to arrive, certificate and welfare demand surges, and the evacuation-support
 * list is needed at once.
 */
export function afterDisaster(town: Town, incident: Incident, officeIntensity: number): void {
  const { scenario, env } = town;
  const it = scenario.people.itStaff;
  const busy = it.count - Math.ceil(it.count * it.disasterAvailabilityShare);
  if (busy > 0) env.process(town.crew.disasterDuty(busy, it.disasterDutyHours), 'disaster HQ duty');
  town.delays.push({ multiplier: scenario.hazards.earthquake.assemblyDelayMultiplier, untilHours: env.now + it.disasterDutyHours });
  scenario.services.forEach((service, i) => {
    const surge = service.surge;
    if (!surge || officeIntensity < surge.afterJmaIntensityAtLeast) return;
    const extra = (surge.extraPer1000Residents * scenario.municipality.population) / 1000;
    const from = env.now + HOURS_PER_DAY * surge.startAfterDays;
    town.demand[i]!.counter.addSurge(town.calendar, 'counter', extra * (1 - surge.onlineShare), from, surge.overDays);
    town.demand[i]!.online.addSurge(town.calendar, 'online', extra * surge.onlineShare, from, surge.overDays);
    incident.note(env.now, 'demandSurge', { service: service.id, extraRequests: Math.round(extra), overDays: surge.overDays });
  });
  watchEvacuationList(town, incident);
}

/**
 * Samples whether the system holding the evacuation-support list is reachable by the town during the
 * first 72 hours; residents on the list who are not on a pre-shared paper copy are uncovered while it
 * is not. Checked each quarter hour (a monitor, not a model of requests).
 */
function watchEvacuationList(town: Town, incident: Incident): void {
  const holders = town.systems.filter((s) => s.spec.holdsEvacuationSupportList);
  if (holders.length === 0) return;
  const m = town.scenario.municipality;
  const listed = m.population * m.evacuationSupportShare;
  const start = town.env.now;
  const year = Math.floor(start / HOURS_PER_YEAR);
  town.env.process(function* watchList(): ProcessGenerator<void> {
    const step = CHECK_EVERY_HOURS;
    let unreachable = 0;
    for (let t = 0; t < EVACUATION_WINDOW_HOURS && town.env.now < town.horizonHours; t += step) {
      if (holders.every((s) => s.forTown.length > 0)) unreachable += step;
      yield town.env.timeout(step);
    }
    town.years.add('evacuationListUnreachableHours', year, unreachable);
    if (unreachable > 0) {
      const uncovered = listed * (1 - m.evacuationListPreSharedShare);
      town.years.add('evacuationSupportResidentsUncovered', year, uncovered);
      incident.note(start, 'evacuationListUnreachable', { hours: unreachable, residentsUncovered: Math.round(uncovered) });
    }
  }, 'watch evacuation list');
}
