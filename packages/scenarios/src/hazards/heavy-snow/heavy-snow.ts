import type { RandomStream } from '@machi/sim-core';
import { MODEL_ASSUMPTIONS } from '../../model/model-assumptions.ts';
import { every } from '../../model/processes/every.ts';
import { cutRoute, gridOutage } from '../../model/processes/outages.ts';
import { toTenths } from '../../model/rounding.ts';
import type { Town } from '../../model/town.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { heavySnowSectionSchema, scriptedHeavySnowSchema } from './heavy-snow-schema.ts';

/** Sites within this distance of the town share its weather. */
const LOCAL_WEATHER_KM = MODEL_ASSUMPTIONS.localWeatherRadiusKm.value;

/** Snowstorms of `hazards.heavySnow`, random in their season and scripted. */
export const heavySnowHazard = defineHazard({
  id: 'heavy-snow',
  causes: ['heavySnow'], reasons: ['power', 'line-cut'],
  section: { group: 'hazards', key: 'heavySnow', schema: heavySnowSectionSchema },
  scripted: [scriptedForm(scriptedHeavySnowSchema, (town, e, stream) => applyHeavySnow(town, stream, true, e.durationHours))],
  start: startHeavySnow,
});

/**
 * Heavy snow only in its months: arrivals of a Poisson process run at the season's rate, and arrivals
 * outside the months are dropped (thinning), so the count per season has the configured mean.
 */
function startHeavySnow(town: Town): void {
  const snow = town.scenario.hazards.heavySnow;
  if (!snow) return;
  const stream = town.streams.get('hazard.snow');
  const seasonShare = snow.months.length / 12;
  every(town, snow.annualRate / seasonShare, stream, () => {
    const inSeason = snow.months.includes(town.calendar.monthAt(town.env.now));
    applyHeavySnow(town, stream, inSeason);
  });
}

/**
 * A snowstorm: local sites may lose power, lines from the office may be cut, staff arrive late. The
 * draws are made even when it `happens` not (an arrival out of season), so that thinning keeps the
 * stream's later draws the same.
 */
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
  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'heavySnow', detail: { durationHours: toTenths(hours) } });
  town.incident(
    'heavySnow',
    (incident) => {
      incident.note(town.env.now, 'heavySnow', { hours: toTenths(hours) });
      town.delays.push({ multiplier: snow.assemblyDelayMultiplier, untilHours: town.env.now + hours });
      regions.forEach((r, i) => local.has(r) && power[i]![0] && gridOutage(town, incident, r, power[i]![1]));
      town.links.forEach((l, i) => {
        if (l.spec.from !== town.scenario.municipality.officeSite) return;
        cuts[i]!.forEach((cut, route) => cut && cutRoute(town, incident, l, route, hours));
      });
    },
    hazard,
  );
}
